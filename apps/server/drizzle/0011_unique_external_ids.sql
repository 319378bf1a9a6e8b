-- Hand-written, keep when regenerating: before this migration the API let one external id name
-- several rows of a company. One row keeps the id and the others lose it (they stay, reachable by
-- their own id), so the unique indexes below can be built. Candidates and jobs: the oldest live row
-- keeps it, the one the find-or-create rules always matched (ordered by created_at).
UPDATE "candidates" SET "external_id" = NULL WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "company_id", "external_id" ORDER BY "created_at", "id") AS "n"
    FROM "candidates" WHERE "external_id" IS NOT NULL AND "anonymized_at" IS NULL
  ) AS "ranked" WHERE "n" > 1
);--> statement-breakpoint
UPDATE "jobs" SET "external_id" = NULL WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "company_id", "external_id" ORDER BY "created_at", "id") AS "n"
    FROM "jobs" WHERE "external_id" IS NOT NULL AND "archived_at" IS NULL
  ) AS "ranked" WHERE "n" > 1
);--> statement-breakpoint
-- Checks started through the API: the newest keeps it, the one an ATS listing by external_id meets first.
UPDATE "reference_checks" SET "external_id" = NULL WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "company_id", "external_id" ORDER BY "created_at" DESC, "id" DESC) AS "n"
    FROM "reference_checks" WHERE "external_id" IS NOT NULL AND "partner" IS NULL
  ) AS "ranked" WHERE "n" > 1
);--> statement-breakpoint
-- End of the hand-written part.
CREATE UNIQUE INDEX "candidates_company_external_uq" ON "candidates" USING btree ("company_id","external_id") WHERE "candidates"."external_id" is not null and "candidates"."anonymized_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_company_external_uq" ON "jobs" USING btree ("company_id","external_id") WHERE "jobs"."external_id" is not null and "jobs"."archived_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reference_checks_company_external_uq" ON "reference_checks" USING btree ("company_id","external_id") WHERE "reference_checks"."external_id" is not null and "reference_checks"."partner" is null;
CREATE TABLE "reference_check_versions" (
	"company_id" uuid NOT NULL,
	"check_id" uuid NOT NULL,
	"language" text NOT NULL,
	"version_id" uuid NOT NULL,
	CONSTRAINT "reference_check_versions_check_id_language_pk" PRIMARY KEY("check_id","language"),
	CONSTRAINT "reference_check_versions_language_ck" CHECK ("reference_check_versions"."language" in ('en', 'sv'))
);
--> statement-breakpoint
ALTER TABLE "questionnaire_templates" ADD COLUMN "family_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
-- Every questionnaire so far becomes a questionnaire with one language version.
UPDATE "questionnaire_templates" SET "family_id" = "id";--> statement-breakpoint
-- The shipped ones came as an English and a Swedish copy with the same question ids: where a company
-- still has exactly one live company-wide copy of a preset in each language, the Swedish one joins
-- the English one's family. Nothing else changes, so every check keeps its version.
UPDATE "questionnaire_templates" AS "sv" SET "family_id" = "en"."id"
FROM "questionnaire_templates" AS "en"
WHERE "sv"."language" = 'sv' AND "en"."language" = 'en'
  AND "sv"."company_id" = "en"."company_id" AND "sv"."preset" = "en"."preset"
  AND "sv"."sub_account_id" IS NULL AND "en"."sub_account_id" IS NULL
  AND "sv"."archived_at" IS NULL AND "en"."archived_at" IS NULL
  AND (SELECT count(*) FROM "questionnaire_templates" AS "x"
       WHERE "x"."company_id" = "sv"."company_id" AND "x"."preset" = "sv"."preset"
         AND "x"."sub_account_id" IS NULL AND "x"."archived_at" IS NULL AND "x"."language" = 'sv') = 1
  AND (SELECT count(*) FROM "questionnaire_templates" AS "x"
       WHERE "x"."company_id" = "en"."company_id" AND "x"."preset" = "en"."preset"
         AND "x"."sub_account_id" IS NULL AND "x"."archived_at" IS NULL AND "x"."language" = 'en') = 1;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD COLUMN "instruction" text;--> statement-breakpoint
ALTER TABLE "reference_check_versions" ADD CONSTRAINT "reference_check_versions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_versions" ADD CONSTRAINT "reference_check_versions_check_id_company_fk" FOREIGN KEY ("company_id","check_id") REFERENCES "public"."reference_checks"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_versions" ADD CONSTRAINT "reference_check_versions_version_id_company_fk" FOREIGN KEY ("company_id","version_id") REFERENCES "public"."questionnaire_versions"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questionnaire_templates_family_idx" ON "questionnaire_templates" USING btree ("company_id","family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_templates_family_language_uq" ON "questionnaire_templates" USING btree ("family_id","language") WHERE "questionnaire_templates"."archived_at" is null;
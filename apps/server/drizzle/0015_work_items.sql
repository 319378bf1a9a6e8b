CREATE TABLE "work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"run_after" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"claimed_by" text,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_items_status_ck" CHECK ("work_items"."status" in ('pending', 'running')),
	CONSTRAINT "work_items_attempts_ck" CHECK ("work_items"."attempts" >= 0 and "work_items"."max_attempts" >= 1)
);
--> statement-breakpoint
CREATE INDEX "work_items_due_idx" ON "work_items" USING btree ("run_after") WHERE "work_items"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "work_items_locked_idx" ON "work_items" USING btree ("locked_until") WHERE "work_items"."status" = 'running';--> statement-breakpoint
CREATE UNIQUE INDEX "work_items_subject_uq" ON "work_items" USING btree ("kind","subject_id");--> statement-breakpoint
-- hand-written: the work still waiting in the old queue columns moves into the work queue. A row
-- being sent stays claimed until its lock runs out, as before; the old columns stay (the screens read them).
INSERT INTO "work_items" ("company_id", "kind", "subject_id", "status", "attempts", "max_attempts", "run_after", "locked_until", "last_error")
SELECT "company_id", 'message', "id",
  CASE WHEN "status" = 'sending' THEN 'running' ELSE 'pending' END,
  "attempts", GREATEST("max_attempts", 1), "next_attempt_at",
  CASE WHEN "status" = 'sending' THEN COALESCE("locked_until", now()) END,
  "last_error"
FROM "messages" WHERE "status" IN ('pending', 'failed', 'sending');
--> statement-breakpoint
INSERT INTO "work_items" ("company_id", "kind", "subject_id", "status", "attempts", "max_attempts", "run_after", "locked_until", "last_error")
SELECT "company_id", CASE WHEN "kind" = 'partner_callback' THEN 'partner_callback' ELSE 'webhook_delivery' END, "id",
  CASE WHEN "status" = 'sending' THEN 'running' ELSE 'pending' END,
  "attempts", 10, "next_attempt_at",
  CASE WHEN "status" = 'sending' THEN COALESCE("locked_until", now()) END,
  "last_error"
FROM "webhook_deliveries" WHERE "status" IN ('pending', 'failed', 'sending');

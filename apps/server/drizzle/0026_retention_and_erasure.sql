CREATE TABLE "erasure_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"email_sha256" text,
	"erased" jsonb NOT NULL,
	"erased_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "erasure_receipts_subject_kind_ck" CHECK ("erasure_receipts"."subject_kind" in ('candidate', 'referee', 'contact', 'member'))
);
--> statement-breakpoint
CREATE TABLE "retention_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"keep_until" timestamp (3) with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_settings" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"candidate_months" integer DEFAULT 24 NOT NULL,
	"check_months" integer DEFAULT 24 NOT NULL,
	"departed_contact_days" integer DEFAULT 30 NOT NULL,
	"message_days" integer DEFAULT 90 NOT NULL,
	"webhook_days" integer DEFAULT 90 NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_settings_candidate_months_ck" CHECK (candidate_months between 6 and 120),
	CONSTRAINT "retention_settings_check_months_ck" CHECK (check_months between 6 and 120),
	CONSTRAINT "retention_settings_departed_contact_days_ck" CHECK (departed_contact_days between 1 and 365),
	CONSTRAINT "retention_settings_message_days_ck" CHECK (message_days between 7 and 730),
	CONSTRAINT "retention_settings_webhook_days_ck" CHECK (webhook_days between 7 and 730)
);
--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "answers_withdrawn_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD COLUMN "anonymized_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "erasure_receipts" ADD CONSTRAINT "erasure_receipts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_receipts" ADD CONSTRAINT "erasure_receipts_erased_by_id_company_fk" FOREIGN KEY ("company_id","erased_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("erased_by_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_extensions" ADD CONSTRAINT "retention_extensions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_extensions" ADD CONSTRAINT "retention_extensions_candidate_id_company_fk" FOREIGN KEY ("company_id","candidate_id") REFERENCES "public"."candidates"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_extensions" ADD CONSTRAINT "retention_extensions_created_by_id_company_fk" FOREIGN KEY ("company_id","created_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("created_by_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_updated_by_id_company_fk" FOREIGN KEY ("company_id","updated_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("updated_by_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "erasure_receipts_company_idx" ON "erasure_receipts" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "retention_extensions_candidate_idx" ON "retention_extensions" USING btree ("company_id","candidate_id","keep_until");--> statement-breakpoint
CREATE INDEX "messages_company_recipient_idx" ON "messages" USING btree ("company_id",lower("recipient"));
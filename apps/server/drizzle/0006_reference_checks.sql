CREATE TABLE "membership_sub_accounts" (
	"company_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"sub_account_id" uuid NOT NULL,
	CONSTRAINT "membership_sub_accounts_membership_id_sub_account_id_pk" PRIMARY KEY("membership_id","sub_account_id")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"sub_account_id" uuid,
	"name" text NOT NULL,
	"language" text NOT NULL,
	"preset" text,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "questionnaire_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"check_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"email_key" text,
	"phone" text,
	"relationship" text NOT NULL,
	"company" text,
	"worked_together" text,
	"language" text NOT NULL,
	"added_by" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"decline_reason" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"consent_at" timestamp (3) with time zone,
	"consent_version" text,
	"ip" text,
	"device" jsonb,
	"invited_at" timestamp (3) with time zone,
	"opened_at" timestamp (3) with time zone,
	"started_at" timestamp (3) with time zone,
	"answered_at" timestamp (3) with time zone,
	"declined_at" timestamp (3) with time zone,
	"bounced_at" timestamp (3) with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"next_reminder_at" timestamp (3) with time zone,
	"candidate_told_at" timestamp (3) with time zone,
	"invite_message_id" uuid,
	"replaced_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"job_id" uuid,
	"placement_id" uuid,
	"sub_account_id" uuid,
	"version_id" uuid NOT NULL,
	"language" text NOT NULL,
	"candidate_channel" text NOT NULL,
	"referee_channel" text NOT NULL,
	"referees_wanted" integer NOT NULL,
	"status" text DEFAULT 'awaiting_referees' NOT NULL,
	"source" text NOT NULL,
	"external_id" text,
	"created_by_id" uuid,
	"links_expire_at" timestamp (3) with time zone NOT NULL,
	"candidate_consent_at" timestamp (3) with time zone,
	"candidate_consent_version" text,
	"candidate_ip" text,
	"candidate_device" jsonb,
	"closed_early" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "reference_fraud_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"check_id" uuid NOT NULL,
	"referee_id" uuid,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"reviewed_at" timestamp (3) with time zone,
	"reviewed_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sub_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sender_name" text,
	"logo_data_url" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "reference_link_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "reference_reminder_hours" integer[] DEFAULT '{24,48,72}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_sub_accounts" ADD CONSTRAINT "membership_sub_accounts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_sub_accounts" ADD CONSTRAINT "membership_sub_accounts_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_sub_accounts" ADD CONSTRAINT "membership_sub_accounts_sub_account_id_sub_accounts_id_fk" FOREIGN KEY ("sub_account_id") REFERENCES "public"."sub_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_sub_account_id_sub_accounts_id_fk" FOREIGN KEY ("sub_account_id") REFERENCES "public"."sub_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_versions" ADD CONSTRAINT "questionnaire_versions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_versions" ADD CONSTRAINT "questionnaire_versions_template_id_questionnaire_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."questionnaire_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_versions" ADD CONSTRAINT "questionnaire_versions_created_by_id_memberships_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referees" ADD CONSTRAINT "referees_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referees" ADD CONSTRAINT "referees_check_id_reference_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."reference_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_sub_account_id_sub_accounts_id_fk" FOREIGN KEY ("sub_account_id") REFERENCES "public"."sub_accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_version_id_questionnaire_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."questionnaire_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_created_by_id_memberships_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_fraud_signals" ADD CONSTRAINT "reference_fraud_signals_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_fraud_signals" ADD CONSTRAINT "reference_fraud_signals_check_id_reference_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."reference_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_fraud_signals" ADD CONSTRAINT "reference_fraud_signals_referee_id_referees_id_fk" FOREIGN KEY ("referee_id") REFERENCES "public"."referees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_fraud_signals" ADD CONSTRAINT "reference_fraud_signals_reviewed_by_id_memberships_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_accounts" ADD CONSTRAINT "sub_accounts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questionnaire_templates_company_idx" ON "questionnaire_templates" USING btree ("company_id","language","name");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_versions_template_version_uq" ON "questionnaire_versions" USING btree ("template_id","version");--> statement-breakpoint
CREATE INDEX "referees_check_idx" ON "referees" USING btree ("check_id","created_at");--> statement-breakpoint
CREATE INDEX "referees_company_email_idx" ON "referees" USING btree ("company_id","email_key");--> statement-breakpoint
CREATE INDEX "referees_company_phone_idx" ON "referees" USING btree ("company_id","phone");--> statement-breakpoint
CREATE INDEX "referees_due_reminder_idx" ON "referees" USING btree ("next_reminder_at") WHERE "referees"."next_reminder_at" is not null;--> statement-breakpoint
CREATE INDEX "reference_checks_candidate_idx" ON "reference_checks" USING btree ("company_id","candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "reference_checks_company_status_idx" ON "reference_checks" USING btree ("company_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "reference_checks_external_idx" ON "reference_checks" USING btree ("company_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reference_fraud_signals_uq" ON "reference_fraud_signals" USING btree ("check_id","kind","dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "sub_accounts_company_name_uq" ON "sub_accounts" USING btree ("company_id",lower("name"));
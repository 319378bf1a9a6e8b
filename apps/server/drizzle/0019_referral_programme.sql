CREATE TABLE "candidate_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"kind" text DEFAULT 'cv' NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_files_company_key" UNIQUE("company_id","id"),
	CONSTRAINT "candidate_files_kind_ck" CHECK ("candidate_files"."kind" in ('cv')),
	CONSTRAINT "candidate_files_size_ck" CHECK ("candidate_files"."size_bytes" between 1 and 10485760)
);
--> statement-breakpoint
CREATE TABLE "education" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"candidate_id" uuid,
	"membership_id" uuid,
	"school_name" text NOT NULL,
	"school_key" text NOT NULL,
	"degree" text,
	"field_of_study" text,
	"start_date" date,
	"end_date" date,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "education_one_owner" CHECK (("education"."candidate_id" is null) <> ("education"."membership_id" is null))
);
--> statement-breakpoint
CREATE TABLE "job_agencies" (
	"company_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_agencies_job_id_agency_id_pk" PRIMARY KEY("job_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "notification_settings" (
	"membership_id" uuid PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"mode" text DEFAULT 'each' NOT NULL,
	"last_digest_at" timestamp (3) with time zone,
	CONSTRAINT "notification_settings_mode_ck" CHECK ("notification_settings"."mode" in ('each', 'digest'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"referral_id" uuid,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp (3) with time zone,
	"emailed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_params_object_ck" CHECK (jsonb_typeof("notifications"."params") = 'object')
);
--> statement-breakpoint
CREATE TABLE "referral_bonuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"bonus_tier_id" uuid,
	"state" text DEFAULT 'pending' NOT NULL,
	"value" text NOT NULL,
	"amount" numeric(12, 2),
	"currency" text,
	"hired_at" timestamp (3) with time zone NOT NULL,
	"start_date" date NOT NULL,
	"waiting_days" integer NOT NULL,
	"eligible_on" date NOT NULL,
	"eligible_at" timestamp (3) with time zone,
	"approved_at" timestamp (3) with time zone,
	"approved_by_id" uuid,
	"paid_on" date,
	"paid_amount" numeric(12, 2),
	"payroll_reference" text,
	"paid_by_id" uuid,
	"forfeited_at" timestamp (3) with time zone,
	"forfeit_reason" text,
	"forfeited_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_bonuses_company_key" UNIQUE("company_id","id"),
	CONSTRAINT "referral_bonuses_state_ck" CHECK ("referral_bonuses"."state" in ('pending', 'eligible', 'approved', 'paid', 'forfeited')),
	CONSTRAINT "referral_bonuses_waiting_days_ck" CHECK ("referral_bonuses"."waiting_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "referral_policies" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"accept_known_from_agents" boolean DEFAULT false NOT NULL,
	"accept_known_from_employees" boolean DEFAULT false NOT NULL,
	"ownership_mode" text DEFAULT 'candidate' NOT NULL,
	"max_agent_submissions_per_job" integer DEFAULT 0 NOT NULL,
	"show_self_applied_to_referrer" boolean DEFAULT false NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_policies_ownership_mode_ck" CHECK ("referral_policies"."ownership_mode" in ('candidate', 'submission', 'submission_and_candidate')),
	CONSTRAINT "referral_policies_max_agent_ck" CHECK ("referral_policies"."max_agent_submissions_per_job" between 0 and 1000)
);
--> statement-breakpoint
CREATE TABLE "share_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"token" text NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"applications" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "share_links_company_key" UNIQUE("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_kind_ck";--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_source_ck";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "on_careers_page" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "placements" ADD COLUMN "origin" text DEFAULT 'recruiter' NOT NULL;--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD COLUMN "department_id" uuid;--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD COLUMN "amount" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD COLUMN "currency" text;--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD COLUMN "waiting_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "ownership" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "relationship" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "candidate_aware" boolean;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "share_link_id" uuid;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "link_retired_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "slug" text;--> statement-breakpoint
-- Existing companies get a careers page address from their name (a number after a repeated one).
UPDATE "companies" AS c SET "slug" = named.base || CASE WHEN named.n > 1 THEN '-' || named.n ELSE '' END
FROM (
  SELECT "id", base, row_number() OVER (PARTITION BY base ORDER BY "created_at", "id") AS n
  FROM (
    SELECT "id", "created_at",
      coalesce(nullif(trim(BOTH '-' FROM regexp_replace(lower("name"), '[^a-z0-9]+', '-', 'g')), ''), 'company') AS base
    FROM "companies"
  ) AS bases
) AS named
WHERE c."id" = named."id";--> statement-breakpoint
ALTER TABLE "candidate_files" ADD CONSTRAINT "candidate_files_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_files" ADD CONSTRAINT "candidate_files_candidate_id_company_fk" FOREIGN KEY ("company_id","candidate_id") REFERENCES "public"."candidates"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_files" ADD CONSTRAINT "candidate_files_uploaded_by_id_company_fk" FOREIGN KEY ("company_id","uploaded_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("uploaded_by_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_candidate_id_company_fk" FOREIGN KEY ("company_id","candidate_id") REFERENCES "public"."candidates"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_membership_id_company_fk" FOREIGN KEY ("company_id","membership_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_agencies" ADD CONSTRAINT "job_agencies_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_agencies" ADD CONSTRAINT "job_agencies_job_id_company_fk" FOREIGN KEY ("company_id","job_id") REFERENCES "public"."jobs"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_agencies" ADD CONSTRAINT "job_agencies_agency_id_company_fk" FOREIGN KEY ("company_id","agency_id") REFERENCES "public"."agencies"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_membership_id_company_fk" FOREIGN KEY ("company_id","membership_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_membership_id_company_fk" FOREIGN KEY ("company_id","membership_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_bonuses" ADD CONSTRAINT "referral_bonuses_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_bonuses" ADD CONSTRAINT "referral_bonuses_referral_id_company_fk" FOREIGN KEY ("company_id","referral_id") REFERENCES "public"."referrals"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD CONSTRAINT "bonus_tiers_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "referral_bonuses" ADD CONSTRAINT "referral_bonuses_bonus_tier_id_company_fk" FOREIGN KEY ("company_id","bonus_tier_id") REFERENCES "public"."bonus_tiers"("company_id","id") ON DELETE set null ("bonus_tier_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_bonuses" ADD CONSTRAINT "referral_bonuses_approved_by_id_company_fk" FOREIGN KEY ("company_id","approved_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("approved_by_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_bonuses" ADD CONSTRAINT "referral_bonuses_paid_by_id_company_fk" FOREIGN KEY ("company_id","paid_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("paid_by_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_bonuses" ADD CONSTRAINT "referral_bonuses_forfeited_by_id_company_fk" FOREIGN KEY ("company_id","forfeited_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("forfeited_by_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_policies" ADD CONSTRAINT "referral_policies_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_policies" ADD CONSTRAINT "referral_policies_updated_by_id_company_fk" FOREIGN KEY ("company_id","updated_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("updated_by_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_membership_id_company_fk" FOREIGN KEY ("company_id","membership_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_job_id_company_fk" FOREIGN KEY ("company_id","job_id") REFERENCES "public"."jobs"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_files_candidate_idx" ON "candidate_files" USING btree ("company_id","candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "education_candidate_idx" ON "education" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "education_member_idx" ON "education" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "education_school_key_idx" ON "education" USING btree ("company_id","school_key");--> statement-breakpoint
CREATE INDEX "job_agencies_agency_idx" ON "job_agencies" USING btree ("company_id","agency_id");--> statement-breakpoint
CREATE INDEX "notifications_member_created_idx" ON "notifications" USING btree ("membership_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_member_unread_idx" ON "notifications" USING btree ("membership_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_unemailed_idx" ON "notifications" USING btree ("company_id","membership_id") WHERE "notifications"."emailed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "referral_bonuses_referral_uq" ON "referral_bonuses" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "referral_bonuses_company_state_idx" ON "referral_bonuses" USING btree ("company_id","state","eligible_on");--> statement-breakpoint
CREATE INDEX "referral_bonuses_due_idx" ON "referral_bonuses" USING btree ("eligible_on") WHERE "referral_bonuses"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "share_links_token_uq" ON "share_links" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "share_links_member_job_uq" ON "share_links" USING btree ("membership_id","job_id");--> statement-breakpoint
CREATE INDEX "share_links_company_job_idx" ON "share_links" USING btree ("company_id","job_id");--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD CONSTRAINT "bonus_tiers_department_id_company_fk" FOREIGN KEY ("company_id","department_id") REFERENCES "public"."departments"("company_id","id") ON DELETE set null ("department_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_share_link_id_company_fk" FOREIGN KEY ("company_id","share_link_id") REFERENCES "public"."share_links"("company_id","id") ON DELETE set null ("share_link_id") ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_candidate_owner_uq" ON "referrals" USING btree ("company_id","candidate_id") WHERE "referrals"."ownership" = 'candidate';--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_submission_owner_uq" ON "referrals" USING btree ("company_id","candidate_id","job_id") WHERE "referrals"."ownership" = 'submission';--> statement-breakpoint
CREATE UNIQUE INDEX "companies_slug_uq" ON "companies" USING btree ("slug");--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_origin_ck" CHECK ("placements"."origin" in ('recruiter', 'careers', 'share_link', 'referral', 'agent', 'api', 'matched'));--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD CONSTRAINT "bonus_tiers_waiting_days_ck" CHECK ("bonus_tiers"."waiting_days" between 0 and 730);--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD CONSTRAINT "bonus_tiers_amount_ck" CHECK ("bonus_tiers"."amount" is null or "bonus_tiers"."amount" >= 0);--> statement-breakpoint
ALTER TABLE "bonus_tiers" ADD CONSTRAINT "bonus_tiers_currency_ck" CHECK ("bonus_tiers"."currency" ~ '^[A-Z]{3}$');--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_kind_ck" CHECK ("referral_events"."kind" in ('status', 'deactivated', 'reactivated', 'job_archived', 'late_answer', 'excluded', 'ownership_transferred', 'bonus'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_ownership_ck" CHECK ("referrals"."ownership" is null or ("referrals"."candidate_id" is not null and ("referrals"."ownership" = 'candidate') = ("referrals"."job_id" is null)));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_ownership_kind_ck" CHECK ("referrals"."ownership" in ('candidate', 'submission'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_source_ck" CHECK ("referrals"."source" in ('email_introduction', 'warm_prospect', 'cold_prospect', 'referral_request', 'submission', 'employee_referral', 'agent_submission', 'share_link'));--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_slug_ck" CHECK ("companies"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
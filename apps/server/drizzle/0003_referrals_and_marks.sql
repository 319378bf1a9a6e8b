CREATE TABLE "referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_membership_id" uuid,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"source" text NOT NULL,
	"referrer_membership_id" uuid,
	"contact_id" uuid,
	"candidate_id" uuid,
	"job_id" uuid,
	"department_id" uuid,
	"recruiter_membership_id" uuid,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text,
	"linkedin_url" text,
	"phone" text,
	"company" text,
	"position" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"email_key" text,
	"linkedin_key" text,
	"company_key" text,
	"search_vector" "tsvector" NOT NULL,
	"status" text NOT NULL,
	"status_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"love_to_work_again" boolean DEFAULT false NOT NULL,
	"referrer_note" text,
	"due_at" timestamp (3) with time zone,
	"acted_at" timestamp (3) with time zone,
	"sla_reminded_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "skipped_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "introduction_sla_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_membership_id_memberships_id_fk" FOREIGN KEY ("actor_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referrer_membership_id_memberships_id_fk" FOREIGN KEY ("referrer_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_recruiter_membership_id_memberships_id_fk" FOREIGN KEY ("recruiter_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_events_referral_created_idx" ON "referral_events" USING btree ("referral_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_contact_uq" ON "referrals" USING btree ("contact_id") WHERE "referrals"."contact_id" is not null;--> statement-breakpoint
CREATE INDEX "referrals_company_source_created_idx" ON "referrals" USING btree ("company_id","source","created_at","id");--> statement-breakpoint
CREATE INDEX "referrals_company_active_status_idx" ON "referrals" USING btree ("company_id","active","status_changed_at","id");--> statement-breakpoint
CREATE INDEX "referrals_referrer_created_idx" ON "referrals" USING btree ("company_id","referrer_membership_id","created_at","id");--> statement-breakpoint
CREATE INDEX "referrals_candidate_idx" ON "referrals" USING btree ("company_id","candidate_id");--> statement-breakpoint
CREATE INDEX "referrals_job_idx" ON "referrals" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "referrals_due_idx" ON "referrals" USING btree ("company_id","due_at") WHERE "referrals"."due_at" is not null and "referrals"."acted_at" is null;--> statement-breakpoint
CREATE INDEX "referrals_search_idx" ON "referrals" USING gin ("search_vector");
CREATE TABLE "erasure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"candidate_id" uuid,
	"referee_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"keep_reason" text,
	"kept_by_id" uuid,
	"kept_at" timestamp (3) with time zone,
	"erased_at" timestamp (3) with time zone,
	"receipt_id" uuid,
	CONSTRAINT "erasure_requests_subject_kind_ck" CHECK ("erasure_requests"."subject_kind" in ('candidate', 'referee'))
);
--> statement-breakpoint
ALTER TABLE "reference_check_events" DROP CONSTRAINT "reference_check_events_kind_ck";--> statement-breakpoint
ALTER TABLE "retention_settings" ADD COLUMN "erasure_request_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "consent_withdrawn_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD COLUMN "candidate_consent_withdrawn_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_candidate_id_company_fk" FOREIGN KEY ("company_id","candidate_id") REFERENCES "public"."candidates"("company_id","id") ON DELETE set null ("candidate_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_referee_id_company_fk" FOREIGN KEY ("company_id","referee_id") REFERENCES "public"."referees"("company_id","id") ON DELETE set null ("referee_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_kept_by_id_company_fk" FOREIGN KEY ("company_id","kept_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("kept_by_id") ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_subject_uq" ON "erasure_requests" USING btree ("company_id","subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "erasure_requests_due_idx" ON "erasure_requests" USING btree ("due_at") WHERE "erasure_requests"."erased_at" is null and "erasure_requests"."kept_at" is null;--> statement-breakpoint
CREATE INDEX "erasure_requests_company_idx" ON "erasure_requests" USING btree ("company_id","created_at");--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_erasure_request_days_ck" CHECK (erasure_request_days between 1 and 90);--> statement-breakpoint
ALTER TABLE "reference_check_events" ADD CONSTRAINT "reference_check_events_kind_ck" CHECK ("reference_check_events"."kind" in ('started', 'candidate_link_copied', 'candidate_link_resent', 'referee_link_copied', 'referee_link_resent', 'referee_answered', 'referee_declined', 'closed_early', 'cancelled', 'consent_withdrawn', 'referee_withdrew'));
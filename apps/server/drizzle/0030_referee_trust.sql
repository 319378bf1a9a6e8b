ALTER TABLE "reference_fraud_signals" DROP CONSTRAINT "reference_fraud_signals_kind_ck";--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "stated_relationship" text;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "verified_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "verified_by" text;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "verification_code_hash" text;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "verification_code_expires_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "verification_code_sent_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "verification_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "named_consent_method" text;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "named_consent_note" text;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "named_consent_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "named_consent_by_id" uuid;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD COLUMN "referee_verification" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "referees" ADD CONSTRAINT "referees_named_consent_by_id_company_fk" FOREIGN KEY ("company_id","named_consent_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE set null ("named_consent_by_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referees" ADD CONSTRAINT "referees_stated_relationship_ck" CHECK ("referees"."stated_relationship" in ('manager', 'colleague', 'direct_report', 'client', 'other'));--> statement-breakpoint
ALTER TABLE "referees" ADD CONSTRAINT "referees_verified_by_ck" CHECK ("referees"."verified_by" in ('email', 'phone'));--> statement-breakpoint
ALTER TABLE "referees" ADD CONSTRAINT "referees_named_consent_method_ck" CHECK ("referees"."named_consent_method" in ('in_writing', 'verbally', 'in_application', 'other'));--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_referee_verification_ck" CHECK ("reference_checks"."referee_verification" in ('none', 'email', 'sms'));--> statement-breakpoint
ALTER TABLE "reference_fraud_signals" ADD CONSTRAINT "reference_fraud_signals_kind_ck" CHECK ("reference_fraud_signals"."kind" in ('contact_matches_candidate', 'contact_shared_by_referees', 'same_ip', 'same_device', 'free_mail_with_company', 'answered_too_fast', 'referee_used_by_other_candidate', 'contact_lookalike_of_candidate', 'relationship_mismatch'));
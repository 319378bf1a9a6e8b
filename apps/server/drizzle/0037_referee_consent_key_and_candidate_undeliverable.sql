ALTER TABLE "referees" ADD COLUMN "named_consent_api_key_id" uuid;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD COLUMN "candidate_email_bounced_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD COLUMN "candidate_sms_failed_at" timestamp (3) with time zone;
ALTER TABLE "reference_checks" ADD COLUMN "candidate_reminders_sent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD COLUMN "candidate_next_reminder_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "reference_checks" ADD COLUMN "candidate_silent_at" timestamp (3) with time zone;
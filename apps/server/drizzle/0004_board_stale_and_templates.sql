CREATE TABLE "company_message_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral_events" ADD COLUMN "kind" text DEFAULT 'status' NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "stale_reminded_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "stale_referral_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "company_message_templates" ADD CONSTRAINT "company_message_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_message_templates" ADD CONSTRAINT "company_message_templates_updated_by_id_memberships_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "company_message_templates_uq" ON "company_message_templates" USING btree ("company_id","kind","language");--> statement-breakpoint
CREATE INDEX "referrals_company_created_idx" ON "referrals" USING btree ("company_id","created_at","id");--> statement-breakpoint
CREATE INDEX "referrals_board_counts_idx" ON "referrals" USING btree ("company_id","active","source","department_id","status","email_key","linkedin_key","company_key");
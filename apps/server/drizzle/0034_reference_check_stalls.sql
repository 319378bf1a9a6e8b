CREATE TABLE "reference_check_stalls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"sub_account_id" uuid,
	"reason" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_check_stalls_company_key" UNIQUE("company_id","id"),
	CONSTRAINT "reference_check_stalls_reason_ck" CHECK ("reference_check_stalls"."reason" in ('candidate_no_email', 'candidate_no_phone', 'candidate_no_contact'))
);
--> statement-breakpoint
ALTER TABLE "reference_check_stalls" ADD CONSTRAINT "reference_check_stalls_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_stalls" ADD CONSTRAINT "reference_check_stalls_placement_id_company_fk" FOREIGN KEY ("company_id","placement_id") REFERENCES "public"."placements"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_stalls" ADD CONSTRAINT "reference_check_stalls_candidate_id_company_fk" FOREIGN KEY ("company_id","candidate_id") REFERENCES "public"."candidates"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_stalls" ADD CONSTRAINT "reference_check_stalls_job_id_company_fk" FOREIGN KEY ("company_id","job_id") REFERENCES "public"."jobs"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_stalls" ADD CONSTRAINT "reference_check_stalls_sub_account_id_company_fk" FOREIGN KEY ("company_id","sub_account_id") REFERENCES "public"."sub_accounts"("company_id","id") ON DELETE set null ("sub_account_id") ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reference_check_stalls_placement_uq" ON "reference_check_stalls" USING btree ("company_id","placement_id");--> statement-breakpoint
CREATE INDEX "reference_check_stalls_candidate_idx" ON "reference_check_stalls" USING btree ("company_id","candidate_id","job_id");--> statement-breakpoint
-- The new company-owned table gets the company wall like every other.
SELECT wall_company_tables();

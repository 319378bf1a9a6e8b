CREATE TABLE "reference_check_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"check_id" uuid NOT NULL,
	"referee_id" uuid,
	"kind" text NOT NULL,
	"actor_membership_id" uuid,
	"link_hash" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referees" ADD COLUMN "answered_link_hash" text;--> statement-breakpoint
ALTER TABLE "referral_events" ADD COLUMN "answer" text;--> statement-breakpoint
ALTER TABLE "reference_check_events" ADD CONSTRAINT "reference_check_events_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_events" ADD CONSTRAINT "reference_check_events_check_id_reference_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."reference_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_events" ADD CONSTRAINT "reference_check_events_referee_id_referees_id_fk" FOREIGN KEY ("referee_id") REFERENCES "public"."referees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_check_events" ADD CONSTRAINT "reference_check_events_actor_membership_id_memberships_id_fk" FOREIGN KEY ("actor_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reference_check_events_check_idx" ON "reference_check_events" USING btree ("check_id","created_at");
CREATE TABLE "person_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"content" "bytea",
	"finished_at" timestamp with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_exports_company_key" UNIQUE("company_id","id"),
	CONSTRAINT "person_exports_subject_kind_ck" CHECK ("person_exports"."subject_kind" in ('candidate')),
	CONSTRAINT "person_exports_status_ck" CHECK ("person_exports"."status" in ('pending', 'ready', 'failed')),
	CONSTRAINT "person_exports_content_ck" CHECK (("person_exports"."status" = 'ready') = ("person_exports"."content" is not null))
);
--> statement-breakpoint
ALTER TABLE "person_exports" ADD CONSTRAINT "person_exports_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_exports" ADD CONSTRAINT "person_exports_requested_by_id_company_fk" FOREIGN KEY ("company_id","requested_by_id") REFERENCES "public"."memberships"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "person_exports_token_uq" ON "person_exports" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "person_exports_company_created_idx" ON "person_exports" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "person_exports_expires_idx" ON "person_exports" USING btree ("expires_at");
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"target_kind" text,
	"target_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_actor_kind_ck" CHECK ("audit_log"."actor_kind" in ('member', 'user', 'api_key', 'system')),
	CONSTRAINT "audit_log_detail_object_ck" CHECK (jsonb_typeof("audit_log"."detail") = 'object'),
	CONSTRAINT "audit_log_actor_ck" CHECK (("audit_log"."actor_kind" = 'system') = ("audit_log"."actor_id" is null)),
	CONSTRAINT "audit_log_target_ck" CHECK (("audit_log"."target_kind" is null) = ("audit_log"."target_id" is null))
);
--> statement-breakpoint
CREATE TABLE "audit_settings" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"retention_years" integer DEFAULT 5 NOT NULL,
	CONSTRAINT "audit_settings_retention_ck" CHECK ("audit_settings"."retention_years" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_settings" ADD CONSTRAINT "audit_settings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_company_created_idx" ON "audit_log" USING btree ("company_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_company_actor_idx" ON "audit_log" USING btree ("company_id","actor_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_company_target_idx" ON "audit_log" USING btree ("company_id","target_kind","target_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_company_action_idx" ON "audit_log" USING btree ("company_id","action","created_at" DESC NULLS LAST);
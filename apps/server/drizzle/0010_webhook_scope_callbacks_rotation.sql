ALTER TABLE "webhook_deliveries" ALTER COLUMN "endpoint_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ALTER COLUMN "event_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "kind" text DEFAULT 'webhook' NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "check_id" uuid;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "target_url" text;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "sub_account_id" uuid;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "previous_secret" text;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "previous_secret_expires_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_check_id_reference_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."reference_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_sub_account_id_sub_accounts_id_fk" FOREIGN KEY ("sub_account_id") REFERENCES "public"."sub_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_partner_check_uq" ON "webhook_deliveries" USING btree ("check_id") WHERE "webhook_deliveries"."kind" = 'partner_callback';--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_kind_ck" CHECK (("webhook_deliveries"."kind" = 'webhook' and "webhook_deliveries"."endpoint_id" is not null and "webhook_deliveries"."event_id" is not null)
        or ("webhook_deliveries"."kind" = 'partner_callback' and "webhook_deliveries"."check_id" is not null and "webhook_deliveries"."target_url" is not null));--> statement-breakpoint
-- Hand-written: partner callbacks used to be retried from memory. Checks completed in the last three
-- days whose callback was never sent move onto the delivery queue, so none is lost in the upgrade.
INSERT INTO "webhook_deliveries" ("company_id", "kind", "check_id", "target_url")
SELECT "company_id", 'partner_callback', "id", "partner_callback_url"
FROM "reference_checks"
WHERE "status" = 'completed'
  AND "partner" IS NOT NULL
  AND "partner_callback_url" IS NOT NULL
  AND "partner_callback_sent_at" IS NULL
  AND "completed_at" > now() - interval '3 days';

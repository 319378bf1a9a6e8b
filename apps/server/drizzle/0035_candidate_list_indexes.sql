DROP INDEX "candidates_company_name_idx";--> statement-breakpoint
CREATE INDEX "candidates_live_updated_idx" ON "candidates" USING btree ("company_id","updated_at","id") WHERE "candidates"."anonymized_at" is null;--> statement-breakpoint
CREATE INDEX "candidates_live_created_idx" ON "candidates" USING btree ("company_id","created_at","id") WHERE "candidates"."anonymized_at" is null;--> statement-breakpoint
CREATE INDEX "candidates_live_name_idx" ON "candidates" USING btree ("company_id","last_name","first_name","id") WHERE "candidates"."anonymized_at" is null;
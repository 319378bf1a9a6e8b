ALTER TABLE "messages" ADD COLUMN "visibility" text DEFAULT 'full' NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "sealed_content" text;--> statement-breakpoint
CREATE INDEX "messages_sealed_created_idx" ON "messages" USING btree ("created_at") WHERE "messages"."sealed_content" is not null;--> statement-breakpoint
-- Hand-written (carry over if this migration is regenerated): messages queued before links were
-- sealed hold live links in their readable bodies. They become private (admins see only who, when
-- and whether delivered) and lose their bodies. Those not yet delivered cannot be sealed here (SQL
-- has no key), so they stop, saying why; their links can be asked for again where they started.
UPDATE "messages"
SET "visibility" = 'private',
  "body_text" = '',
  "body_html" = NULL,
  "last_error" = CASE WHEN "status" IN ('pending', 'sending', 'failed', 'dead')
    THEN 'Queued before links were sealed, so it is not sent: ask for it again where it started (a new reset, invite or link)'
    ELSE "last_error" END,
  "status" = CASE WHEN "status" IN ('pending', 'sending', 'failed', 'dead') THEN 'dead' ELSE "status" END,
  "locked_until" = NULL
WHERE "template" IN (
  'password_reset', 'invite', 'introduction_request', 'referral_request',
  'reference_candidate_request', 'reference_referee_invite', 'reference_candidate_attention'
);

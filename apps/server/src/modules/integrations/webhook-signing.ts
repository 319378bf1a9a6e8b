import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): `webhook-signature` is
 * `v1,<base64 HMAC-SHA256 of "<id>.<unix seconds>.<body>">`, keyed with the bytes after `whsec_`.
 * The reference library signs, so receivers can verify with any Standard Webhooks library.
 */

/** A new endpoint secret: `whsec_` + 32 random bytes in base64. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** A new event id, the `webhook-id` of every delivery of the event: `msg_` + 24 URL-safe characters. */
export function newWebhookEventId(): string {
  return `msg_${randomBytes(18).toString('base64url')}`;
}

export type WebhookHeaders = {
  'content-type': 'application/json';
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/**
 * The headers of one attempt; `at` is the attempt's own time (receivers reject old timestamps). With
 * several secrets (the new and the old one after a rotation) the signatures are space-separated, as
 * the specification has it, and a receiver accepts the delivery when any one verifies.
 */
export function signWebhook(secrets: string | string[], id: string, at: Date, body: string): WebhookHeaders {
  const signature = [secrets]
    .flat()
    .map((secret) => new Webhook(secret).sign(id, at, body))
    .join(' ');
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

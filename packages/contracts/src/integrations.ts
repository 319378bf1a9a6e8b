import { z } from 'zod';
import { ZId, ZName } from './common.ts';

/**
 * The integration API's administration: API keys, webhook endpoints and their delivery log. The
 * `/api/v1` request and response shapes (snake_case, for other systems) live in `api-v1.ts`.
 */

export const API_KEY_SCOPES = ['read', 'write'] as const;
export const ZApiKeyScope = z.enum(API_KEY_SCOPES);

export const ZApiKey = z.object({
  id: ZId,
  name: z.string(),
  /** `vch_` and the next 8 characters: enough to tell keys apart, useless to call with. */
  prefix: z.string(),
  scopes: z.array(ZApiKeyScope),
  subAccountId: ZId.nullable(),
  subAccountName: z.string().nullable(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TApiKey = z.infer<typeof ZApiKey>;

export const ZCreateApiKeyRequest = z.object({
  name: ZName(120),
  scopes: z.array(ZApiKeyScope).min(1, 'Choose at least one scope').max(2),
  subAccountId: ZId.nullish().transform((v) => v ?? null),
  /** ISO date-time; null for a key that does not expire. */
  expiresAt: z.iso
    .datetime({ offset: true, message: 'Use a date and time' })
    .nullish()
    .transform((v) => v ?? null),
});

/** Returned once, at creation: the only time the whole key is shown. */
export const ZCreatedApiKey = ZApiKey.extend({ key: z.string() });

export const WEBHOOK_EVENT_TYPES = [
  'reference_check.created',
  'reference_check.referee_answered',
  'reference_check.completed',
  'reference_check.cancelled',
  'referral.created',
  'referral.status_changed',
] as const;
export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type TWebhookEventType = z.infer<typeof ZWebhookEventType>;

import { z } from 'zod';
import { ZId, ZIsoDateTime, ZName, ZOptionalText, ZPage } from './common.ts';
import { WEBHOOK_EVENT_TYPES, ZWebhookEventType } from './webhook-events.ts';

/**
 * The integration API's administration: API keys, webhook endpoints and their delivery log. The
 * `/api/v1` request and response shapes (snake_case, for other systems) live in `api-v1.ts`.
 */

export const API_KEY_SCOPES = ['read', 'write'] as const;
export const ZApiKeyScope = z.enum(API_KEY_SCOPES);
export type TApiKeyScope = z.infer<typeof ZApiKeyScope>;

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
  expiresAt: ZIsoDateTime('Use a date and time')
    .nullish()
    .transform((v) => v ?? null),
});

/** Returned once, at creation: the only time the whole key is shown. */
export const ZCreatedApiKey = ZApiKey.extend({ key: z.string() });
export type TCreatedApiKey = z.infer<typeof ZCreatedApiKey>;

export const ZApiKeyList = z.object({ items: z.array(ZApiKey) });

// --- Webhook endpoints and their delivery log (admin); the events themselves are in webhook-events.ts ---

export const ZWebhookUrl = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(2000, 'At most 2000 characters')
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
    } catch {
      return false;
    }
  }, 'Enter a web address starting with https://');

export const ZWebhookEventTypes = z
  .array(ZWebhookEventType)
  .min(1, 'Choose at least one event')
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((types) => [...new Set(types)]);

export const PRIVATE_NETWORK_MODES = ['off', 'on', 'ranges'] as const;

export const WEBHOOK_ENDPOINT_STATUSES = ['active', 'failing', 'disabled'] as const;

export const ZWebhookEndpoint = z.object({
  id: ZId,
  url: z.string(),
  description: z.string().nullable(),
  eventTypes: z.array(z.string()),
  /** `failing` while deliveries fail (since `failingSince`); `disabled` by an admin or after 5 days of failing. */
  status: z.enum(WEBHOOK_ENDPOINT_STATUSES),
  failingSince: z.string().nullable(),
  disabledAt: z.string().nullable(),
  lastDeliveryAt: z.string().nullable(),
  lastDeliveryStatus: z.string().nullable(),
  createdByApiKey: z.boolean(),
  /** Set when a sub-account's API key registered it: it hears only that sub-account's events. */
  subAccountId: ZId.nullable(),
  subAccountName: z.string().nullable(),
  /** After a rotation, until when the old secret still signs deliveries (beside the new one). */
  previousSecretExpiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TWebhookEndpoint = z.infer<typeof ZWebhookEndpoint>;

export const ZWebhookEndpointList = z.object({
  items: z.array(ZWebhookEndpoint),
  /** The company setting: endpoints on private and loopback addresses are allowed (as far as the operator allows). */
  allowPrivateNetworks: z.boolean(),
  /**
   * What the operator of the installation allows (`WEBHOOK_ALLOW_PRIVATE`): no private network, every
   * one, or only some ranges. The company's switch can only narrow it; with `off` it cannot be turned on.
   */
  operatorPrivateNetworks: z.enum(PRIVATE_NETWORK_MODES),
});
export type TWebhookEndpointList = z.infer<typeof ZWebhookEndpointList>;

export const ZCreateWebhookEndpointRequest = z.object({
  url: ZWebhookUrl,
  description: ZOptionalText(500),
  eventTypes: ZWebhookEventTypes,
});

export const ZUpdateWebhookEndpointRequest = ZCreateWebhookEndpointRequest.extend({
  /** Turning it back on clears `disabledAt` and `failingSince`. */
  enabled: z.boolean(),
});

/** Returned at creation and on rotation: the only times the secret is shown. */
export const ZWebhookEndpointWithSecret = ZWebhookEndpoint.extend({ secret: z.string() });

export const ZWebhookSettingsRequest = z.object({ allowPrivateNetworks: z.boolean() });
export const ZWebhookSettings = ZWebhookSettingsRequest;

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'sending', 'delivered', 'failed', 'dead'] as const;

export const ZWebhookDelivery = z.object({
  id: ZId,
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  lastResponseExcerpt: z.string().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZWebhookDeliveryPage = ZPage(ZWebhookDelivery);

import { z } from 'zod';
import { ZId } from './common.ts';

/**
 * `bounced`: the recipient's server refused the address for good, so it is not tried again; also a
 * message sent but reported undeliverable later (a bounce email, an SMS delivery report).
 */
export const MESSAGE_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dead', 'bounced'] as const;
export const ZMessageStatus = z.enum(MESSAGE_STATUSES);
export const CHANNELS = ['email', 'sms'] as const;
export const ZChannel = z.enum(CHANNELS);
export type TChannel = z.infer<typeof ZChannel>;

/**
 * What an admin may read of a message. `full`: all of it. `links_hidden`: it holds a link only its
 * recipient may use (a reset, an invitation, a candidate's or referee's page), shown as a placeholder.
 * `private`: it carries the recipient's own network, so only who, when and the delivery are shown.
 */
export const MESSAGE_VISIBILITIES = ['full', 'links_hidden', 'private'] as const;
export const ZMessageVisibility = z.enum(MESSAGE_VISIBILITIES);
export type TMessageVisibility = z.infer<typeof ZMessageVisibility>;

export const ZMessage = z.object({
  id: ZId,
  channel: ZChannel,
  recipient: z.string(),
  subject: z.string().nullable(),
  template: z.string(),
  status: ZMessageStatus,
  visibility: ZMessageVisibility,
  /** 'smtp' / 'sms_http' when sent through a provider; 'in_app' when none is configured (demo). */
  transport: z.string().nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type TMessage = z.infer<typeof ZMessage>;
/** The bodies are null for a `private` message. */
export const ZMessageDetail = ZMessage.extend({ bodyText: z.string().nullable(), bodyHtml: z.string().nullable() });

export const ZMessageListQuery = z.object({
  status: ZMessageStatus.optional(),
  channel: ZChannel.optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), driver: z.enum(['pglite', 'postgres']) }),
  queue: z.object({
    ok: z.boolean(),
    pending: z.number(),
    dead: z.number(),
    oldestPendingSeconds: z.number().nullable(),
  }),
  /** Where messages go: a provider, or only the in-app Messages page (the demo). */
  delivery: z.object({ email: z.enum(['smtp', 'in_app']), sms: z.enum(['sms_http', 'in_app']) }),
  version: z.string(),
});

/** An SMS provider's delivery report as 46elks posts it to `whendelivered` (form-encoded; more fields are ignored). */
export const ZSmsDeliveryReport = z.object({
  id: z.string().trim().min(1).max(200),
  status: z.string().trim().max(40),
  delivered: z.string().max(100).optional(),
});
export const ZInboundSecretParams = z.object({ secret: z.string().max(200) });

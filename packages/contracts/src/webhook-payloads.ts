import { z } from 'zod';
import { ZId } from './common.ts';
import { type TWebhookEventType, WEBHOOK_TEST_EVENT_TYPE } from './integrations.ts';
import { CHECK_STATUSES, RELATIONSHIPS } from './references.ts';
import { REFERRAL_SOURCES, REFERRAL_STATUSES } from './referrals.ts';

/**
 * What each webhook event carries in `data`. The OpenAPI document's `webhooks` section is generated
 * from this map, so an event type added to `WEBHOOK_EVENT_TYPES` needs its data schema here (the
 * compiler says so) and is documented from then on.
 */

const time = z.string().meta({ format: 'date-time' });

const ZCheckEventData = z.object({
  id: ZId.describe('The reference check: `GET /api/v1/reference-checks/{id}`.'),
  external_id: z.string().nullable().describe('Your id for the check, when you gave one.'),
  status: z.enum(CHECK_STATUSES),
  candidate: z.object({ id: ZId, external_id: z.string().nullable() }),
  job_id: ZId.nullable(),
  sub_account_id: ZId.nullable(),
  referees_wanted: z.number().int(),
  referees_answered: z.number().int(),
  completed_at: time.nullable(),
  cancelled_at: time.nullable(),
  report_url: z.string().optional().describe('The report in Vouch (sign-in needed); only once completed.'),
});

const ZReferralEventData = z.object({
  id: ZId.describe('The referral: `GET /api/v1/referrals/{id}`.'),
  source: z.enum(REFERRAL_SOURCES),
  status: z.enum(REFERRAL_STATUSES),
  previous_status: z.enum(REFERRAL_STATUSES).nullable().describe('Null for `referral.created`.'),
  candidate_id: ZId.nullable(),
  job_id: ZId.nullable(),
});

export const WEBHOOK_EVENT_DATA = {
  'reference_check.created': ZCheckEventData.describe('A reference check started (in Vouch or through the API).'),
  'reference_check.referee_answered': ZCheckEventData.extend({
    referee: z
      .object({ id: ZId, name: z.string(), relationship: z.enum(RELATIONSHIPS) })
      .describe('Who answered; never their contact details or answers (read the report).'),
  }).describe('A referee submitted their answers.'),
  'reference_check.completed': ZCheckEventData.describe('Every wanted referee answered, or a recruiter closed it.'),
  'reference_check.cancelled': ZCheckEventData.describe('The check was cancelled; its links stopped working.'),
  'referral.created': ZReferralEventData.describe('A referral reached the board.'),
  'referral.status_changed': ZReferralEventData.describe('A referral moved to another status.'),
  [WEBHOOK_TEST_EVENT_TYPE]: z
    .object({ endpoint_id: ZId, message: z.string() })
    .describe('Sent by "Send test event" to one endpoint, whatever it subscribed to.'),
} satisfies Record<TWebhookEventType | typeof WEBHOOK_TEST_EVENT_TYPE, z.ZodObject>;

export type TWebhookEventData = { [K in keyof typeof WEBHOOK_EVENT_DATA]: z.infer<(typeof WEBHOOK_EVENT_DATA)[K]> };

/** The body of every delivery (Standard Webhooks): the event type, when it happened, and its `data`. */
export const webhookPayloadSchema = (type: string, data: z.ZodType) =>
  z.object({ type: z.literal(type), timestamp: time.describe('When the event happened (RFC 3339).'), data });

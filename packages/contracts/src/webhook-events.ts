import { z } from 'zod';
import { ZId } from './common.ts';
import { CHECK_STATUSES, REFEREE_ADDERS, RELATIONSHIPS } from './references.ts';
import { BONUS_STATES, REFERRAL_SOURCES, REFERRAL_STATUSES } from './referrals.ts';

/**
 * Every webhook event Vouch sends and the payload of each: `{ type, timestamp, data }`, snake_case
 * like `/api/v1`. The server builds its payloads from these types, the tests check what is sent
 * against them, and the OpenAPI document's `webhooks` section is generated from `WEBHOOK_EVENT_DATA`,
 * so an event type added to `WEBHOOK_EVENT_TYPES` needs its data schema here (the compiler says so)
 * and is documented from then on.
 */

export const WEBHOOK_EVENT_TYPES = [
  'reference_check.created',
  'reference_check.referee_named',
  'reference_check.referee_answered',
  'reference_check.referee_declined',
  'reference_check.referee_bounced',
  'reference_check.referee_expired',
  'reference_check.completed',
  'reference_check.cancelled',
  'reference_check.expired',
  'referral.created',
  'referral.status_changed',
  'bonus.eligible',
  'bonus.paid',
] as const;
export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type TWebhookEventType = z.infer<typeof ZWebhookEventType>;

/** Sent by "Send test event"; outside the subscription filter, so every endpoint can be tested. */
export const WEBHOOK_TEST_EVENT_TYPE = 'webhook.test';
export type TWebhookTestEventType = typeof WEBHOOK_TEST_EVENT_TYPE;

/** Events about a check, which a sub-account's endpoint hears for its own checks. */
export const isCheckEventType = (type: string) => type.startsWith('reference_check.');

const ZTime = z.string().meta({ format: 'date-time' });

/** The check as every `reference_check.*` event carries it: ids, status and counts, never answers. */
export const ZWebhookCheckData = z.object({
  id: ZId.describe('The reference check: `GET /api/v1/reference-checks/{id}`.'),
  external_id: z.string().nullable().describe('Your id for the check, as given when it was started.'),
  status: z.enum(CHECK_STATUSES),
  candidate: z.object({ id: ZId, external_id: z.string().nullable() }),
  job_id: ZId.nullable(),
  sub_account_id: ZId.nullable(),
  referees_wanted: z.number().int(),
  referees_answered: z.number().int(),
  completed_at: ZTime.nullable(),
  cancelled_at: ZTime.nullable(),
  report_url: z.string().optional().describe('The report in Vouch (sign-in needed); only once completed.'),
});
export type TWebhookCheckData = z.infer<typeof ZWebhookCheckData>;

/** The referee an event is about: never their contact details, answers or reasons. */
export const ZWebhookReferee = z.object({ id: ZId, name: z.string(), relationship: z.enum(RELATIONSHIPS) });
export type TWebhookReferee = z.infer<typeof ZWebhookReferee>;

const withReferee = <T extends z.ZodRawShape>(referee: z.ZodObject<T>) => ZWebhookCheckData.extend({ referee });

export const ZWebhookRefereeNamedData = withReferee(
  ZWebhookReferee.extend({
    added_by: z.enum(REFEREE_ADDERS).describe('Who named the referee.'),
  }),
);
export const ZWebhookRefereeBouncedData = withReferee(
  ZWebhookReferee.extend({ channel: z.enum(['email', 'sms']).describe('The invitation that could not be delivered.') }),
);
export const ZWebhookRefereeData = withReferee(ZWebhookReferee);

/** A referral as `GET /api/v1/referrals/{id}` reads it; the employee who referred is never named. */
export const ZWebhookReferralData = z.object({
  id: ZId.describe('The referral: `GET /api/v1/referrals/{id}`.'),
  source: z.enum(REFERRAL_SOURCES),
  status: z.enum(REFERRAL_STATUSES),
  previous_status: z.enum(REFERRAL_STATUSES).nullable().describe('Null for `referral.created`.'),
  candidate_id: ZId.nullable(),
  job_id: ZId.nullable(),
});
export type TWebhookReferralData = z.infer<typeof ZWebhookReferralData>;

/** A referral's bonus: the referral it is for, its state and money; never the employee who referred. */
export const ZWebhookBonusData = z.object({
  id: ZId.describe('The bonus.'),
  referral_id: ZId.describe('The referral: `GET /api/v1/referrals/{id}`.'),
  state: z.enum(BONUS_STATES),
  candidate_id: ZId.nullable(),
  job_id: ZId.nullable(),
  value: z.string().describe('The tier\'s words, e.g. "SEK 10 000".'),
  amount: z.string().nullable().describe('Decimal amount, e.g. "10000.00"; null when the bonus is not money.'),
  currency: z.string().nullable().describe('ISO 4217 code of `amount`.'),
  start_date: z.string().describe("The hire's start date (YYYY-MM-DD)."),
  eligible_on: z.string().describe('The day the waiting period ended (YYYY-MM-DD).'),
  paid_on: z.string().nullable().describe('Set for `bonus.paid` (YYYY-MM-DD).'),
  paid_amount: z.string().nullable(),
  payroll_reference: z.string().nullable(),
});
export type TWebhookBonusData = z.infer<typeof ZWebhookBonusData>;

export const ZWebhookTestData = z.object({ endpoint_id: ZId, message: z.string() });

/** What each event carries in `data`, described for the OpenAPI document. */
export const WEBHOOK_EVENT_DATA = {
  'reference_check.created': ZWebhookCheckData.describe('A reference check started (in Vouch or through the API).'),
  'reference_check.referee_named': ZWebhookRefereeNamedData.describe('A referee was named for the check.'),
  'reference_check.referee_answered': ZWebhookRefereeData.describe(
    'A referee submitted their answers (read them in the report; never in the event).',
  ),
  'reference_check.referee_declined': ZWebhookRefereeData.describe('A referee declined to give a reference.'),
  'reference_check.referee_bounced': ZWebhookRefereeBouncedData.describe(
    "A referee's invitation could not be delivered; the candidate is asked to correct it.",
  ),
  'reference_check.referee_expired': ZWebhookRefereeData.describe(
    "A referee was still waiting when the check's links ran out.",
  ),
  'reference_check.completed': ZWebhookCheckData.describe('Every wanted referee answered, or a recruiter closed it.'),
  'reference_check.cancelled': ZWebhookCheckData.describe('The check was cancelled; its links stopped working.'),
  'reference_check.expired': ZWebhookCheckData.describe('The check ran out before it was completed.'),
  'referral.created': ZWebhookReferralData.describe('A referral reached the board.'),
  'referral.status_changed': ZWebhookReferralData.describe('A referral moved to another status.'),
  'bonus.eligible': ZWebhookBonusData.describe("A referral bonus's waiting period after the start date ended."),
  'bonus.paid': ZWebhookBonusData.describe('An admin marked a referral bonus paid.'),
  [WEBHOOK_TEST_EVENT_TYPE]: ZWebhookTestData.describe(
    'Sent by "Send test event" to one endpoint, whatever it subscribed to.',
  ),
} satisfies Record<TWebhookEventType | typeof WEBHOOK_TEST_EVENT_TYPE, z.ZodObject>;
const DATA_OF_EVENT = WEBHOOK_EVENT_DATA;
type EventData = typeof DATA_OF_EVENT;

/** The data of an event of this type, as sent. */
export type TWebhookEventData<T extends keyof EventData> = z.infer<EventData[T]>;

/** The body of every delivery (Standard Webhooks): the event type, when it happened, and its `data`. */
export const webhookPayloadSchema = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.object({ type: z.literal(type), timestamp: ZTime.describe('When the change happened (RFC 3339).'), data });

const envelope = <T extends keyof EventData>(type: T) =>
  webhookPayloadSchema(type, DATA_OF_EVENT[type]).meta({ id: `WebhookEvent_${type.replace(/\W/g, '_')}` });

/** The whole body of every event, by type: what a receiver gets and verifies. */
export const WEBHOOK_EVENT_PAYLOADS = Object.fromEntries(
  (Object.keys(DATA_OF_EVENT) as (keyof EventData)[]).map((type) => [type, envelope(type)]),
) as { [T in keyof EventData]: ReturnType<typeof envelope<T>> };

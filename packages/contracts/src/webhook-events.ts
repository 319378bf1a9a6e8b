import { z } from 'zod';
import { ZId } from './common.ts';
import { CHECK_STATUSES, RELATIONSHIPS } from './references.ts';
import { REFERRAL_SOURCES, REFERRAL_STATUSES } from './referrals.ts';

/**
 * Every webhook event Vouch sends and the payload of each: `{ type, timestamp, data }`, snake_case
 * like `/api/v1`. The server builds its payloads from these types, the tests check what is sent
 * against them, and the OpenAPI document describes them from here.
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
] as const;
export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type TWebhookEventType = z.infer<typeof ZWebhookEventType>;

/** Sent by "Send test event"; outside the subscription filter, so every endpoint can be tested. */
export const WEBHOOK_TEST_EVENT_TYPE = 'webhook.test';

/** Events about a check, which a sub-account's endpoint hears for its own checks. */
export const isCheckEventType = (type: string) => type.startsWith('reference_check.');

const ZTime = z.string().describe('RFC 3339 time');

/** The check as every `reference_check.*` event carries it: ids, status and counts, never answers. */
export const ZWebhookCheckData = z.object({
  id: ZId,
  external_id: z.string().nullable().describe('Your id for the check, as given when it was started.'),
  status: z.enum(CHECK_STATUSES),
  candidate: z.object({ id: ZId, external_id: z.string().nullable() }),
  job_id: ZId.nullable(),
  sub_account_id: ZId.nullable(),
  referees_wanted: z.number().int(),
  referees_answered: z.number().int(),
  completed_at: ZTime.nullable(),
  cancelled_at: ZTime.nullable(),
  report_url: z.string().optional().describe('Where the report opens in Vouch; once the check is completed.'),
});
export type TWebhookCheckData = z.infer<typeof ZWebhookCheckData>;

/** The referee an event is about: never their contact details, answers or reasons. */
export const ZWebhookReferee = z.object({ id: ZId, name: z.string(), relationship: z.enum(RELATIONSHIPS) });
export type TWebhookReferee = z.infer<typeof ZWebhookReferee>;

const withReferee = <T extends z.ZodRawShape>(referee: z.ZodObject<T>) => ZWebhookCheckData.extend({ referee });

export const ZWebhookRefereeNamedData = withReferee(
  ZWebhookReferee.extend({
    added_by: z.enum(['candidate', 'recruiter', 'api']).describe('Who named the referee.'),
  }),
);
export const ZWebhookRefereeBouncedData = withReferee(
  ZWebhookReferee.extend({ channel: z.enum(['email']).describe('The invitation that could not be delivered.') }),
);
export const ZWebhookRefereeData = withReferee(ZWebhookReferee);

/** A referral as `GET /api/v1/referrals/{id}` reads it; the employee who referred is never named. */
export const ZWebhookReferralData = z.object({
  id: ZId,
  source: z.enum(REFERRAL_SOURCES),
  status: z.enum(REFERRAL_STATUSES),
  previous_status: z.enum(REFERRAL_STATUSES).nullable(),
  candidate_id: ZId.nullable(),
  job_id: ZId.nullable(),
});
export type TWebhookReferralData = z.infer<typeof ZWebhookReferralData>;

export const ZWebhookTestData = z.object({ endpoint_id: ZId, message: z.string() });

const DATA_OF_EVENT = {
  'reference_check.created': ZWebhookCheckData,
  'reference_check.referee_named': ZWebhookRefereeNamedData,
  'reference_check.referee_answered': ZWebhookRefereeData,
  'reference_check.referee_declined': ZWebhookRefereeData,
  'reference_check.referee_bounced': ZWebhookRefereeBouncedData,
  'reference_check.referee_expired': ZWebhookRefereeData,
  'reference_check.completed': ZWebhookCheckData,
  'reference_check.cancelled': ZWebhookCheckData,
  'reference_check.expired': ZWebhookCheckData,
  'referral.created': ZWebhookReferralData,
  'referral.status_changed': ZWebhookReferralData,
  [WEBHOOK_TEST_EVENT_TYPE]: ZWebhookTestData,
} satisfies Record<TWebhookEventType | typeof WEBHOOK_TEST_EVENT_TYPE, z.ZodType>;
type EventData = typeof DATA_OF_EVENT;

/** The data of an event of this type, as sent. */
export type TWebhookEventData<T extends keyof EventData> = z.infer<EventData[T]>;

const envelope = <T extends keyof EventData>(type: T) =>
  z
    .object({ type: z.literal(type), timestamp: ZTime.describe('When the change happened'), data: DATA_OF_EVENT[type] })
    .meta({ id: `WebhookEvent_${type.replace(/\W/g, '_')}` });

/** The whole body of every event, by type: what a receiver gets and verifies. */
export const WEBHOOK_EVENT_PAYLOADS = Object.fromEntries(
  (Object.keys(DATA_OF_EVENT) as (keyof EventData)[]).map((type) => [type, envelope(type)]),
) as { [T in keyof EventData]: ReturnType<typeof envelope<T>> };

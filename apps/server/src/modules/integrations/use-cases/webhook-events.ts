import type {
  TReferralStatus,
  TWebhookCheckData,
  TWebhookEventData,
  TWebhookEventType,
  TWebhookReferralData,
  TWebhookTestEventType,
} from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { insertDeliveries } from '../webhook-deliveries.repo.ts';
import {
  countBoardMoves,
  findCheckEventRow,
  findEndpointsFor,
  findRefereeForEvent,
  hasSubscriber,
  insertWebhookEvent,
} from '../webhook-events.repo.ts';
import { newWebhookEventId } from '../webhook-signing.ts';
import { readableReferral } from './v1-referrals.ts';

/**
 * Webhook events are written in the transaction of the change they report (pass the transaction as
 * `db`): if the change rolls back, so does the event, and the worker only ever sees committed rows.
 * A company without a subscribed endpoint pays one small query and gets no rows. An event belongs
 * to a sub-account (a check of it) or to the whole company: a sub-account's endpoints hear only
 * their sub-account's events, the company's endpoints hear all.
 */

export type WebhookPayload = { type: string; timestamp: string; data: Record<string, unknown> };

/**
 * Queues `type` for every enabled endpoint of the company subscribed to it that may hear the event's
 * sub-account. Returns the event id, or null when no endpoint wants it. `endpointIds` limits it to
 * those endpoints and skips both filters (the test event).
 */
export async function emitWebhookEvent(
  db: Db,
  companyId: string,
  type: TWebhookEventType | TWebhookTestEventType,
  data: Record<string, unknown>,
  options: { endpointIds?: string[]; now?: Date; subAccountId?: string | null } = {},
): Promise<string | null> {
  const endpoints = await findEndpointsFor(db, companyId, type, options);
  if (!endpoints.length) return null;
  const id = newWebhookEventId();
  const payload: WebhookPayload = { type, timestamp: (options.now ?? new Date()).toISOString(), data };
  await insertWebhookEvent(db, companyId, { id, type, payload });
  await insertDeliveries(
    db,
    endpoints.map((endpoint) => ({ companyId, endpointId: endpoint.id, eventId: id })),
  );
  return id;
}

/** Where a check's report opens in Vouch (the same link the recruiter is emailed). */
const reportUrl = (config: Pick<Config, 'publicUrl'>, checkId: string) =>
  `${config.publicUrl}/reference-checks/${checkId}/report`;

/**
 * The `data` of a reference check event: small and stable (ids, external ids, status, counts), with
 * `report_url` once the check is completed.
 */
export async function checkEventData(db: Db, config: Pick<Config, 'publicUrl'>, companyId: string, checkId: string) {
  const row = await findCheckEventRow(db, companyId, checkId);
  if (!row) return null;
  const { check, candidate } = row;
  const data: TWebhookCheckData = {
    id: check.id,
    external_id: check.externalId,
    status: check.status,
    candidate: { id: candidate.id, external_id: candidate.externalId },
    job_id: check.jobId,
    sub_account_id: check.subAccountId,
    referees_wanted: check.refereesWanted,
    referees_answered: Number(row.answered),
    completed_at: check.completedAt?.toISOString() ?? null,
    cancelled_at: check.cancelledAt?.toISOString() ?? null,
  };
  if (check.status === 'completed') data.report_url = reportUrl(config, check.id);
  return { companyId: check.companyId, subAccountId: check.subAccountId, data };
}

/** The events about the check itself; the referee events go through `emitRefereeEvent`. */
type CheckEventType =
  | 'reference_check.created'
  | 'reference_check.completed'
  | 'reference_check.cancelled'
  | 'reference_check.expired';
type RefereeEventType = Exclude<Extract<TWebhookEventType, `reference_check.referee_${string}`>, never>;

/**
 * Emits a reference check event with the check's current data, to the company's endpoints and to
 * those of the check's sub-account. Call it inside the change's transaction, after the change.
 * Returns the event id or null (no subscriber, or no such check).
 */
export async function emitCheckEvent(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  type: CheckEventType,
  companyId: string,
  checkId: string,
) {
  if (!(await hasSubscriber(db, companyId, [type]))) return null;
  const built = await checkEventData(db, config, companyId, checkId);
  if (!built) return null;
  return emitWebhookEvent(db, built.companyId, type, built.data, { subAccountId: built.subAccountId });
}

/**
 * Emits an event about one referee of a check: the check as `emitCheckEvent` has it, and the referee
 * (`extra` adds e.g. who named them). Never contact details, answers or a decline's reason.
 */
export async function emitRefereeEvent<T extends RefereeEventType>(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  type: T,
  companyId: string,
  refereeId: string,
  extra: Omit<TWebhookEventData<T>['referee'], 'id' | 'name' | 'relationship'>,
) {
  const referee = await findRefereeForEvent(db, companyId, refereeId);
  if (!referee || !(await hasSubscriber(db, companyId, [type]))) return null;
  const built = await checkEventData(db, config, companyId, referee.checkId);
  if (!built) return null;
  const data = {
    ...built.data,
    referee: { id: referee.id, name: referee.name, relationship: referee.relationship, ...extra },
  } as TWebhookEventData<T>;
  return emitWebhookEvent(db, built.companyId, type, data, { subAccountId: built.subAccountId });
}

/**
 * `referral.created` or `referral.status_changed`, with the referral as it is now, only for a
 * referral `GET /api/v1/referrals/{id}` can read: a mark an employee passed on becomes `created` when
 * a recruiter first moves it onto the board, and a referral set back to `passed_on` (or whose person
 * is excluded) sends nothing until it returns. Referrals are the company's: sub-account endpoints
 * never hear them. The employee who referred is never part of it (a cold prospect asked not to be
 * named, and an applicant tracking system does not need them for any other source either).
 */
export async function emitReferralEvent(
  db: Db,
  input: { companyId: string; referralId: string; previousStatus: TReferralStatus | null },
) {
  if (!(await hasSubscriber(db, input.companyId, ['referral.created', 'referral.status_changed']))) return null;
  const referral = await readableReferral(db, input.companyId, input.referralId);
  if (!referral) return null;
  // This move is already in the timeline: it is the referral's first on the board when no other is.
  const boardMoves = await countBoardMoves(db, input.companyId, input.referralId);
  const type = boardMoves <= 1 ? 'referral.created' : 'referral.status_changed';
  const data: TWebhookReferralData = {
    id: referral.id,
    source: referral.source,
    status: referral.status,
    previous_status: input.previousStatus,
    candidate_id: referral.candidateId,
    job_id: referral.jobId,
  };
  return emitWebhookEvent(db, input.companyId, type, data, { subAccountId: null });
}

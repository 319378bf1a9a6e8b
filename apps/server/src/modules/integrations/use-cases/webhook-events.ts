import type { TWebhookEventType } from '@vouch/contracts';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { candidates } from '../../hiring/hiring.tables.ts';
import { referees, referenceChecks } from '../../references/references.tables.ts';
import { referrals } from '../../referrals/referrals.tables.ts';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '../integrations.tables.ts';
import { newWebhookEventId } from './webhook-signing.ts';

/**
 * Webhook events are written in the transaction of the change they report (pass the transaction as
 * `db`): if the change rolls back, so does the event, and the worker only ever sees committed rows.
 * A company without a subscribed endpoint pays one small query and gets no rows.
 */

export type WebhookPayload = { type: string; timestamp: string; data: Record<string, unknown> };

/** An enabled endpoint that wants `type`. */
const subscribedTo = (type: string) =>
  and(
    isNull(webhookEndpoints.disabledAt),
    isNull(webhookEndpoints.deletedAt),
    sql`${type} = any(${webhookEndpoints.eventTypes})`,
  );

/**
 * Queues `type` for every enabled endpoint of the company subscribed to it. Returns the event id, or
 * null when no endpoint wants it. `endpointIds` limits it to those endpoints and skips the
 * subscription filter (the test event).
 */
export async function emitWebhookEvent(
  db: Db,
  companyId: string,
  type: TWebhookEventType | string,
  data: Record<string, unknown>,
  options: { endpointIds?: string[]; now?: Date } = {},
): Promise<string | null> {
  const endpoints = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.companyId, companyId),
        options.endpointIds
          ? and(
              inArray(webhookEndpoints.id, options.endpointIds),
              isNull(webhookEndpoints.disabledAt),
              isNull(webhookEndpoints.deletedAt),
            )
          : subscribedTo(type),
      ),
    );
  if (!endpoints.length) return null;
  const id = newWebhookEventId();
  const payload: WebhookPayload = { type, timestamp: (options.now ?? new Date()).toISOString(), data };
  await db.insert(webhookEvents).values({ id, companyId, type, payload });
  await db
    .insert(webhookDeliveries)
    .values(endpoints.map((endpoint) => ({ companyId, endpointId: endpoint.id, eventId: id })));
  return id;
}

/** Where a check's report opens in Vouch (the same link the recruiter is emailed). */
const reportUrl = (config: Pick<Config, 'publicUrl'>, checkId: string) =>
  `${config.publicUrl}/reference-checks/${checkId}/report`;

/**
 * The `data` of a reference check event: small and stable (ids, external ids, status, counts), with
 * `report_url` once the check is completed. `extra` is merged in (e.g. the referee who answered).
 */
export async function checkEventData(db: Db, config: Pick<Config, 'publicUrl'>, checkId: string) {
  const [row] = await db
    .select({
      check: {
        id: referenceChecks.id,
        companyId: referenceChecks.companyId,
        externalId: referenceChecks.externalId,
        status: referenceChecks.status,
        jobId: referenceChecks.jobId,
        subAccountId: referenceChecks.subAccountId,
        refereesWanted: referenceChecks.refereesWanted,
        completedAt: referenceChecks.completedAt,
        cancelledAt: referenceChecks.cancelledAt,
      },
      candidate: { id: candidates.id, externalId: candidates.externalId },
      answered: sql<number>`(select count(*)::int from ${referees} where ${referees.checkId} = ${referenceChecks.id} and ${referees.status} = 'answered')`,
    })
    .from(referenceChecks)
    .innerJoin(candidates, eq(candidates.id, referenceChecks.candidateId))
    .where(eq(referenceChecks.id, checkId));
  if (!row) return null;
  const { check, candidate } = row;
  const data: Record<string, unknown> = {
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
  return { companyId: check.companyId, data };
}

/**
 * Emits a reference check event with the check's current data. Call it inside the change's
 * transaction, after the change. Returns the event id or null (no subscriber, or no such check).
 */
export async function emitCheckEvent(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  type: Extract<TWebhookEventType, `reference_check.${string}`>,
  checkId: string,
  extra: Record<string, unknown> = {},
) {
  // One cheap query first: most companies have no endpoints at all.
  const [subscribed] = await db
    .select({ id: webhookEndpoints.id })
    .from(referenceChecks)
    .innerJoin(webhookEndpoints, and(eq(webhookEndpoints.companyId, referenceChecks.companyId), subscribedTo(type)))
    .where(eq(referenceChecks.id, checkId))
    .limit(1);
  if (!subscribed) return null;
  const built = await checkEventData(db, config, checkId);
  if (!built) return null;
  return emitWebhookEvent(db, built.companyId, type, { ...built.data, ...extra });
}

/** The referee part of `reference_check.referee_answered`: never contact details or answers. */
export async function refereeEventData(db: Db, refereeId: string) {
  const [referee] = await db
    .select({ id: referees.id, name: referees.name, relationship: referees.relationship })
    .from(referees)
    .where(eq(referees.id, refereeId));
  return referee ?? null;
}

/**
 * `referral.created` (no previous status) or `referral.status_changed`, with the referral as it is
 * now. The employee who referred is never part of it: for a cold prospect they asked not to be
 * named, and an applicant tracking system does not need them for any other source either.
 */
export async function emitReferralEvent(
  db: Db,
  input: { companyId: string; referralId: string; previousStatus: string | null },
) {
  const type = input.previousStatus === null ? 'referral.created' : 'referral.status_changed';
  if (!(await hasSubscriber(db, input.companyId, type))) return null;
  const [referral] = await db
    .select({
      id: referrals.id,
      source: referrals.source,
      status: referrals.status,
      candidateId: referrals.candidateId,
      jobId: referrals.jobId,
    })
    .from(referrals)
    .where(and(eq(referrals.companyId, input.companyId), eq(referrals.id, input.referralId)));
  if (!referral) return null;
  return emitWebhookEvent(db, input.companyId, type, {
    id: referral.id,
    source: referral.source,
    status: referral.status,
    previous_status: input.previousStatus,
    candidate_id: referral.candidateId,
    job_id: referral.jobId,
  });
}

async function hasSubscriber(db: Db, companyId: string, type: string) {
  const [found] = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.companyId, companyId), subscribedTo(type)))
    .limit(1);
  return !!found;
}

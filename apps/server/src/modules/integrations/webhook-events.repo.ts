import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce } from '../../platform/db/prepared.ts';
import { candidates } from '../hiring/index.ts';
import { referees, referenceChecks } from '../references/index.ts';
import { referralBonuses, referralEvents, referrals } from '../referrals/index.ts';
import { webhookEndpoints, webhookEvents } from './integrations.tables.ts';

/** An enabled endpoint that wants `type`. */
const subscribedTo = (type: string) =>
  and(
    isNull(webhookEndpoints.disabledAt),
    isNull(webhookEndpoints.deletedAt),
    sql`${type} = any(${webhookEndpoints.eventTypes})`,
  );

/** Endpoints that may hear an event of this sub-account (null: a company-wide event). */
const hears = (subAccountId: string | null) =>
  or(isNull(webhookEndpoints.subAccountId), subAccountId ? eq(webhookEndpoints.subAccountId, subAccountId) : undefined);

/** The company's endpoints an event goes to: the ones named (enabled), or those subscribed that hear the sub-account. */
export async function findEndpointsFor(
  db: Db,
  companyId: string,
  type: string,
  options: { endpointIds?: string[]; subAccountId?: string | null },
) {
  return db
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
          : and(subscribedTo(type), hears(options.subAccountId ?? null)),
      ),
    );
}

export async function insertWebhookEvent(
  db: Db,
  companyId: string,
  event: Omit<typeof webhookEvents.$inferInsert, 'companyId'>,
) {
  await db.insert(webhookEvents).values({ ...event, companyId });
}

/** Asked by every change an integrator may hear of (a check started, a referee named): a named statement. */
const anySubscriber = preparedOnce((db) =>
  db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.companyId, sql.placeholder('companyId')),
        isNull(webhookEndpoints.disabledAt),
        isNull(webhookEndpoints.deletedAt),
        sql`${webhookEndpoints.eventTypes} && ${sql.placeholder('types')}::text[]`,
      ),
    )
    .limit(1)
    .prepare('webhook_subscriber_exists'),
);

/** True when some enabled endpoint of the company wants one of `types` (one cheap query: most have none). */
export async function hasSubscriber(db: Db, companyId: string, types: string[]) {
  const [found] = await anySubscriber(db).execute({ companyId, types });
  return !!found;
}

/** One of the company's checks with what its webhook events carry. */
export async function findCheckEventRow(db: Db, companyId: string, checkId: string) {
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
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  return row ?? null;
}

export async function findRefereeForEvent(db: Db, companyId: string, refereeId: string) {
  const [referee] = await db
    .select({ id: referees.id, checkId: referees.checkId, name: referees.name, relationship: referees.relationship })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.id, refereeId)));
  return referee ?? null;
}

/** How many board moves (status changes other than passing on) the company's referral has had. */
export async function countBoardMoves(db: Db, companyId: string, referralId: string): Promise<number> {
  const [onBoard] = await db
    .select({ moves: sql<number>`count(*)::int` })
    .from(referralEvents)
    .where(
      and(
        eq(referralEvents.companyId, companyId),
        eq(referralEvents.referralId, referralId),
        eq(referralEvents.kind, 'status'),
        ne(referralEvents.toStatus, 'passed_on'),
      ),
    );
  return Number(onBoard.moves);
}

/** A referral's bonus with what its webhook events carry (the referral's candidate and job). */
export async function findBonusForEvent(db: Db, companyId: string, bonusId: string) {
  const [row] = await db
    .select({
      id: referralBonuses.id,
      referralId: referralBonuses.referralId,
      state: referralBonuses.state,
      value: referralBonuses.value,
      amount: referralBonuses.amount,
      currency: referralBonuses.currency,
      startDate: referralBonuses.startDate,
      eligibleOn: referralBonuses.eligibleOn,
      paidOn: referralBonuses.paidOn,
      paidAmount: referralBonuses.paidAmount,
      payrollReference: referralBonuses.payrollReference,
      candidateId: referrals.candidateId,
      jobId: referrals.jobId,
    })
    .from(referralBonuses)
    .innerJoin(referrals, eq(referrals.id, referralBonuses.referralId))
    .where(and(eq(referralBonuses.companyId, companyId), eq(referralBonuses.id, bonusId)));
  return row ?? null;
}

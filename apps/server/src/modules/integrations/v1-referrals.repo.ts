import type { TReferralStatus } from '@vouch/contracts';
import { and, asc, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobs } from '../hiring/index.ts';
import { onTheBoard, referrals, referrerShown, sharedReferralConditions } from '../referrals/index.ts';
import { memberships, users } from '../tenancy/index.ts';

// Referrals: the board's rows (never `passed_on` marks nobody acted on, never excluded people), with
// a cold prospect's referrer left out by the join itself, as on the board.

const referralColumns = {
  id: referrals.id,
  source: referrals.source,
  status: referrals.status,
  active: referrals.active,
  candidateId: referrals.candidateId,
  firstName: referrals.firstName,
  lastName: referrals.lastName,
  email: referrals.email,
  jobId: jobs.id,
  jobTitle: jobs.title,
  referrerId: memberships.id,
  referrerName: sql<string | null>`coalesce(nullif(${users.name}, ''), ${users.email})`,
  createdAt: referrals.createdAt,
  updatedAt: referrals.updatedAt,
  statusChangedAt: referrals.statusChangedAt,
};

function selectReferrals(db: Db, companyId: string, where: SQL | undefined) {
  return db
    .select(referralColumns)
    .from(referrals)
    .leftJoin(memberships, and(eq(memberships.id, referrals.referrerMembershipId), referrerShown()))
    .leftJoin(users, eq(users.id, memberships.userId))
    .leftJoin(jobs, and(eq(jobs.id, referrals.jobId), eq(jobs.companyId, companyId)))
    .where(
      and(
        eq(referrals.companyId, companyId),
        onTheBoard(),
        ...sharedReferralConditions(companyId, { search: null }),
        where,
      ),
    );
}

export type ReadableReferral = Awaited<ReturnType<typeof selectReferrals>>[number];

/** The company's readable referrals, oldest change first, after the keyset (updated at, id) of the previous page. */
export async function listReadableReferrals(
  db: Db,
  companyId: string,
  query: {
    status?: TReferralStatus;
    job_id?: string;
    updated_since?: string;
    after: unknown[] | null;
    limit: number;
  },
) {
  const { after } = query;
  return selectReferrals(
    db,
    companyId,
    and(
      query.status ? eq(referrals.status, query.status) : undefined,
      query.job_id ? eq(referrals.jobId, query.job_id) : undefined,
      query.updated_since ? gte(referrals.updatedAt, new Date(query.updated_since)) : undefined,
      after
        ? sql`(${referrals.updatedAt}, ${referrals.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
        : undefined,
    ),
  )
    .orderBy(asc(referrals.updatedAt), asc(referrals.id))
    .limit(query.limit);
}

/**
 * The referral as this API reads it, or null when the API would answer 404 (another company's, a
 * mark nobody acted on yet, an excluded person). Referral webhook events are sent only for these.
 */
export async function readableReferral(db: Db, companyId: string, referralId: string) {
  const [row] = await selectReferrals(db, companyId, eq(referrals.id, referralId));
  return row ?? null;
}

import type { TV1Referral, ZV1ReferralListQuery } from '@vouch/contracts';
import { and, asc, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { jobs } from '../../hiring/index.ts';
import { onTheBoard, referrals, referrerShown, sharedReferralConditions } from '../../referrals/index.ts';
import { memberships, users } from '../../tenancy/index.ts';

/**
 * `/api/v1/referrals`: the referral board's rows. Referrals are the company's (the employees' network
 * and the board), not a sub-account's, so a sub-account key is refused with 403 before anything is
 * looked up: it learns nothing about which referrals exist.
 */

function assertCompanyWideKey(ctx: ApiCtx) {
  if (ctx.apiKey.subAccountId) throw forbidden('api_key.sub_account_referrals');
}

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

type ReferralRow = Awaited<ReturnType<typeof selectReferrals>>[number];

function toV1Referral(row: ReferralRow): TV1Referral {
  return {
    id: row.id,
    source: row.source,
    status: row.status,
    active: row.active,
    candidate: { id: row.candidateId, first_name: row.firstName, last_name: row.lastName, email: row.email },
    job: row.jobId && row.jobTitle !== null ? { id: row.jobId, title: row.jobTitle } : null,
    referrer: row.referrerId ? { id: row.referrerId, name: row.referrerName ?? '' } : null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    status_changed_at: row.statusChangedAt.toISOString(),
  };
}

/** Oldest change first, so a caller syncing with `updated_since` walks forward and never misses one. */
export async function listReferralsV1(ctx: ApiCtx, query: z.output<typeof ZV1ReferralListQuery>) {
  assertCompanyWideKey(ctx);
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await selectReferrals(
    ctx.db,
    ctx.tenantId,
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
    .limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (r) => [r.updatedAt.toISOString(), r.id]);
  return { data: page.items.map(toV1Referral), next_cursor: page.nextCursor };
}

export async function getReferralV1(ctx: ApiCtx, referralId: string): Promise<TV1Referral> {
  assertCompanyWideKey(ctx);
  const row = await readableReferral(ctx.db, ctx.tenantId, referralId);
  if (!row) throw notFound('referral.not_found');
  return toV1Referral(row);
}

/**
 * The referral as this API reads it, or null when the API would answer 404 (another company's, a
 * mark nobody acted on yet, an excluded person). Referral webhook events are sent only for these.
 */
export async function readableReferral(db: Db, companyId: string, referralId: string) {
  const [row] = await selectReferrals(db, companyId, eq(referrals.id, referralId));
  return row ?? null;
}

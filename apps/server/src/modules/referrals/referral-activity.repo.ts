import type { TReferralEventKind } from '@vouch/contracts';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { referralEvents, referrals } from './referrals.tables.ts';

/**
 * Active means attached to a live role. These change it, for one referral (the bell) or for every
 * referral of a role (archiving and unarchiving it), and keep each change in the referrals'
 * timelines with who did it; the status stays as it is.
 */

type ActivityChange = {
  companyId: string;
  active: boolean;
  actorMembershipId: string | null;
  kind: Exclude<TReferralEventKind, 'status'>;
};

async function applyActivity(tx: Db, change: ActivityChange, which: ReturnType<typeof and>) {
  const changed = await tx
    .update(referrals)
    .set({ active: change.active, updatedAt: sql`now()` })
    .where(and(eq(referrals.companyId, change.companyId), ne(referrals.active, change.active), which))
    .returning({ id: referrals.id, status: referrals.status });
  if (changed.length) {
    await tx.insert(referralEvents).values(
      changed.map((r) => ({
        companyId: change.companyId,
        referralId: r.id,
        fromStatus: r.status,
        toStatus: r.status,
        actorMembershipId: change.actorMembershipId,
        kind: change.kind,
      })),
    );
  }
  return changed.length;
}

/** The bell: one referral. Returns whether it changed (false when it already was so). */
export async function setReferralActive(tx: Db, change: ActivityChange & { referralId: string }) {
  return (await applyActivity(tx, change, eq(referrals.id, change.referralId))) > 0;
}

/** Every referral of a role, e.g. when it is archived. Returns how many changed. */
export function setJobReferralsActive(tx: Db, change: ActivityChange & { jobId: string }) {
  return applyActivity(tx, change, eq(referrals.jobId, change.jobId));
}

export async function countInactiveJobReferrals(db: Db, companyId: string, jobId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(referrals)
    .where(and(eq(referrals.companyId, companyId), eq(referrals.jobId, jobId), eq(referrals.active, false)));
  return Number(row?.count ?? 0);
}

/** A role of the company and whether it is archived; null when the company has none by that id. */
export async function findJobStatus(db: Db, companyId: string, jobId: string) {
  const [row] = await db
    .select({ status: jobs.status })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), eq(jobs.id, jobId)));
  return row ? { archived: row.status === 'archived' } : null;
}

export async function candidateExists(db: Db, companyId: string, candidateId: string) {
  const [row] = await db
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId)));
  return !!row;
}

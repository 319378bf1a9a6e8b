import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobRecruiters, jobs } from '../hiring/index.ts';
import { staleCondition } from './board-filters.ts';
import { notExcludedReferral } from './introductions.repo.ts';
import { referrals } from './referrals.tables.ts';

const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

/** Companies with at least one stale referral nobody was reminded of yet. */
export async function companiesWithUnremindedStale(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ companyId: referrals.companyId })
    .from(referrals)
    .where(and(isNull(referrals.staleRemindedAt), staleCondition(sql`${referrals.companyId}`, at(now))));
  return rows.map((r) => r.companyId);
}

/**
 * Marks a batch of a company's stale referrals as reminded and returns them: one UPDATE over rows
 * locked with SKIP LOCKED and re-checked, so of several workers each row goes to exactly one.
 */
export async function claimStaleReferrals(tx: Db, companyId: string, now: Date, limit = 500) {
  const stale = tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        staleCondition(companyId, at(now)),
        isNull(referrals.staleRemindedAt),
        notExcludedReferral(companyId),
      ),
    )
    .orderBy(asc(referrals.statusChangedAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await tx
    .update(referrals)
    .set({ staleRemindedAt: now })
    .where(and(inArray(referrals.id, stale), isNull(referrals.staleRemindedAt)))
    .returning({
      id: referrals.id,
      recruiterMembershipId: referrals.recruiterMembershipId,
      jobId: referrals.jobId,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      position: referrals.position,
      company: referrals.company,
      statusChangedAt: referrals.statusChangedAt,
    });
  return claimed.sort((a, b) => a.statusChangedAt.getTime() - b.statusChangedAt.getTime());
}

/** The roles' titles and recruiters, by job id. */
export async function jobsWithRecruiters(db: Db, companyId: string, jobIds: string[]) {
  const result = new Map<string, { title: string; recruiterIds: string[] }>();
  if (!jobIds.length) return result;
  const rows = await db
    .select({ id: jobs.id, title: jobs.title, recruiterId: jobRecruiters.membershipId })
    .from(jobs)
    .leftJoin(jobRecruiters, eq(jobRecruiters.jobId, jobs.id))
    .where(and(eq(jobs.companyId, companyId), inArray(jobs.id, jobIds)));
  for (const row of rows) {
    const job = result.get(row.id) ?? { title: row.title, recruiterIds: [] };
    if (row.recruiterId) job.recruiterIds.push(row.recruiterId);
    result.set(row.id, job);
  }
  return result;
}

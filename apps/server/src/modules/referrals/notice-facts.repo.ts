import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobs } from '../hiring/index.ts';
import { referralEvents, referrals } from './referrals.tables.ts';

/**
 * What notifications need of a referral, as of now: the person's name and job (never a note or a
 * reason), its status, who refers it, the recruiter who acted on it, and who made its last status
 * move (so nobody is told of their own answer, and a recruiter is told of a colleague's).
 */
export async function referralNoticeFacts(db: Db, companyId: string, referralId: string) {
  const [row] = await db
    .select({
      id: referrals.id,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      jobTitle: jobs.title,
      status: referrals.status,
      source: referrals.source,
      referrerMembershipId: referrals.referrerMembershipId,
      recruiterMembershipId: referrals.recruiterMembershipId,
    })
    .from(referrals)
    .leftJoin(jobs, and(eq(jobs.companyId, referrals.companyId), eq(jobs.id, referrals.jobId)))
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
  if (!row) return null;
  const [move] = await db
    .select({ actorMembershipId: referralEvents.actorMembershipId, answer: referralEvents.answer })
    .from(referralEvents)
    .where(
      and(
        eq(referralEvents.companyId, companyId),
        eq(referralEvents.referralId, referralId),
        eq(referralEvents.kind, 'status'),
        eq(referralEvents.toStatus, row.status),
      ),
    )
    .orderBy(desc(referralEvents.createdAt))
    .limit(1);
  return {
    ...row,
    personName: `${row.firstName} ${row.lastName}`.trim(),
    lastMoveBy: move?.actorMembershipId ?? null,
    lastMoveAnswer: move?.answer ?? null,
  };
}

/** The names and jobs of referrals, for a notification list (ids of another company find nothing). */
export async function referralNoticeNames(db: Db, companyId: string, referralIds: string[]) {
  if (!referralIds.length) return new Map<string, { personName: string; jobTitle: string | null }>();
  const rows = await db
    .select({ id: referrals.id, firstName: referrals.firstName, lastName: referrals.lastName, jobTitle: jobs.title })
    .from(referrals)
    .leftJoin(jobs, and(eq(jobs.companyId, referrals.companyId), eq(jobs.id, referrals.jobId)))
    .where(and(eq(referrals.companyId, companyId), inArray(referrals.id, referralIds)));
  return new Map(rows.map((r) => [r.id, { personName: `${r.firstName} ${r.lastName}`.trim(), jobTitle: r.jobTitle }]));
}

import { and, desc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { memberships, users } from '../tenancy/index.ts';
import { CLOSED_STATUSES } from './referral-status.ts';
import { referrals } from './referrals.tables.ts';

/** The candidate a request is about, as it will be copied onto the referral. Anonymised ones are gone. */
export async function findRequestCandidate(db: Db, companyId: string, candidateId: string) {
  const [row] = await db
    .select({
      id: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      email: candidates.email,
      phone: candidates.phone,
      linkedinUrl: candidates.linkedinUrl,
      title: candidates.currentTitle,
      company: candidates.currentCompany,
      skills: candidates.skills,
    })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId), isNull(candidates.anonymizedAt)));
  return row ?? null;
}

/** The colleague asked to refer: any member of the company, whatever their state, so the caller can say why not. */
export async function findRequestColleague(db: Db, companyId: string, membershipId: string) {
  const [row] = await db
    .select({
      membershipId: memberships.id,
      role: memberships.role,
      status: memberships.status,
      name: users.name,
      email: users.email,
      language: users.language,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.id, membershipId)));
  if (!row) return null;
  return { ...row, role: row.role, language: row.language, name: row.name || row.email };
}

/** An open job of the company, with what the email says about it and the department the referral goes to. */
export async function findRequestJob(db: Db, companyId: string, jobId: string) {
  const [row] = await db
    .select({ id: jobs.id, title: jobs.title, location: jobs.location, departmentId: jobs.departmentId })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), eq(jobs.id, jobId), eq(jobs.status, 'open')));
  return row ?? null;
}

type SameRequest = { candidateId: string; colleagueMembershipId: string; jobId: string | null };

/**
 * The open, active request already sent to this colleague about this candidate for the same role (or for
 * none), or null. Serialised per candidate and colleague with a transaction lock, so two recruiters
 * pressing "Send" together make one request, not two.
 */
export async function lockSameRequest(tx: Db, companyId: string, request: SameRequest) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`referral-request:${companyId}:${request.candidateId}:${request.colleagueMembershipId}`}))`,
  );
  const [row] = await tx
    .select({ id: referrals.id, createdAt: referrals.createdAt })
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        eq(referrals.source, 'referral_request'),
        eq(referrals.candidateId, request.candidateId),
        eq(referrals.referrerMembershipId, request.colleagueMembershipId),
        request.jobId ? eq(referrals.jobId, request.jobId) : isNull(referrals.jobId),
        eq(referrals.active, true),
        // A closed one (the colleague declined, the person was hired or not) may be asked again.
        notInArray(referrals.status, CLOSED_STATUSES),
      ),
    )
    .orderBy(desc(referrals.createdAt))
    .limit(1);
  return row ?? null;
}

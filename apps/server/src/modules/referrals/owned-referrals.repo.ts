import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobAgencies, jobs, placements } from '../hiring/index.ts';
import { agencies, departments, memberships, users } from '../tenancy/index.ts';
import { referralBonuses, referrals } from './referrals.tables.ts';

const INTAKE_SOURCES = ['employee_referral', 'agent_submission', 'submission', 'share_link'] as const;

/** Open jobs a member may refer to; an agent's only those their agency was allowed, with their count. */
export async function listReferrableJobs(
  db: Db,
  companyId: string,
  who: { membershipId: string; agencyId: string | null },
) {
  return db
    .select({
      id: jobs.id,
      title: jobs.title,
      location: jobs.location,
      departmentName: departments.name,
      mySubmissions: sql<number>`(select count(*)::int from ${referrals} r where r.company_id = ${companyId}
        and r.referrer_membership_id = ${who.membershipId} and r.job_id = ${jobs.id} and r.source = 'agent_submission')`,
    })
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .where(
      and(
        eq(jobs.companyId, companyId),
        eq(jobs.status, 'open'),
        who.agencyId
          ? sql`exists (select 1 from ${jobAgencies} ja where ja.job_id = ${jobs.id} and ja.agency_id = ${who.agencyId})`
          : undefined,
      ),
    )
    .orderBy(asc(jobs.title))
    .limit(500);
}

/**
 * The member's intake referrals with their candidates, newest first: what the self-applied rows of
 * "My referrals" are worked out from. A row made after the member's link to that candidate was
 * retired (the bonus was paid) is left out.
 */
export async function listOwnedRows(db: Db, companyId: string, membershipId: string) {
  return db
    .select({
      id: referrals.id,
      source: referrals.source,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      candidateId: referrals.candidateId,
      jobId: referrals.jobId,
      jobTitle: jobs.title,
      status: referrals.status,
      ownership: referrals.ownership,
      bonusState: referralBonuses.state,
      linkRetiredAt: referrals.linkRetiredAt,
      createdAt: referrals.createdAt,
    })
    .from(referrals)
    .leftJoin(jobs, eq(jobs.id, referrals.jobId))
    .leftJoin(referralBonuses, eq(referralBonuses.referralId, referrals.id))
    .where(
      and(
        eq(referrals.companyId, companyId),
        eq(referrals.referrerMembershipId, membershipId),
        inArray(referrals.source, [...INTAKE_SOURCES]),
        sql`not exists (select 1 from ${referrals} old where old.company_id = ${companyId}
          and old.referrer_membership_id = ${membershipId} and old.candidate_id = ${referrals.candidateId}
          and old.link_retired_at is not null and old.link_retired_at < ${referrals.createdAt})`,
      ),
    )
    .orderBy(desc(referrals.createdAt), desc(referrals.id))
    .limit(500);
}

/** Jobs the member's referred candidates applied to by themselves (careers page), for the policy's setting. */
export async function listSelfApplied(db: Db, companyId: string, candidateIds: string[]) {
  if (!candidateIds.length) return [];
  return db
    .select({
      candidateId: placements.candidateId,
      jobId: placements.jobId,
      jobTitle: jobs.title,
      createdAt: placements.createdAt,
    })
    .from(placements)
    .innerJoin(jobs, eq(jobs.id, placements.jobId))
    .where(
      and(
        eq(placements.companyId, companyId),
        inArray(placements.candidateId, candidateIds),
        eq(placements.origin, 'careers'),
      ),
    );
}

/** The owners of a candidate and of one submission, with their names, for a Referral tab. */
export async function findShownOwners(db: Db, companyId: string, candidateId: string, jobId: string | null) {
  const rows = await db
    .select({
      referralId: referrals.id,
      membershipId: memberships.id,
      name: sql<string>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      ownership: referrals.ownership,
      jobId: referrals.jobId,
    })
    .from(referrals)
    .innerJoin(memberships, eq(memberships.id, referrals.referrerMembershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(referrals.companyId, companyId), eq(referrals.candidateId, candidateId)));
  const pick = ({ ownership: _o, jobId: _j, ...owner }: (typeof rows)[number]) => owner;
  const candidate = rows.find((r) => r.ownership === 'candidate');
  const submission = jobId ? rows.find((r) => r.ownership === 'submission' && r.jobId === jobId) : undefined;
  return { candidate: candidate ? pick(candidate) : null, submission: submission ? pick(submission) : null };
}

export async function listJobAgencyIds(db: Db, companyId: string, jobId: string) {
  const rows = await db
    .select({ agencyId: jobAgencies.agencyId })
    .from(jobAgencies)
    .where(and(eq(jobAgencies.companyId, companyId), eq(jobAgencies.jobId, jobId)));
  return rows.map((r) => r.agencyId);
}

/** Replaces the job's agencies; returns false when one of the ids is not an agency of this company. */
export async function replaceJobAgencies(db: Db, companyId: string, jobId: string, agencyIds: string[]) {
  const known = agencyIds.length
    ? await db
        .select({ id: agencies.id })
        .from(agencies)
        .where(and(eq(agencies.companyId, companyId), inArray(agencies.id, agencyIds)))
    : [];
  if (known.length !== new Set(agencyIds).size) return false;
  await db.delete(jobAgencies).where(and(eq(jobAgencies.companyId, companyId), eq(jobAgencies.jobId, jobId)));
  if (agencyIds.length)
    await db.insert(jobAgencies).values([...new Set(agencyIds)].map((agencyId) => ({ companyId, jobId, agencyId })));
  return true;
}

export async function listAgencies(db: Db, companyId: string) {
  return db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.companyId, companyId))
    .orderBy(asc(agencies.name));
}

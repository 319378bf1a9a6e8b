import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobAgencies, jobs } from '../hiring/index.ts';
import { companies, memberships, users } from '../tenancy/index.ts';
import type { Owners } from './ownership.ts';
import { referrals, shareLinks } from './referrals.tables.ts';

/** The member who refers: active, of this company, with what the policy and the email need. */
export async function findReferrer(db: Db, companyId: string, where: { membershipId: string } | { email: string }) {
  const [row] = await db
    .select({
      membershipId: memberships.id,
      role: memberships.role,
      agencyId: memberships.agencyId,
      status: memberships.status,
      name: sql<string>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      language: users.language,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.companyId, companyId),
        'membershipId' in where ? eq(memberships.id, where.membershipId) : eq(sql`lower(${users.email})`, where.email),
      ),
    );
  return row ?? null;
}

/** The open jobs among `jobIds`; for an agency, only those it may submit to. */
export async function findReferrableJobs(db: Db, companyId: string, jobIds: string[], agencyId: string | null) {
  if (!jobIds.length) return [];
  return db
    .select({ id: jobs.id, title: jobs.title, departmentId: jobs.departmentId })
    .from(jobs)
    .where(
      and(
        eq(jobs.companyId, companyId),
        inArray(jobs.id, jobIds),
        eq(jobs.status, 'open'),
        agencyId
          ? sql`exists (select 1 from ${jobAgencies} ja where ja.job_id = ${jobs.id} and ja.agency_id = ${agencyId})`
          : undefined,
      ),
    );
}

/** Who owns the candidate, and the submission to `jobId`, now; and whether the referrer already has that job. */
export async function findOwners(
  db: Db,
  companyId: string,
  candidateId: string,
  jobId: string | null,
  referrer: string,
): Promise<Owners> {
  const rows = await db
    .select({ ownership: referrals.ownership, jobId: referrals.jobId, referrer: referrals.referrerMembershipId })
    .from(referrals)
    .where(and(eq(referrals.companyId, companyId), eq(referrals.candidateId, candidateId)));
  const owner = (o: 'candidate' | 'submission') =>
    rows.find((r) => r.ownership === o && (o === 'candidate' || r.jobId === jobId))?.referrer ?? null;
  return {
    candidate: owner('candidate'),
    submission: jobId ? owner('submission') : null,
    referrerHasJobRow: jobId !== null && rows.some((r) => r.jobId === jobId && r.referrer === referrer),
  };
}

/**
 * Serialises the referrals of one person (by email key) in the company, and an agent's submissions
 * to one job: held to the end of the transaction, so counting then inserting cannot be raced.
 */
export async function lockKey(tx: Db, key: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** The agent's submissions to the job so far (every row they have for it, whatever it owns). */
export async function countAgentSubmissions(db: Db, companyId: string, membershipId: string, jobId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        eq(referrals.referrerMembershipId, membershipId),
        eq(referrals.jobId, jobId),
        eq(referrals.source, 'agent_submission'),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function companyNames(db: Db, companyId: string) {
  const [row] = await db
    .select({ name: companies.name, senderName: companies.senderName })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row;
}

export async function findShareLink(db: Db, companyId: string, shareLinkId: string) {
  const [row] = await db
    .select({ membershipId: shareLinks.membershipId, jobId: shareLinks.jobId })
    .from(shareLinks)
    .where(and(eq(shareLinks.companyId, companyId), eq(shareLinks.id, shareLinkId)));
  return row ?? null;
}

/** The referral a withdraw link names, with its person's other rows by the same referrer. */
export async function findWithdrawSubject(db: Db, companyId: string, referralId: string) {
  const [row] = await db
    .select({
      candidateId: referrals.candidateId,
      referrer: referrals.referrerMembershipId,
      companyName: companies.name,
      referrerName: sql<string>`coalesce((select coalesce(nullif(u.name, ''), u.email) from ${memberships} m
        join ${users} u on u.id = m.user_id where m.id = ${referrals.referrerMembershipId}), '')`,
    })
    .from(referrals)
    .innerJoin(companies, eq(companies.id, referrals.companyId))
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
  return row ?? null;
}

/** Every open row of this referrer about this candidate: what the person withdraws. */
export async function listOpenRowsOf(db: Db, companyId: string, candidateId: string, referrer: string | null) {
  const rows = await db
    .select({ id: referrals.id, status: referrals.status })
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        eq(referrals.candidateId, candidateId),
        referrer ? eq(referrals.referrerMembershipId, referrer) : sql`${referrals.referrerMembershipId} is null`,
      ),
    );
  return rows.filter((r) => r.status !== 'withdrawn').map((r) => r.id);
}

/** The row that owns the submission of this candidate to this job, whole. */
export async function findSubmissionRow(db: Db, companyId: string, candidateId: string, jobId: string) {
  const [row] = await db
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        eq(referrals.candidateId, candidateId),
        eq(referrals.jobId, jobId),
        eq(referrals.ownership, 'submission'),
      ),
    );
  return row ?? null;
}

export async function findJobDepartment(db: Db, companyId: string, jobId: string) {
  const [row] = await db
    .select({ departmentId: jobs.departmentId })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), eq(jobs.id, jobId)));
  return row?.departmentId ?? null;
}

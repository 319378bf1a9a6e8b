import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobs } from '../hiring/index.ts';
import { shareLinks } from '../referrals/index.ts';
import { companies, memberships } from '../tenancy/index.ts';

/** Employees' share links: one per member and job, found by its public token when someone opens it. */

/**
 * The link behind a token, with what decides whether it still leads to its job. A token is looked up
 * across companies on purpose: it is the whole address, like a report share link's.
 */
export async function findShareLinkByToken(db: Db, token: string) {
  const [row] = await db
    .select({
      id: shareLinks.id,
      companyId: shareLinks.companyId,
      jobId: shareLinks.jobId,
      membershipId: shareLinks.membershipId,
      memberActive: sql<boolean>`${memberships.status} = 'active'`,
      jobListed: sql<boolean>`${jobs.status} = 'open' and ${jobs.archivedAt} is null and ${jobs.onCareersPage}`,
      slug: companies.slug,
    })
    .from(shareLinks)
    .innerJoin(
      memberships,
      and(eq(memberships.companyId, shareLinks.companyId), eq(memberships.id, shareLinks.membershipId)),
    )
    .innerJoin(jobs, and(eq(jobs.companyId, shareLinks.companyId), eq(jobs.id, shareLinks.jobId)))
    .innerJoin(companies, eq(companies.id, shareLinks.companyId))
    .where(eq(shareLinks.token, token));
  return row ?? null;
}

export async function countShareLinkView(db: Db, companyId: string, linkId: string) {
  await db
    .update(shareLinks)
    .set({ views: sql`${shareLinks.views} + 1` })
    .where(and(eq(shareLinks.companyId, companyId), eq(shareLinks.id, linkId)));
}

export async function countShareLinkApplication(db: Db, companyId: string, linkId: string) {
  await db
    .update(shareLinks)
    .set({ applications: sql`${shareLinks.applications} + 1` })
    .where(and(eq(shareLinks.companyId, companyId), eq(shareLinks.id, linkId)));
}

/** Creates the member's link to the job unless it exists (two first clicks at once make one link). */
export async function ensureShareLinkRow(
  db: Db,
  companyId: string,
  membershipId: string,
  jobId: string,
  token: string,
) {
  await db.insert(shareLinks).values({ companyId, membershipId, jobId, token }).onConflictDoNothing();
}

const linkColumns = {
  id: shareLinks.id,
  jobId: shareLinks.jobId,
  jobTitle: jobs.title,
  jobOpen: sql<boolean>`${jobs.status} = 'open' and ${jobs.archivedAt} is null`,
  token: shareLinks.token,
  views: shareLinks.views,
  applications: shareLinks.applications,
  createdAt: shareLinks.createdAt,
};

export async function findMemberShareLink(db: Db, companyId: string, membershipId: string, jobId: string) {
  const [row] = await db
    .select(linkColumns)
    .from(shareLinks)
    .innerJoin(jobs, and(eq(jobs.companyId, shareLinks.companyId), eq(jobs.id, shareLinks.jobId)))
    .where(
      and(eq(shareLinks.companyId, companyId), eq(shareLinks.membershipId, membershipId), eq(shareLinks.jobId, jobId)),
    );
  return row ?? null;
}

/** A member's links, newest first (one per job they shared, so a few hundred at most). */
export async function listMemberShareLinks(db: Db, companyId: string, membershipId: string) {
  return db
    .select(linkColumns)
    .from(shareLinks)
    .innerJoin(jobs, and(eq(jobs.companyId, shareLinks.companyId), eq(jobs.id, shareLinks.jobId)))
    .where(and(eq(shareLinks.companyId, companyId), eq(shareLinks.membershipId, membershipId)))
    .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id))
    .limit(500);
}

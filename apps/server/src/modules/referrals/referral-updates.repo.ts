import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { departments, membershipDepartments } from '../tenancy/index.ts';
import { notExcludedReferral } from './introductions.repo.ts';
import { referrals } from './referrals.tables.ts';

/** What recruiters change on a referral besides its status, and what they need to know to do it. */

/** The referral's status and source, locked for the rest of the transaction; null when the company has no such referral. */
export async function lockReferral(tx: Db, companyId: string, referralId: string) {
  const [row] = await tx
    .select({ status: referrals.status, source: referrals.source })
    .from(referrals)
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId), notExcludedReferral(companyId)))
    .for('update');
  return row ?? null;
}

/** The first recruiter to act on a referral becomes the one responsible for it. */
export async function claimReferral(tx: Db, companyId: string, referralId: string, recruiterId: string) {
  await tx
    .update(referrals)
    .set({ recruiterMembershipId: sql`coalesce(${referrals.recruiterMembershipId}, ${recruiterId}::uuid)` })
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
}

/** Files the referral under a department (or none); false when the company has no such referral. */
export async function setReferralDepartment(
  db: Db,
  companyId: string,
  referralId: string,
  departmentId: string | null,
) {
  const updated = await db
    .update(referrals)
    .set({ departmentId, updatedAt: sql`now()` })
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)))
    .returning({ id: referrals.id });
  return updated.length > 0;
}

/** The departments a recruiter chose in their settings: their default view. */
export async function listOwnDepartments(db: Db, companyId: string, membershipId: string) {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(membershipDepartments)
    .innerJoin(departments, eq(departments.id, membershipDepartments.departmentId))
    .where(
      and(
        eq(membershipDepartments.companyId, companyId),
        eq(membershipDepartments.membershipId, membershipId),
        eq(departments.companyId, companyId),
      ),
    )
    .orderBy(asc(departments.name));
}

import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { jobs } from '../hiring/index.ts';
import { excludedContactPredicate } from '../network/index.ts';
import { companies, memberships, users } from '../tenancy/index.ts';
import { referrals } from './referrals.tables.ts';

/** Excluded people stay hidden here too: a recruiter can neither see nor act on them. */
export const notExcludedReferral = (companyId: string) =>
  excludedContactPredicate(companyId, {
    emailKey: referrals.emailKey,
    linkedinKey: referrals.linkedinKey,
    companyKey: referrals.companyKey,
  });

const referrerMembership = alias(memberships, 'referrer_membership');
const referrerUser = alias(users, 'referrer_user');
const recruiterMembership = alias(memberships, 'recruiter_membership');
const recruiterUser = alias(users, 'recruiter_user');

export const displayName = (user: { name: string | null; email: string | null }) => user.name || user.email || '';

/**
 * The referral a recruiter asks an introduction for, with the employee who passed it on. The row is
 * locked, so two recruiters clicking at once send one valid link, not two.
 */
export async function lockIntroductionTarget(tx: Db, companyId: string, referralId: string) {
  const [row] = await tx
    .select({
      id: referrals.id,
      source: referrals.source,
      status: referrals.status,
      active: referrals.active,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      position: referrals.position,
      company: referrals.company,
      jobTitle: jobs.title,
      referrerMembershipId: referrals.referrerMembershipId,
      referrerStatus: referrerMembership.status,
      referrerName: referrerUser.name,
      referrerEmail: referrerUser.email,
      referrerLanguage: referrerUser.language,
    })
    .from(referrals)
    .leftJoin(jobs, eq(jobs.id, referrals.jobId))
    .leftJoin(referrerMembership, eq(referrerMembership.id, referrals.referrerMembershipId))
    .leftJoin(referrerUser, eq(referrerUser.id, referrerMembership.userId))
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId), notExcludedReferral(companyId)))
    .for('update', { of: referrals });
  if (!row) return null;
  return {
    ...row,
    source: row.source,
    status: row.status,
    referrerLanguage: row.referrerLanguage ?? 'en',
  };
}

export async function setRecruiter(tx: Db, companyId: string, referralId: string, recruiterMembershipId: string) {
  await tx
    .update(referrals)
    .set({ recruiterMembershipId, updatedAt: sql`now()` })
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
}

/**
 * What an answer link is about: whom to introduce, to which recruiter, in whose words; and how to
 * tell that recruiter of the answer.
 */
export async function findAnswerSubject(db: Db, companyId: string, referralId: string) {
  const [row] = await db
    .select({
      id: referrals.id,
      status: referrals.status,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      companyName: companies.name,
      companySenderName: companies.senderName,
      referrerMembershipId: referrals.referrerMembershipId,
      referrerStatus: referrerMembership.status,
      referrerLanguage: referrerUser.language,
      referrerName: referrerUser.name,
      referrerEmail: referrerUser.email,
      recruiterName: recruiterUser.name,
      recruiterEmail: recruiterUser.email,
      recruiterStatus: recruiterMembership.status,
      recruiterLanguage: recruiterUser.language,
    })
    .from(referrals)
    .innerJoin(companies, eq(companies.id, referrals.companyId))
    .leftJoin(referrerMembership, eq(referrerMembership.id, referrals.referrerMembershipId))
    .leftJoin(referrerUser, eq(referrerUser.id, referrerMembership.userId))
    .leftJoin(recruiterMembership, eq(recruiterMembership.id, referrals.recruiterMembershipId))
    .leftJoin(recruiterUser, eq(recruiterUser.id, recruiterMembership.userId))
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
  if (!row) return null;
  return {
    ...row,
    status: row.status,
    contactName: `${row.firstName} ${row.lastName}`.trim(),
    recruiterName: displayName({ name: row.recruiterName, email: row.recruiterEmail }),
    referrerName: displayName({ name: row.referrerName, email: row.referrerEmail }),
    language: row.referrerLanguage ?? 'en',
    /** Whom to tell of the answer: the recruiter who asked, while they still work here. */
    recruiter:
      row.recruiterEmail && row.recruiterStatus === 'active'
        ? {
            name: displayName({ name: row.recruiterName, email: row.recruiterEmail }),
            email: row.recruiterEmail,
            language: row.recruiterLanguage ?? 'en',
          }
        : null,
  };
}

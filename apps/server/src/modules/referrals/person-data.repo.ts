import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { PersonRows } from '../../platform/person-data.ts';
import { referralBonuses, referralEvents, referrals, shareLinks } from './referrals.tables.ts';

/** Everything referrals hold about one candidate: the referrals of them, their history and bonuses. */
export async function candidateReferralData(db: Db, companyId: string, candidateId: string): Promise<PersonRows> {
  const rows = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.companyId, companyId), eq(referrals.candidateId, candidateId)));
  const ids = rows.map((r) => r.id);
  if (!ids.length) return { referrals: [] };
  return {
    referrals: rows.map(({ searchVector: _search, ...row }) => row),
    referral_events: await db
      .select()
      .from(referralEvents)
      .where(and(eq(referralEvents.companyId, companyId), inArray(referralEvents.referralId, ids))),
    referral_bonuses: await db
      .select()
      .from(referralBonuses)
      .where(and(eq(referralBonuses.companyId, companyId), inArray(referralBonuses.referralId, ids))),
  };
}

/**
 * What referrals hold about a member as a referrer: the referrals they made (the people they referred
 * are in them, as the member gave them) and their share links.
 */
export async function referrerReferralData(db: Db, companyId: string, membershipId: string): Promise<PersonRows> {
  const made = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.companyId, companyId), eq(referrals.referrerMembershipId, membershipId)));
  return {
    referrals: made.map(({ searchVector: _search, ...row }) => row),
    share_links: await db
      .select()
      .from(shareLinks)
      .where(and(eq(shareLinks.companyId, companyId), eq(shareLinks.membershipId, membershipId))),
  };
}

import type { TReferralStatus } from '@vouch/contracts';
import { and, eq, inArray, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { contacts, type ExcludedContacts, searchVectorOf } from '../network/index.ts';
import { notExcludedReferral } from './introductions.repo.ts';
import { CLOSED_STATUSES } from './referral-status.ts';
import { referrals } from './referrals.tables.ts';

/**
 * The referrals an employee made of these (now excluded) contacts that are still to withdraw: not a
 * hire (that happened), and either still open or still visible to recruiters. What was withdrawn
 * once is neither, so a second import of the same file changes nothing. Locked, with the contact
 * as the import just stored it.
 */
export async function lockReferralsToWithdraw(tx: Db, excluded: ExcludedContacts) {
  return tx
    .select({
      id: referrals.id,
      status: referrals.status,
      skills: referrals.skills,
      person: {
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
        emailKey: contacts.emailKey,
        linkedinUrl: contacts.linkedinUrl,
        linkedinKey: contacts.linkedinKey,
        phone: contacts.phone,
        company: contacts.company,
        companyKey: contacts.companyKey,
        position: contacts.position,
      },
    })
    .from(referrals)
    .innerJoin(contacts, eq(contacts.id, referrals.contactId))
    .where(
      and(
        eq(referrals.companyId, excluded.companyId),
        eq(referrals.referrerMembershipId, excluded.ownerMembershipId),
        eq(contacts.ownerMembershipId, excluded.ownerMembershipId),
        inArray(referrals.contactId, excluded.contactIds),
        ne(referrals.status, 'hired'),
        or(notInArray(referrals.status, CLOSED_STATUSES), notExcludedReferral(excluded.companyId)),
      ),
    )
    .for('update', { of: referrals });
}

type ReferralToWithdraw = Awaited<ReturnType<typeof lockReferralsToWithdraw>>[number];

/**
 * Takes the person's new data onto the referral's copy (so the exclusion hides it wherever recruiters
 * and integrations look, as it hides the contact) and closes it as `status`, out of the active lists.
 */
export async function withdrawReferral(
  tx: Db,
  companyId: string,
  referral: ReferralToWithdraw,
  status: TReferralStatus,
) {
  const { person } = referral;
  await tx
    .update(referrals)
    .set({
      ...person,
      searchVector: searchVectorOf({
        name: `${person.firstName} ${person.lastName}`,
        title: person.position,
        company: person.company,
        skills: referral.skills,
      }),
      status,
      statusChangedAt: status === referral.status ? undefined : sql`now()`,
      active: false,
      updatedAt: sql`now()`,
    })
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referral.id)));
}

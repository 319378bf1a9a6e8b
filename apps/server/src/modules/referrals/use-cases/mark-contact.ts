import type { TMyReferral, ZMarkContactRequest } from '@vouch/contracts';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { companyKey, emailKey, linkedinKey } from '../../hiring/index.ts';
import { matchingCandidateId } from '../candidate-links.repo.ts';
import { applyMarkChanges, openJobForMark, referralSearchVector } from '../mark-changes.ts';
import {
  insertReferral,
  introductionDueAt,
  loadOwnReferral,
  lockMarkableContact,
  lockOwnReferral,
  type Referrer,
  setContactSkipped,
} from '../marks.repo.ts';
import { recordReferralEvent } from '../referral-status.ts';

export type MarkInput = z.output<typeof ZMarkContactRequest>;

/**
 * Marks one of the member's contacts: the first mark makes the referral (status `passed_on`, the
 * first line of its timeline), a later mark of the same contact changes it. Runs in the caller's
 * transaction and returns the referral's id; the demo data goes through here too.
 */
export async function markContactIn(tx: Db, who: Referrer, contactId: string, input: MarkInput) {
  const contact = await lockMarkableContact(tx, who, contactId);
  if (!contact) throw notFound();
  const existing = await lockOwnReferral(tx, who, { contactId });
  if (existing) {
    await applyMarkChanges(tx, who, existing, input);
    await setContactSkipped(tx, who.companyId, contactId, false);
    return existing.id;
  }
  const job = input.jobId ? await openJobForMark(tx, who.companyId, input.jobId) : null;
  // The person is copied: the contact stays private to its owner and may be deleted later.
  const referralId = await insertReferral(tx, {
    companyId: who.companyId,
    source: input.mark,
    referrerMembershipId: who.membershipId,
    contactId,
    // Someone who is already a candidate: the mark shows on their Referrals tab too.
    candidateId: await matchingCandidateId(tx, who.companyId, contact),
    jobId: job?.id ?? null,
    departmentId: job?.departmentId ?? null,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    linkedinUrl: contact.linkedinUrl,
    phone: contact.phone,
    company: contact.company,
    position: contact.position,
    skills: input.skills,
    emailKey: emailKey(contact.email),
    linkedinKey: linkedinKey(contact.linkedinUrl),
    companyKey: companyKey(contact.company) || null,
    searchVector: referralSearchVector(contact, input.skills),
    status: 'passed_on',
    loveToWorkAgain: input.loveToWorkAgain,
    referrerNote: input.note,
    dueAt: input.mark === 'email_introduction' ? introductionDueAt(who.companyId) : null,
  });
  await recordReferralEvent(tx, {
    companyId: who.companyId,
    referralId,
    from: null,
    to: 'passed_on',
    actorMembershipId: who.membershipId,
  });
  await setContactSkipped(tx, who.companyId, contactId, false);
  return referralId;
}

export async function markContact(ctx: Ctx, contactId: string, input: MarkInput): Promise<TMyReferral> {
  const who = { companyId: ctx.tenantId, membershipId: ctx.actor.membershipId };
  return ctx.db.transaction(async (tx) => {
    const referralId = await markContactIn(tx, who, contactId, input);
    const referral = await loadOwnReferral(tx, who, referralId);
    if (!referral) throw notFound();
    return referral;
  });
}

import type { TMyReferral, TMyReferralPage, TWithdrawReferralResult } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { applyMarkChanges, type MarkChanges } from '../mark-changes.ts';
import {
  deleteReferral,
  isNetworkMark,
  listOwnReferrals,
  loadOwnReferral,
  lockOwnReferral,
  type MyReferralFilter,
  type Referrer,
  setContactSkipped,
  updateReferral,
} from '../marks.repo.ts';
import { moveReferralStatus } from '../referral-status.ts';
import { selfAppliedReferrals } from './owned-referrals.ts';

const referrerOf = (ctx: Ctx): Referrer => ({ companyId: ctx.tenantId, membershipId: ctx.actor.membershipId });

/**
 * "My referrals": every referral the caller owns, however it began (a mark on a contact, a request
 * they answered, Refer someone, an agent's submission, a share link), with its job, date, a status
 * in the referrer's words and the bonus state; never the recruiter's notes or a rejection reason.
 * The first page also carries the jobs their referred people applied to by themselves, when the
 * referral policy says so.
 */
export async function listMyReferrals(ctx: Ctx, filter: MyReferralFilter): Promise<TMyReferralPage> {
  const page = await listOwnReferrals(ctx.db, referrerOf(ctx), filter);
  if (filter.cursor || (filter.outcome && filter.outcome !== 'waiting')) return page;
  const selfApplied = await selfAppliedReferrals(ctx);
  if (!selfApplied.length) return page;
  const items = [...page.items, ...selfApplied].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { ...page, items };
}

/**
 * One of the caller's marks, locked. Someone else's referral is a 404, in this company or another;
 * a referral that did not start as a mark on a contact (a request, a submission) is changed elsewhere.
 */
async function lockOwnMark(tx: Db, who: Referrer, referralId: string) {
  const referral = await lockOwnReferral(tx, who, { id: referralId });
  if (!referral) throw notFound();
  if (!isNetworkMark(referral.source)) throw new AppError('referral.not_yours_to_change');
  return referral;
}

export async function updateMyReferral(ctx: Ctx, referralId: string, changes: MarkChanges): Promise<TMyReferral> {
  const who = referrerOf(ctx);
  return ctx.db.transaction(async (tx) => {
    await applyMarkChanges(tx, who, await lockOwnMark(tx, who, referralId), changes);
    const referral = await loadOwnReferral(tx, who, referralId);
    if (!referral) throw notFound();
    return referral;
  });
}

/**
 * Takes a mark back. Nobody has used it yet: it is deleted, and its contact is set aside as skipped
 * so it does not come straight back to triage. A recruiter already acted on it: it stays in their
 * history as `withdrawn` and leaves the active lists.
 */
export async function withdrawMyReferral(ctx: Ctx, referralId: string): Promise<TWithdrawReferralResult> {
  const who = referrerOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const referral = await lockOwnMark(tx, who, referralId);
    if (referral.status === 'passed_on' && !referral.actedAt) {
      await deleteReferral(tx, who.companyId, referral.id);
      if (referral.contactId) await setContactSkipped(tx, who.companyId, referral.contactId, true);
      return { withdrawn: 'deleted' };
    }
    if (referral.status !== 'withdrawn') {
      await moveReferralStatus(tx, {
        companyId: who.companyId,
        referralId: referral.id,
        to: 'withdrawn',
        actorMembershipId: who.membershipId,
      });
      await updateReferral(tx, who.companyId, referral.id, { active: false });
    }
    return { withdrawn: 'closed' };
  });
}

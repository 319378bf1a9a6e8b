import type { TLanguage } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { consumeLinkToken, issueLinkToken, peekLinkToken } from '../../tenancy/index.ts';
import { companyNames, findWithdrawSubject, listOpenRowsOf } from '../intake.repo.ts';
import { updateReferral } from '../marks.repo.ts';
import { moveReferralStatus } from '../referral-status.ts';

const WITHDRAW_LINK_DAYS = 180;
const linkGone = () => new AppError('answer_link.gone');

/**
 * The referred person's short email, in their language, queued in the referral's transaction: who
 * referred them, what happens next, and a withdraw link (a page whose button withdraws; opening the
 * link changes nothing, so a mail scanner cannot withdraw anyone).
 */
export async function sendReferralReceived(
  tx: Db,
  input: {
    companyId: string;
    referralId: string;
    to: string;
    language: TLanguage;
    personFirstName: string;
    referrerName: string;
    jobTitles: string[];
    publicUrl: string;
  },
) {
  const company = await companyNames(tx, input.companyId);
  const token = await issueLinkToken(tx, {
    purpose: 'referral_withdraw',
    companyId: input.companyId,
    subjectId: input.referralId,
    ttlMs: WITHDRAW_LINK_DAYS * 86_400_000,
  });
  await enqueueEmail(tx, {
    companyId: input.companyId,
    to: input.to,
    language: input.language,
    template: 'referral_received',
    data: {
      personFirstName: input.personFirstName,
      referrerName: input.referrerName,
      companyName: company.name,
      jobTitles: input.jobTitles,
      withdrawUrl: `${input.publicUrl}/withdraw-referral?token=${token}`,
    },
    senderName: company.senderName ?? company.name,
  });
}

/** What the withdraw page shows before the button is pressed. */
export async function withdrawLinkInfo(ctx: PublicCtx, token: string) {
  const link = await peekLinkToken(ctx.db, token, 'referral_withdraw');
  if (!link?.companyId || !link.subjectId) throw linkGone();
  const subject = await findWithdrawSubject(ctx.db, link.companyId, link.subjectId);
  if (!subject) throw linkGone();
  return { companyName: subject.companyName, referrerName: subject.referrerName, language: 'en' as const };
}

/** The person withdraws: every open row of this referral about them is withdrawn and leaves the active lists. */
export async function withdrawByLink(ctx: PublicCtx, token: string) {
  return ctx.db.transaction(async (tx) => {
    const link = await consumeLinkToken(tx, token, 'referral_withdraw');
    if (!link?.companyId || !link.subjectId) throw linkGone();
    const subject = await findWithdrawSubject(tx, link.companyId, link.subjectId);
    if (!subject?.candidateId) throw linkGone();
    for (const referralId of await listOpenRowsOf(tx, link.companyId, subject.candidateId, subject.referrer)) {
      await moveReferralStatus(tx, { companyId: link.companyId, referralId, to: 'withdrawn', actorMembershipId: null });
      await updateReferral(tx, link.companyId, referralId, { active: false });
    }
    return { ok: true as const };
  });
}

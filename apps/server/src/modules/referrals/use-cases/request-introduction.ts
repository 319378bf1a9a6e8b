import type { TNetworkReferralDetail, TReferralStatus } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { getCompany, issueLinkToken, revokeLinkTokens } from '../../tenancy/index.ts';
import { lockIntroductionTarget, setRecruiter } from '../introductions.repo.ts';
import { listReferralEvents, loadNetworkReferral } from '../network-referrals.repo.ts';
import { moveReferralStatus } from '../referral-status.ts';

export const INTRODUCTION_LINK_TTL_DAYS = 30;

/** A new request, or a resend of one the employee has not answered yet. */
const REQUESTABLE: readonly TReferralStatus[] = ['passed_on', 'introduction_requested'];

/** The page the email's buttons open; the answer rides on the link, the token is the same. */
export const introductionAnswerUrl = (config: Pick<Config, 'publicUrl'>, token: string, answer: string) =>
  `${config.publicUrl}/introductions/answer?token=${token}&answer=${answer}`;

/**
 * "Request introduction": asks the employee who offered an email introduction to make it. In one
 * transaction the referral moves to `introduction_requested` (the message is kept in its timeline),
 * any earlier answer link stops working, and the email to the employee is queued.
 */
export async function requestIntroduction(
  ctx: Ctx,
  referralId: string,
  input: { message: string | null },
): Promise<TNetworkReferralDetail> {
  await ctx.db.transaction(async (tx) => {
    const referral = await lockIntroductionTarget(tx, ctx.tenantId, referralId);
    if (!referral) throw notFound('referral.not_found');
    if (referral.source !== 'email_introduction') throw new AppError('introduction.not_email');
    if (!referral.active) throw new AppError('introduction.withdrawn');
    if (!REQUESTABLE.includes(referral.status)) throw new AppError('introduction.moved_on');
    if (!referral.referrerMembershipId || referral.referrerStatus !== 'active' || !referral.referrerEmail)
      throw new AppError('introduction.referrer_inactive');

    await moveReferralStatus(tx, {
      companyId: ctx.tenantId,
      referralId,
      to: 'introduction_requested',
      actorMembershipId: ctx.actor.membershipId,
      note: input.message,
    });
    await setRecruiter(tx, ctx.tenantId, referralId, ctx.actor.membershipId);

    await revokeLinkTokens(tx, 'introduction_answer', { companyId: ctx.tenantId, subjectId: referralId });
    const token = await issueLinkToken(tx, {
      purpose: 'introduction_answer',
      companyId: ctx.tenantId,
      membershipId: referral.referrerMembershipId,
      subjectId: referralId,
      ttlMs: INTRODUCTION_LINK_TTL_DAYS * 86_400_000,
    });
    const company = (await getCompany(tx, ctx.tenantId))!;
    const recruiterName = ctx.actor.name || ctx.actor.email;
    await enqueueEmail(tx, {
      companyId: ctx.tenantId,
      to: referral.referrerEmail,
      language: referral.referrerLanguage,
      template: 'introduction_request',
      data: {
        referrerName: referral.referrerName ?? '',
        recruiterName,
        recruiterEmail: ctx.actor.email,
        companyName: company.name,
        person: {
          name: `${referral.firstName} ${referral.lastName}`.trim(),
          position: referral.position,
          company: referral.company,
        },
        jobTitle: referral.jobTitle,
        message: input.message,
        introducedUrl: introductionAnswerUrl(ctx.config, token, 'introduced'),
        declinedUrl: introductionAnswerUrl(ctx.config, token, 'declined'),
        expiresInDays: INTRODUCTION_LINK_TTL_DAYS,
      },
      // The employee's reply goes to the recruiter who asked, not to a shared inbox.
      replyTo: ctx.actor.email,
      senderName: company.senderName ?? company.name,
    });
  });
  // The drawer's detail, from the same reads as the recruiters' list.
  const referral = (await loadNetworkReferral(ctx.db, ctx.tenantId, referralId))!;
  return { ...referral, events: await listReferralEvents(ctx.db, ctx.tenantId, referralId) };
}

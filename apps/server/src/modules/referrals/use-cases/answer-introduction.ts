import type { TIntroductionAnswer, TIntroductionAnswerInfo, TIntroductionAnswerResult } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { consumeLinkToken, peekLinkToken } from '../../tenancy/index.ts';
import { findAnswerSubject } from '../introductions.repo.ts';
import { moveReferralStatus } from '../referral-status.ts';

type AnswerLink = NonNullable<Awaited<ReturnType<typeof peekLinkToken>>>;

const linkGone = () => new AppError('token_invalid', 'This link has already been used or has expired.');

/**
 * The referral a link is about, while it can still be answered: the referral exists and the link
 * was sent to the employee who still refers it and still works there.
 */
async function subjectOf(db: Db, link: AnswerLink | null) {
  if (!link?.companyId || !link.subjectId || !link.membershipId) return null;
  const subject = await findAnswerSubject(db, link.companyId, link.subjectId);
  if (!subject || subject.referrerMembershipId !== link.membershipId || subject.referrerStatus !== 'active')
    return null;
  return { ...subject, companyId: link.companyId, referrerMembershipId: link.membershipId };
}

const infoOf = (subject: NonNullable<Awaited<ReturnType<typeof subjectOf>>>): TIntroductionAnswerInfo => ({
  contactName: subject.contactName,
  companyName: subject.companyName,
  recruiterName: subject.recruiterName,
  language: subject.language,
});

/** What the answer page is about, without using the link up. */
export async function introductionAnswerInfo(ctx: PublicCtx, token: string): Promise<TIntroductionAnswerInfo> {
  const subject = await subjectOf(ctx.db, await peekLinkToken(ctx.db, token, 'introduction_answer'));
  if (!subject) throw linkGone();
  return infoOf(subject);
}

/**
 * The employee's one click. The link works once (of two concurrent clicks exactly one gets here),
 * and the answer moves the referral only if it still waits for it: a recruiter who meanwhile moved
 * it on keeps their status, and the employee is still thanked.
 */
export async function answerIntroduction(
  ctx: PublicCtx,
  token: string,
  answer: TIntroductionAnswer,
): Promise<TIntroductionAnswerResult> {
  return ctx.db.transaction(async (tx) => {
    const subject = await subjectOf(tx, await consumeLinkToken(tx, token, 'introduction_answer'));
    if (!subject) throw linkGone();
    const previous = await moveReferralStatus(tx, {
      companyId: subject.companyId,
      referralId: subject.id,
      to: answer === 'introduced' ? 'introduced' : 'introduction_declined',
      actorMembershipId: subject.referrerMembershipId,
      onlyFrom: 'introduction_requested',
    });
    if (previous === null)
      ctx.log.info(
        { referralId: subject.id, status: subject.status },
        'introduction answer came after the referral moved on',
      );
    return { ...infoOf(subject), answer, recorded: previous !== null };
  });
}

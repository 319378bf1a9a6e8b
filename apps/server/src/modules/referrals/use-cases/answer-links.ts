import type {
  TIntroductionAnswer,
  TIntroductionAnswerInfo,
  TReferralRequestAnswer,
  TReferralStatus,
} from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { consumeLinkToken, peekLinkToken } from '../../tenancy/index.ts';
import type { LinkPurpose } from '../../tenancy/link-tokens.ts';
import { findAnswerSubject } from '../introductions.repo.ts';
import { moveReferralStatus } from '../referral-status.ts';

/**
 * One-click answers from an email to the referrer (an introduction request, a referral request): a
 * single-use link whose token names the referral and the referrer, and the status each answer
 * moves the referral to while it still waits for one.
 */
export type AnswerLinkKind<A extends string> = {
  purpose: LinkPurpose;
  /** The status the referral waits for an answer in; a later move keeps its status. */
  waitsIn: TReferralStatus;
  moves: Record<A, TReferralStatus>;
  /** For the log line when an answer came too late. */
  name: string;
};

type AnswerLink = NonNullable<Awaited<ReturnType<typeof peekLinkToken>>>;

const linkGone = () => new AppError('token_invalid', 'This link has already been used or has expired.');

/**
 * The referral a link is about, while it can still be answered: the referral exists and the link
 * was sent to the member who still refers it and still works there.
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
export async function answerLinkInfo<A extends string>(
  ctx: PublicCtx,
  kind: AnswerLinkKind<A>,
  token: string,
): Promise<TIntroductionAnswerInfo> {
  const subject = await subjectOf(ctx.db, await peekLinkToken(ctx.db, token, kind.purpose));
  if (!subject) throw linkGone();
  return infoOf(subject);
}

/**
 * The referrer's one click. The link works once (of two concurrent clicks exactly one gets here),
 * and the answer moves the referral only if it still waits for it: a recruiter who meanwhile moved
 * it on keeps their status, and the referrer is still thanked. The referrer is the timeline's actor.
 */
export async function recordLinkAnswer<A extends string>(
  ctx: PublicCtx,
  kind: AnswerLinkKind<A>,
  token: string,
  answer: A,
) {
  return ctx.db.transaction(async (tx) => {
    const subject = await subjectOf(tx, await consumeLinkToken(tx, token, kind.purpose));
    if (!subject) throw linkGone();
    const previous = await moveReferralStatus(tx, {
      companyId: subject.companyId,
      referralId: subject.id,
      to: kind.moves[answer],
      actorMembershipId: subject.referrerMembershipId,
      onlyFrom: kind.waitsIn,
    });
    if (previous === null)
      ctx.log.info(
        { referralId: subject.id, status: subject.status },
        `${kind.name} answer came after the referral moved on`,
      );
    return { ...infoOf(subject), answer, recorded: previous !== null };
  });
}

/** The employee's answer to "please make the introduction you offered". */
export const INTRODUCTION_ANSWER: AnswerLinkKind<TIntroductionAnswer> = {
  purpose: 'introduction_answer',
  waitsIn: 'introduction_requested',
  moves: { introduced: 'introduced', declined: 'introduction_declined' },
  name: 'introduction',
};

/** The colleague's answer to a referral request: they will reach out, or do not know the candidate well enough. */
export const REFERRAL_REQUEST_ANSWER: AnswerLinkKind<TReferralRequestAnswer> = {
  purpose: 'referral_request_answer',
  waitsIn: 'refer_request_sent',
  moves: { will_reach_out: 'referrer_contacted', not_well_enough: 'referrer_declined' },
  name: 'referral request',
};

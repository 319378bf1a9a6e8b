import type {
  TIntroductionAnswer,
  TIntroductionAnswerInfo,
  TOneClickAnswer,
  TReferralRequestAnswer,
  TReferralStatus,
} from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import type { LinkPurpose } from '../../tenancy/index.ts';
import { consumeLinkToken, peekLinkToken } from '../../tenancy/index.ts';
import { findAnswerSubject } from '../introductions.repo.ts';
import { moveReferralStatus, recordLateAnswer } from '../referral-status.ts';

/**
 * One-click answers from an email to the referrer (an introduction request, a referral request): a
 * single-use link whose token names the referral and the referrer, and the status each answer
 * moves the referral to while it still waits for one.
 */
export type AnswerLinkKind<A extends TOneClickAnswer> = {
  purpose: LinkPurpose;
  /** The status the referral waits for an answer in; a later move keeps its status. */
  waitsIn: TReferralStatus;
  moves: Record<A, TReferralStatus>;
  /** For the log line when an answer came late. */
  name: string;
};

type AnswerLink = NonNullable<Awaited<ReturnType<typeof peekLinkToken>>>;

const linkGone = () => new AppError('answer_link.gone');

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

type AnswerSubject = NonNullable<Awaited<ReturnType<typeof subjectOf>>>;

const infoOf = (subject: AnswerSubject): TIntroductionAnswerInfo => ({
  contactName: subject.contactName,
  companyName: subject.companyName,
  recruiterName: subject.recruiterName,
  language: subject.language,
});

/** What the answer page is about, without using the link up. */
export async function answerLinkInfo<A extends TOneClickAnswer>(
  ctx: PublicCtx,
  kind: AnswerLinkKind<A>,
  token: string,
): Promise<TIntroductionAnswerInfo> {
  const subject = await subjectOf(ctx.db, await peekLinkToken(ctx.db, token, kind.purpose));
  if (!subject) throw linkGone();
  return infoOf(subject);
}

/**
 * The referrer's press of an answer button on the page the email's link opened (never the opening
 * itself, which a mail scanner may do). The link works once: of two concurrent presses exactly one
 * gets here. The answer moves the referral only while it still waits for one; a recruiter who
 * meanwhile moved it on keeps their status, and the answer is kept in the timeline all the same.
 * Either way the recruiter who asked is emailed. The referrer is the timeline's actor.
 */
export async function recordLinkAnswer<A extends TOneClickAnswer>(
  ctx: PublicCtx,
  kind: AnswerLinkKind<A>,
  token: string,
  answer: A,
) {
  return ctx.db.transaction(async (tx) => {
    const subject = await subjectOf(tx, await consumeLinkToken(tx, token, kind.purpose));
    if (!subject) throw linkGone();
    const answered = { companyId: subject.companyId, referralId: subject.id, answer };
    const actorMembershipId = subject.referrerMembershipId;
    const previous = await moveReferralStatus(tx, {
      ...answered,
      to: kind.moves[answer],
      actorMembershipId,
      onlyFrom: kind.waitsIn,
    });
    const statusChanged = previous !== null;
    const status = statusChanged ? kind.moves[answer] : await recordLateAnswer(tx, { ...answered, actorMembershipId });
    if (!statusChanged) ctx.log.info({ referralId: subject.id, status }, `${kind.name} answer came after a move`);
    const recruiterTold =
      status !== null && (await tellRecruiter(tx, ctx.config, subject, { answer, status, late: !statusChanged }));
    return { ...infoOf(subject), answer, statusChanged, recruiterTold };
  });
}

/**
 * The recruiter who asked hears of every answer, in their language; one who left is not written to.
 * Returns whether an email was queued, so the page never claims the recruiter was told when not.
 */
async function tellRecruiter(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  subject: AnswerSubject,
  outcome: { answer: TOneClickAnswer; status: TReferralStatus; late: boolean },
) {
  if (!subject.recruiter) return false;
  await enqueueEmail(tx, {
    companyId: subject.companyId,
    to: subject.recruiter.email,
    language: subject.recruiter.language,
    template: 'referral_answered',
    data: {
      recruiterName: subject.recruiter.name,
      referrerName: subject.referrerName,
      personName: subject.contactName,
      ...outcome,
      url: `${config.publicUrl}/referrals?open=${subject.id}`,
    },
    senderName: subject.companySenderName ?? subject.companyName,
  });
  return true;
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

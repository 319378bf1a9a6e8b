import type {
  TBonusState,
  TCheckAttentionReason,
  TNotificationKind,
  TReferrerStage,
  TRequestAnswer,
} from '@vouch/contracts';

const forJob = (job: string | null) => (job ? ` for ${job}` : '');

/** What a referrer (or, for answers, a recruiter) is told of a referral's change (English). */
export const noticesEn = {
  locale: 'en-GB',
  subject: {
    referral_stage: (person: string) => `News about your referral of ${person}`,
    referral_owner_in: (person: string) => `The referral of ${person} is now yours`,
    referral_owner_out: (person: string) => `The referral of ${person} has moved to another referrer`,
    referral_bonus: (person: string) => `The bonus for your referral of ${person}`,
    request_answered: (person: string) => `Your colleague answered about ${person}`,
    check_attention: (person: string) => `The reference check for ${person} needs attention`,
    erasure_requested: () => 'A request to erase personal data',
  } satisfies Record<TNotificationKind, (person: string) => string>,
  stage: {
    received: 'received',
    introduction_requested: 'introduction requested',
    in_touch: 'in touch with the recruiter',
    applied: 'applied',
    interviewing: 'interviewing',
    offer: 'at the offer stage',
    hired: 'hired',
    closed: 'closed (not moving forward)',
  } satisfies Record<TReferrerStage, string>,
  bonus: {
    pending: 'pending until the waiting period after the start date has passed',
    eligible: 'eligible for payout',
    approved: 'approved for payout',
    paid: 'paid',
    forfeited: 'forfeited',
  } satisfies Record<TBonusState, string>,
  answers: {
    will_reach_out: 'I’ll reach out',
    not_well_enough: 'I don’t know them well enough',
    introduced: 'I’ve introduced them',
    declined: 'I can’t introduce them',
  } satisfies Record<TRequestAnswer, string>,
  attention: {
    referee_declined: 'a referee declined, and the candidate was asked to name a replacement',
    referee_bounced: 'a referee could not be reached, and the candidate was asked to correct or replace them',
    referee_silent: 'a referee has not answered after every reminder, and the candidate was asked for a replacement',
    candidate_silent: 'the candidate has not answered after every reminder',
    candidate_unreachable: 'a message to the candidate could not be delivered: check their contact details',
  } satisfies Record<TCheckAttentionReason, string>,
  line: {
    referral_stage: (person: string, job: string | null, stage: string) =>
      `Your referral of ${person}${forJob(job)} is now: ${stage}.`,
    referral_owner_in: (person: string, job: string | null) =>
      `An administrator made you the referrer of ${person}${forJob(job)}.`,
    referral_owner_out: (person: string, job: string | null) =>
      `An administrator moved the referral of ${person}${forJob(job)} to another referrer.`,
    referral_bonus: (person: string, job: string | null, bonus: string) =>
      `The bonus for your referral of ${person}${forJob(job)} is ${bonus}.`,
    request_answered: (person: string, colleague: string, answer: string) =>
      `${colleague} answered your request about ${person}: “${answer}”.`,
    check_attention: (person: string, why: string) => `The reference check for ${person} needs attention: ${why}.`,
    erasure_requested:
      'A candidate or referee asked to have their data erased. It happens automatically on the due date unless you record a legal reason to keep it (Company settings → Privacy).',
  },
  someone: 'someone you referred',
  colleague: 'Your colleague',
  digestSubject: (count: number) =>
    count === 1 ? 'One update on your referrals' : `${count} updates on your referrals`,
  digestIntro: (count: number) =>
    count === 1
      ? 'Here is what happened since your last digest:'
      : `Here are ${count} things that happened since your last digest:`,
  more: (count: number) => `…and ${count} more in Vouch.`,
  button: 'Open Vouch',
  why: 'You get this email because you referred someone in Vouch or asked a colleague for a referral. Choose “each change” or “daily digest” in My settings.',
};

export type NoticeStrings = typeof noticesEn;

import type { TOneClickAnswer, TReferralStatus } from '@vouch/contracts';

/** What a recruiter is told when a referrer answers from an email's buttons (English). */
export const referralAnswersEn = {
  subject: {
    introduced: (referrer: string, person: string) => `${referrer} introduced ${person}`,
    declined: (referrer: string, person: string) => `${referrer} can’t introduce ${person}`,
    will_reach_out: (referrer: string, person: string) => `${referrer} will reach out to ${person}`,
    not_well_enough: (referrer: string, person: string) => `${referrer} doesn’t know ${person} well enough`,
  } satisfies Record<TOneClickAnswer, (referrer: string, person: string) => string>,
  answered: (referrer: string, answer: string) => `${referrer} answered your request from the email: “${answer}”.`,
  answers: {
    introduced: 'I’ve introduced them',
    declined: 'I can’t introduce them',
    will_reach_out: 'I’ll reach out',
    not_well_enough: 'I don’t know them well enough',
  } satisfies Record<TOneClickAnswer, string>,
  moved: (status: string) => `The referral is now “${status}”.`,
  late: (status: string) =>
    `You had already moved the referral on to “${status}”, so its status stays as you set it. The answer is kept in its timeline.`,
  button: 'Open the referral',
  why: 'You get this email because you asked for this referral or introduction in Vouch.',
  status: {
    passed_on: 'Passed on',
    introduction_requested: 'Introduction requested',
    introduced: 'Introduced',
    introduction_declined: 'Introduction declined',
    recruiter_contacted: 'Contacted',
    refer_request_sent: 'Request sent',
    referrer_contacted: 'Referrer contacted candidate',
    referrer_declined: 'Referrer does not know them well enough',
    candidate_interested: 'Interested',
    candidate_not_interested: 'Not interested',
    applied: 'Applied',
    interviewing: 'Interviewing',
    offer: 'Offer',
    hired: 'Hired',
    not_hired: 'Not hired',
    withdrawn: 'Withdrawn',
  } satisfies Record<TReferralStatus, string>,
};

export type ReferralAnswerStrings = typeof referralAnswersEn;

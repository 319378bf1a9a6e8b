import type { TOneClickAnswer, TReferralStatus } from '@vouch/contracts';
import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type ReferralAnsweredData = {
  recruiterName: string;
  referrerName: string;
  personName: string;
  answer: TOneClickAnswer;
  /** The referral's status after the answer. */
  status: TReferralStatus;
  /** True when the recruiter had already moved the referral on, so the answer left the status as it was. */
  late: boolean;
  url: string;
};

/** To the recruiter who asked, after every one-click answer of the referrer, also one that came late. */
export function referralAnswered(data: ReferralAnsweredData, t: Strings): EmailContent {
  const s = t.referralAnswers;
  const status = s.status[data.status];
  const answered = s.answered(data.referrerName, s.answers[data.answer]);
  return {
    subject: s.subject[data.answer](data.referrerName, data.personName),
    preview: answered,
    paragraphs: [t.greeting(data.recruiterName), answered, data.late ? s.late(status) : s.moved(status)],
    button: { label: s.button, url: data.url },
    notes: [s.why],
  };
}

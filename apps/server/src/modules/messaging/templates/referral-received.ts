import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type ReferralReceivedData = {
  personFirstName: string;
  referrerName: string;
  companyName: string;
  jobTitles: string[];
  withdrawUrl: string;
};

/** To a referred person: who referred them, what happens next, and how to withdraw. */
export function referralReceived(data: ReferralReceivedData, t: Strings): EmailContent {
  const s = t.referralReceived;
  const intro = s.intro(data.referrerName, data.companyName, data.jobTitles);
  return {
    subject: s.subject(data.referrerName, data.companyName),
    preview: intro,
    paragraphs: [t.greeting(data.personFirstName), intro, s.next, s.withdraw],
    button: { label: s.button, url: data.withdrawUrl },
    notes: [s.why(data.companyName)],
  };
}

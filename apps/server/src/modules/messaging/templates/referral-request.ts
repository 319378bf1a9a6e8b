import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type ReferralRequestData = {
  /** The recruiter's email as they wrote it, rendered from the company's template: plain text. */
  subject: string;
  body: string;
  recruiterFirstName: string;
  recruiterEmail: string;
  companyName: string;
  /** The same single-use link twice, each with the answer it gives. */
  willReachOutUrl: string;
  notWellEnoughUrl: string;
  expiresInDays: number;
};

/**
 * To a colleague: a recruiter asks them to refer a candidate they know. The body is the recruiter's;
 * around it go the two one-click answers and a button to reply to the recruiter directly.
 */
export function referralRequest(data: ReferralRequestData, t: Strings): EmailContent {
  const s = t.referralRequest;
  const paragraphs = data.body.split(/\n{2,}/).filter((p) => p.trim());
  const reply = `mailto:${data.recruiterEmail}?subject=${encodeURIComponent(`Re: ${data.subject}`)}`;
  return {
    subject: data.subject,
    preview: paragraphs[1] ?? paragraphs[0] ?? data.subject,
    paragraphs: [...paragraphs, s.answer],
    buttons: [
      { label: s.willReachOut, url: data.willReachOutUrl },
      { label: s.notWellEnough, url: data.notWellEnoughUrl },
      { label: s.reply(data.recruiterFirstName, data.companyName), url: reply },
    ],
    notes: [s.expires(data.expiresInDays)],
  };
}

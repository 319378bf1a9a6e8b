import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type IntroductionRequestData = {
  referrerName: string;
  recruiterName: string;
  recruiterEmail: string;
  companyName: string;
  person: { name: string; position: string | null; company: string | null };
  jobTitle: string | null;
  message: string | null;
  /** The same single-use link twice, each with the answer it gives. */
  introducedUrl: string;
  declinedUrl: string;
  expiresInDays: number;
};

/** To the employee: a recruiter asks them to make the introduction they offered. */
export function introductionRequest(data: IntroductionRequestData, t: Strings): EmailContent {
  const s = t.introductionRequest;
  const intro = s.intro(data.recruiterName, data.companyName, data.person.name);
  return {
    subject: s.subject(data.recruiterName, data.person.name),
    preview: intro,
    paragraphs: [
      t.greeting(data.referrerName),
      intro,
      s.who(t.personLine(data.person.name, data.person.position, data.person.company)),
      ...(data.jobTitle ? [s.role(data.jobTitle)] : []),
      ...(data.message ? [s.message(data.recruiterName, data.message)] : []),
      s.how(data.recruiterName, data.recruiterEmail),
    ],
    buttons: [
      { label: s.introduced, url: data.introducedUrl },
      { label: s.declined, url: data.declinedUrl },
    ],
    notes: [s.expires(data.expiresInDays)],
  };
}

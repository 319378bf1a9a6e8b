import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type OverdueIntroduction = {
  name: string;
  position: string | null;
  company: string | null;
  referrerName: string;
  /** ISO timestamp, shown in the company's time zone. */
  dueAt: string;
};

export type IntroductionsOverdueData = {
  recruiterName: string;
  timeZone: string;
  items: OverdueIntroduction[];
  url: string;
};

/** A long list stays readable; the button leads to all of them. */
const LISTED = 20;

/** To a responsible recruiter, once per introduction: these passed their deadline. */
export function introductionsOverdue(data: IntroductionsOverdueData, t: Strings): EmailContent {
  const s = t.introductionsOverdue;
  const due = new Intl.DateTimeFormat(s.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: data.timeZone });
  const count = data.items.length;
  const lines = data.items
    .slice(0, LISTED)
    .map((i) => s.item(t.personLine(i.name, i.position, i.company), i.referrerName, due.format(new Date(i.dueAt))));
  return {
    subject: s.subject(count),
    preview: s.intro(count),
    paragraphs: [
      t.greeting(data.recruiterName),
      s.intro(count),
      ...lines,
      ...(count > LISTED ? [s.more(count - LISTED)] : []),
    ],
    button: { label: s.button, url: data.url },
    notes: [s.once],
  };
}

import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type StaleReferral = {
  name: string;
  position: string | null;
  company: string | null;
  jobTitle: string | null;
  /** ISO timestamp of the last status change, shown in the company's time zone. */
  statusChangedAt: string;
};

export type ReferralsStaleData = {
  recruiterName: string;
  timeZone: string;
  days: number;
  items: StaleReferral[];
  url: string;
};

/** A long list stays readable; the button leads to all of them. */
const LISTED = 20;

/** To a referral's recruiter, once per referral: these have not moved for the company's number of days. */
export function referralsStale(data: ReferralsStaleData, t: Strings): EmailContent {
  const s = t.referralsStale;
  const day = new Intl.DateTimeFormat(s.locale, { dateStyle: 'medium', timeZone: data.timeZone });
  const count = data.items.length;
  const lines = data.items
    .slice(0, LISTED)
    .map((i) =>
      s.item(t.personLine(i.name, i.position, i.company), i.jobTitle, day.format(new Date(i.statusChangedAt))),
    );
  return {
    subject: s.subject(count),
    preview: s.intro(count, data.days),
    paragraphs: [
      t.greeting(data.recruiterName),
      s.intro(count, data.days),
      ...lines,
      ...(count > LISTED ? [s.more(count - LISTED)] : []),
    ],
    button: { label: s.button, url: data.url },
    notes: [s.once],
  };
}

import type { TCheckChannel, TLanguage } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { type CheckAbout, findCheckContext } from './check-context.repo.ts';
import type { referenceChecks } from './references.tables.ts';

type CheckRow = typeof referenceChecks.$inferSelect;

/** What every message about a check shares: who sends it, about whom, until when, by which channels. */

export const sendsEmail = (channel: TCheckChannel) => channel === 'email' || channel === 'email_and_sms';

export const sendsSms = (channel: TCheckChannel) => channel === 'sms' || channel === 'email_and_sms';

/** Everything a message about a check needs: who sends it, about whom, until when. */
export async function loadCheckContext(db: Db, companyId: string, checkId: string) {
  const row = await findCheckContext(db, companyId, checkId);
  return row ? checkContextOf(row.check, row) : null;
}

/** The context of a check whose `CheckAbout` came with its row (a new check's insert returns it). */
export function checkContextOf(check: CheckRow, about: CheckAbout) {
  // A sub-account speaks as itself: its sender name, else its own name; otherwise the company's.
  const senderName = about.subAccountName
    ? (about.subAccountSender ?? about.subAccountName)
    : (about.companySender ?? about.companyName);
  return { ...about, check, senderName };
}

export type CheckContext = ReturnType<typeof checkContextOf>;

const LOCALES: Record<TLanguage, string> = { en: 'en-GB', sv: 'sv-SE' };

// Building a formatter (loading its locale data) costs far more than formatting with it: a check's
// start spent about 0.5 ms of its Node time here. One per language and time zone, a few hundred at most.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(date: Date, language: TLanguage, timeZone: string) {
  const key = `${language} ${timeZone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone });
    dayFormats.set(key, format);
  }
  return format.format(date);
}

import type { ZVerification } from '@vouch/contracts';
import type { z } from 'zod';
import { emailDomain, isFreeMail } from './free-mail.ts';

/** Legal-form and filler words dropped from a company name before comparing it with an email domain. */
const COMPANY_SUFFIXES = new Set([
  'ab',
  'publ',
  'hb',
  'kb',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'as',
  'asa',
  'aps',
  'oy',
  'oyj',
  'sa',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'co',
  'corp',
  'corporation',
  'company',
  'group',
  'the',
  'och',
  'and',
]);

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** "Northwind Traders AB" → ["northwind", "traders"]. */
function companyWords(company: string): string[] {
  return fold(company)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !COMPANY_SUFFIXES.has(w));
}

/** "mail.northwind-traders.co.uk" → ["northwindtraders", "mail"]: labels without the TLD, dashes dropped. */
function domainNames(domain: string): string[] {
  const labels = fold(domain).split('.');
  // Drop the TLD, and a second-level "co"/"com"/"ac" before a country code.
  labels.pop();
  if (labels.length > 1 && ['co', 'com', 'ac', 'org', 'net'].includes(labels[labels.length - 1])) labels.pop();
  return labels.map((l) => l.replace(/[^a-z0-9]/g, '')).filter((l) => l.length >= 2);
}

/** Whether a work email's domain looks like the claimed company (whole name, or its first word). */
export function domainMatchesCompany(email: string, company: string): boolean {
  const domain = emailDomain(email);
  if (!domain) return false;
  const words = companyWords(company);
  if (!words.length) return false;
  const joined = words.join('');
  const initials = words.length > 1 ? words.map((w) => w[0]).join('') : null;
  return domainNames(domain).some(
    (label) =>
      label === joined ||
      (words[0].length >= 3 && label === words[0]) ||
      (label.length >= 4 && joined.startsWith(label)) ||
      (label.length >= 4 && label.startsWith(joined)) ||
      (initials !== null && initials.length >= 2 && label === initials),
  );
}

/** How far a referee's identity is backed by their contact details, for the report. */
export function refereeVerification(referee: {
  email: string | null;
  company: string | null;
}): z.infer<typeof ZVerification> {
  if (!referee.email) return 'unverified';
  if (isFreeMail(referee.email)) return 'free_mail';
  if (referee.company && domainMatchesCompany(referee.email, referee.company)) return 'work_email_matches_company';
  return 'unverified';
}

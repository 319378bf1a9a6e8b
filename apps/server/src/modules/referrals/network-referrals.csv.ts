import type { TLanguage, TNetworkReferral } from '@vouch/contracts';
import { stringify } from 'csv-stringify/sync';

/** A download holds at most this many rows; the last line says when there were more. */
export const EXPORT_ROW_LIMIT = 10_000;

const COLUMNS = [
  'firstName',
  'lastName',
  'email',
  'linkedinUrl',
  'phone',
  'position',
  'company',
  'skills',
  'source',
  'referrer',
  'loveToWorkAgain',
  'note',
  'job',
  'department',
  'status',
  'overdue',
  'dueAt',
  'createdAt',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADERS: Record<TLanguage, Record<Column, string> & { truncated: string }> = {
  en: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    linkedinUrl: 'LinkedIn',
    phone: 'Phone',
    position: 'Position',
    company: 'Company',
    skills: 'Skills',
    source: 'Passed on as',
    referrer: 'Referred by',
    loveToWorkAgain: 'Would love to work with again',
    note: 'Note',
    job: 'Job',
    department: 'Department',
    status: 'Status',
    overdue: 'Overdue',
    dueAt: 'Due',
    createdAt: 'Passed on',
    truncated: `Only the first ${EXPORT_ROW_LIMIT.toLocaleString('en')} rows are exported; narrow the filters for the rest.`,
  },
  sv: {
    firstName: 'Förnamn',
    lastName: 'Efternamn',
    email: 'E-post',
    linkedinUrl: 'LinkedIn',
    phone: 'Telefon',
    position: 'Befattning',
    company: 'Företag',
    skills: 'Kompetenser',
    source: 'Tipsad som',
    referrer: 'Tipsad av',
    loveToWorkAgain: 'Vill gärna jobba med igen',
    note: 'Anteckning',
    job: 'Tjänst',
    department: 'Avdelning',
    status: 'Status',
    overdue: 'Försenad',
    dueAt: 'Senast',
    createdAt: 'Tipsad',
    truncated: `Bara de första ${EXPORT_ROW_LIMIT.toLocaleString('sv')} raderna exporteras; smalna av filtren för resten.`,
  },
};

const yesNo = { en: ['yes', 'no'], sv: ['ja', 'nej'] } as const;

/**
 * The recruiters' list as a spreadsheet. A cold prospect's referrer cell is empty because the row
 * never carries one (see network-referrals.repo.ts). Cells that begin with = + - @ are prefixed with
 * a quote so a spreadsheet shows them as text instead of running them as formulas; the byte order
 * mark makes Excel read the file as UTF-8.
 */
export function networkReferralsCsv(items: TNetworkReferral[], language: TLanguage, truncated: boolean): string {
  const headers = HEADERS[language];
  const [yes, no] = yesNo[language];
  const records = items.map((r) => {
    const cells: Record<Column, string> = {
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email ?? '',
      linkedinUrl: r.linkedinUrl ?? '',
      phone: r.phone ?? '',
      position: r.position ?? '',
      company: r.company ?? '',
      skills: r.skills.join(', '),
      source: r.source,
      referrer: r.referrer?.name ?? '',
      loveToWorkAgain: r.loveToWorkAgain ? yes : no,
      note: r.note ?? '',
      job: r.job?.title ?? '',
      department: r.department?.name ?? '',
      status: r.status,
      overdue: r.overdue ? yes : no,
      dueAt: r.dueAt ?? '',
      createdAt: r.createdAt,
    };
    return COLUMNS.map((column) => cells[column]);
  });
  // A full-width row, so tools that insist on equal column counts still read the file.
  if (truncated) records.push(COLUMNS.map((_, i) => (i === 0 ? headers.truncated : '')));
  return stringify([COLUMNS.map((column) => headers[column]), ...records], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}

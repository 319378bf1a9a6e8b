import type { TLanguage, TNetworkReferral } from '@vouch/contracts';
import { EXPORT_ROW_LIMIT, referralsCsv, sharedReferralCells } from './csv.ts';

export { EXPORT_ROW_LIMIT };

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

const HEADERS: Record<TLanguage, Record<Column, string>> = {
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
  },
};

/** The recruiters' list as a spreadsheet (see csv.ts). */
export function networkReferralsCsv(items: TNetworkReferral[], language: TLanguage, truncated: boolean): string {
  return referralsCsv(
    { columns: COLUMNS, headers: HEADERS },
    items,
    (r, yesNo): Record<Column, string> => ({
      ...sharedReferralCells(r),
      email: r.email ?? '',
      linkedinUrl: r.linkedinUrl ?? '',
      phone: r.phone ?? '',
      skills: r.skills.join(', '),
      loveToWorkAgain: yesNo(r.loveToWorkAgain),
      note: r.note ?? '',
      overdue: yesNo(r.overdue),
      dueAt: r.dueAt ?? '',
    }),
    { language, truncated },
  );
}

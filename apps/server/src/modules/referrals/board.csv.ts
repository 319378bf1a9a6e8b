import type { TBoardReferral, TLanguage } from '@vouch/contracts';
import { referralsCsv, sharedReferralCells } from './csv.ts';

const COLUMNS = [
  'firstName',
  'lastName',
  'position',
  'company',
  'candidate',
  'referrer',
  'source',
  'status',
  'statusChangedAt',
  'job',
  'department',
  'active',
  'stale',
  'createdAt',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADERS: Record<TLanguage, Record<Column, string>> = {
  en: {
    firstName: 'First name',
    lastName: 'Last name',
    position: 'Position',
    company: 'Company',
    candidate: 'Candidate',
    referrer: 'Referred by',
    source: 'Source',
    status: 'Status',
    statusChangedAt: 'Status set',
    job: 'Role',
    department: 'Department',
    active: 'Active',
    stale: 'Stale',
    createdAt: 'Created',
  },
  sv: {
    firstName: 'Förnamn',
    lastName: 'Efternamn',
    position: 'Befattning',
    company: 'Företag',
    candidate: 'Kandidat',
    referrer: 'Tipsad av',
    source: 'Källa',
    status: 'Status',
    statusChangedAt: 'Status satt',
    job: 'Tjänst',
    department: 'Avdelning',
    active: 'Aktiv',
    stale: 'Stillastående',
    createdAt: 'Skapad',
  },
};

/** The board's view as a spreadsheet (see csv.ts). */
export function boardCsv(items: TBoardReferral[], language: TLanguage, truncated: boolean): string {
  return referralsCsv(
    { columns: COLUMNS, headers: HEADERS },
    items,
    (r, yesNo): Record<Column, string> => ({
      ...sharedReferralCells(r),
      candidate: yesNo(r.candidate !== null),
      statusChangedAt: r.statusChangedAt,
      active: yesNo(r.active),
      stale: yesNo(r.stale),
    }),
    { language, truncated },
  );
}

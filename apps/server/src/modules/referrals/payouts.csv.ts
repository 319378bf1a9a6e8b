import type { TLanguage, TReferralBonus } from '@vouch/contracts';
import { referralsCsv } from './csv.ts';

const COLUMNS = [
  'referrer',
  'email',
  'candidate',
  'job',
  'state',
  'value',
  'amount',
  'currency',
  'startDate',
  'eligibleOn',
  'paidOn',
  'paidAmount',
  'payrollReference',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADERS: Record<TLanguage, Record<Column, string>> = {
  en: {
    referrer: 'Referrer',
    email: 'Email',
    candidate: 'Candidate',
    job: 'Role',
    state: 'Bonus state',
    value: 'Bonus',
    amount: 'Amount',
    currency: 'Currency',
    startDate: 'Start date',
    eligibleOn: 'Eligible on',
    paidOn: 'Paid on',
    paidAmount: 'Paid amount',
    payrollReference: 'Payroll reference',
  },
  sv: {
    referrer: 'Tipsare',
    email: 'E-post',
    candidate: 'Kandidat',
    job: 'Roll',
    state: 'Bonusstatus',
    value: 'Bonus',
    amount: 'Belopp',
    currency: 'Valuta',
    startDate: 'Startdatum',
    eligibleOn: 'Aktuell från',
    paidOn: 'Utbetald',
    paidAmount: 'Utbetalt belopp',
    payrollReference: 'Lönereferens',
  },
};

const amount = (v: number | null) => (v === null ? '' : v.toFixed(2));

/** The payouts list for payroll; formula-like cells (a name beginning with =) are made inert. */
export function payoutsCsv(items: TReferralBonus[], language: TLanguage, truncated: boolean) {
  return referralsCsv(
    { columns: COLUMNS, headers: HEADERS },
    items,
    (b) => ({
      referrer: b.referrer?.name ?? '',
      email: b.referrer?.email ?? '',
      candidate: b.candidateName,
      job: b.job?.title ?? '',
      state: b.state,
      value: b.value,
      amount: amount(b.amount),
      currency: b.currency ?? '',
      startDate: b.startDate,
      eligibleOn: b.eligibleOn,
      paidOn: b.paidOn ?? '',
      paidAmount: amount(b.paidAmount),
      payrollReference: b.payrollReference ?? '',
    }),
    { language, truncated },
  );
}

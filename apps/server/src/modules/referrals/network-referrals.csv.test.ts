import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TNetworkReferral } from '@vouch/contracts';
import { parse } from 'csv-parse/sync';
import { EXPORT_ROW_LIMIT, networkReferralsCsv } from './network-referrals.csv.ts';

const base: TNetworkReferral = {
  id: '00000000-0000-4000-8000-000000000001',
  source: 'warm_prospect',
  status: 'passed_on',
  active: true,
  firstName: 'Åsa',
  lastName: 'Öberg',
  email: 'asa@example.com',
  linkedinUrl: null,
  phone: null,
  company: 'Acme, Inc.',
  position: 'Staff "Principal" Engineer',
  skills: ['TypeScript', 'React'],
  candidateId: null,
  referrer: { id: '00000000-0000-4000-8000-000000000002', name: 'Cornelius' },
  loveToWorkAgain: true,
  note: 'Line one\nline two',
  job: null,
  department: null,
  dueAt: null,
  overdue: false,
  statusChangedAt: '2026-03-01T10:00:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
};

const read = (csv: string) => parse(csv, { bom: true }) as string[][];

test('quotes, commas, line breaks and unicode survive a round trip', () => {
  const [header, row] = read(networkReferralsCsv([base], 'en', false));
  const cell = (name: string) => row[header.indexOf(name)];
  assert.equal(cell('First name'), 'Åsa');
  assert.equal(cell('Company'), 'Acme, Inc.');
  assert.equal(cell('Position'), 'Staff "Principal" Engineer');
  assert.equal(cell('Note'), 'Line one\nline two');
  assert.equal(cell('Skills'), 'TypeScript, React');
  assert.equal(cell('Referred by'), 'Cornelius');
  assert.equal(cell('Would love to work with again'), 'yes');
});

test('starts with a byte order mark and uses CRLF, as Excel expects', () => {
  const csv = networkReferralsCsv([base], 'sv', false);
  assert.equal(csv.charCodeAt(0), 0xfeff);
  assert.ok(csv.includes('\r\n'));
  assert.equal(read(csv)[0][0], 'Förnamn');
});

test('cells that a spreadsheet would run as formulas are neutralised', () => {
  const evil = {
    ...base,
    firstName: '=HYPERLINK("http://evil.example","click")',
    lastName: '+1+2',
    company: '-2+3',
    note: '@SUM(A1)',
  };
  const [header, row] = read(networkReferralsCsv([evil], 'en', false));
  for (const name of ['First name', 'Last name', 'Company', 'Note']) {
    const cell = row[header.indexOf(name)];
    assert.ok(cell.startsWith("'"), `${name}: ${cell}`);
  }
});

test('a cold prospect has an empty referrer cell; a cut-off export says so on its last line', () => {
  const coldRow = { ...base, source: 'cold_prospect' as const, referrer: null };
  const rows = read(networkReferralsCsv([coldRow], 'en', true));
  assert.equal(rows[1][rows[0].indexOf('Referred by')], '');
  assert.match(rows.at(-1)![0], new RegExp(`first ${EXPORT_ROW_LIMIT.toLocaleString('en')} rows`));
});

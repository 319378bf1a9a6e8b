import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toParsedRow } from './contact-row.ts';
import { parseConnectedOn } from './dates.ts';
import { normaliseLinkedinUrl, splitFullName } from './index.ts';

test('a row needs a name and one of email, LinkedIn URL or company', () => {
  assert.deepEqual(toParsedRow({ email: 'a@example.se' }, 3), { kind: 'rejected', line: 3, reason: 'missing name' });
  assert.deepEqual(toParsedRow({ firstName: 'Åsa', position: 'CTO' }, 4), {
    kind: 'rejected',
    line: 4,
    reason: 'needs an email address, a LinkedIn URL or a company',
  });
  assert.equal(toParsedRow({ lastName: 'Öberg', company: 'Ikea' }, 5).kind, 'contact');
});

test('an invalid email is dropped when a LinkedIn URL identifies the person, else the row is rejected', () => {
  const kept = toParsedRow({ firstName: 'Åsa', email: 'asa@', linkedinUrl: 'linkedin.com/in/asa' }, 2);
  assert.equal(kept.kind === 'contact' && kept.contact.email, null);
  assert.deepEqual(toParsedRow({ firstName: 'Åsa', email: 'asa@', company: 'Ikea' }, 2), {
    kind: 'rejected',
    line: 2,
    reason: 'invalid email "asa@"',
  });
  const mailto = toParsedRow({ firstName: 'Åsa', email: ' mailto:Asa.Oberg@Example.se ' }, 2);
  assert.equal(mailto.kind === 'contact' && mailto.contact.email, 'Asa.Oberg@Example.se');
});

test('trims, joins whitespace and normalises names to NFC', () => {
  const row = toParsedRow(
    { firstName: ' A\u030asa\u00a0 Maria ', lastName: 'O\u0308berg', company: ' Må  Bra\tAB ' },
    1,
  );
  assert.equal(row.kind, 'contact');
  assert.deepEqual(row.kind === 'contact' && [row.contact.firstName, row.contact.lastName, row.contact.company], [
    'Åsa Maria',
    'Öberg',
    'Må Bra AB',
  ]);
});

test('rejects values too long to be a real contact', () => {
  const row = toParsedRow({ firstName: 'x'.repeat(201), company: 'Ikea' }, 9);
  assert.deepEqual(row, { kind: 'rejected', line: 9, reason: 'firstName is longer than 200 characters' });
});

test('normalises LinkedIn profile URLs so the same person matches', () => {
  const canonical = 'https://www.linkedin.com/in/asa-oberg';
  for (const url of [
    'https://www.linkedin.com/in/asa-oberg',
    'http://linkedin.com/in/Asa-Oberg/',
    'https://se.linkedin.com/in/asa-oberg?trk=profile',
    'www.linkedin.com/in/asa-oberg/#about',
  ]) {
    assert.equal(normaliseLinkedinUrl(url), canonical, url);
  }
  assert.equal(normaliseLinkedinUrl('https://www.linkedin.com/in/%C3%A5sa'), 'https://www.linkedin.com/in/åsa');
  assert.equal(
    normaliseLinkedinUrl('https://www.linkedin.com/company/spotify'),
    'https://www.linkedin.com/company/spotify',
  );
  assert.equal(normaliseLinkedinUrl('https://notlinkedin.com/in/asa'), null);
  assert.equal(normaliseLinkedinUrl('not a url at all'), null);
});

test('splits full names', () => {
  assert.deepEqual(splitFullName('Åsa Öberg'), { firstName: 'Åsa', lastName: 'Öberg' });
  assert.deepEqual(splitFullName('Öberg, Åsa'), { firstName: 'Åsa', lastName: 'Öberg' });
  assert.deepEqual(splitFullName('李雷'), { firstName: '李雷', lastName: '' });
});

test('reads connection dates as LinkedIn and spreadsheets write them, and drops impossible ones', () => {
  assert.equal(parseConnectedOn('12 Mar 2024'), '2024-03-12');
  assert.equal(parseConnectedOn('05 Jan 2021'), '2021-01-05');
  assert.equal(parseConnectedOn('12-Mar-24'), '2024-03-12');
  assert.equal(parseConnectedOn('1 September 2019'), '2019-09-01');
  assert.equal(parseConnectedOn('2024-03-12'), '2024-03-12');
  assert.equal(parseConnectedOn('30 Feb 2020'), null);
  assert.equal(parseConnectedOn('12 Foo 2020'), null);
  assert.equal(parseConnectedOn('yesterday'), null);
  assert.equal(parseConnectedOn(null), null);
});

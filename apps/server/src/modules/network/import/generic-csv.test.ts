import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { ImportFormatError, parseContacts, previewCsv } from './index.ts';
import { chunksOf, collect, contacts, fixturePath, parseFixture, rejections } from './test-helpers.ts';

test('previews a semicolon CSV with Swedish headers and guesses the mapping', async () => {
  const preview = previewCsv(await readFile(fixturePath('swedish-contacts.csv')), 2);
  assert.deepEqual(preview, {
    delimiter: ';',
    hasHeaderRow: true,
    headers: ['Förnamn', 'Efternamn', 'E-post', 'Företag', 'Titel', 'Telefon'],
    rows: [
      ['Åsa', 'Öberg', 'asa.oberg@example.se', 'Spotify AB', 'Utvecklare', '070-123 45 67'],
      ['Per', 'Karlsson; Jr', 'per@example.se', 'Volvo "Cars"', 'Chef', ''],
    ],
    suggestedMapping: { firstName: 0, lastName: 1, email: 2, company: 3, position: 4, phone: 5 },
  });
});

test('previews a file without a header row, and a sample cut inside a quoted field', () => {
  const text = 'Åsa Öberg,asa@example.se,Spotify\nPer Karlsson,per@example.se,"Volvo\nCars, half';
  const preview = previewCsv(Buffer.from(text));
  assert.equal(preview.hasHeaderRow, false);
  assert.deepEqual(preview.headers, []);
  assert.deepEqual(preview.rows, [['Åsa Öberg', 'asa@example.se', 'Spotify']]);
});

test('reads the Swedish CSV with the guessed mapping, with right line numbers', async () => {
  const rows = await parseFixture('swedish-contacts.csv', { format: 'csv' }, 5);
  assert.deepEqual(contacts(rows), [
    {
      firstName: 'Åsa',
      lastName: 'Öberg',
      email: 'asa.oberg@example.se',
      linkedinUrl: null,
      company: 'Spotify AB',
      position: 'Utvecklare',
      connectedOn: null,
      phone: '070-123 45 67',
    },
    {
      firstName: 'Per',
      lastName: 'Karlsson; Jr',
      email: 'per@example.se',
      linkedinUrl: null,
      company: 'Volvo "Cars"',
      position: 'Chef',
      connectedOn: null,
      phone: null,
    },
    {
      firstName: '李雷',
      lastName: '',
      email: null,
      linkedinUrl: null,
      company: 'Tencent',
      position: 'Ingenjör',
      connectedOn: null,
      phone: null,
    },
    {
      firstName: 'Maja',
      lastName: 'Lind',
      email: 'maja.lind@example.se',
      linkedinUrl: null,
      company: null,
      position: null,
      connectedOn: null,
      phone: null,
    },
  ]);
  assert.deepEqual(rejections(rows), [
    { line: 5, reason: 'missing name' },
    { line: 6, reason: 'invalid email "jonas@bad"' },
  ]);
  assert.equal(rows.at(-1)?.line, 8);
});

test('applies an explicit mapping with a full-name column and no header row, tab-delimited', async () => {
  const text = 'Öberg, Åsa\thttps://www.linkedin.com/in/asa-oberg\tbad@\nJosé Núñez García\t\tjose@example.es\n';
  const rows = await collect(
    parseContacts(chunksOf(text), {
      format: 'csv',
      hasHeaderRow: false,
      mapping: { fullName: 0, linkedinUrl: 1, email: 2 },
    }),
  );
  assert.deepEqual(
    contacts(rows).map(({ firstName, lastName, email, linkedinUrl }) => ({ firstName, lastName, email, linkedinUrl })),
    [
      { firstName: 'Åsa', lastName: 'Öberg', email: null, linkedinUrl: 'https://www.linkedin.com/in/asa-oberg' },
      { firstName: 'José', lastName: 'Núñez García', email: 'jose@example.es', linkedinUrl: null },
    ],
  );
});

test('reads windows-1252 and UTF-16 files as spreadsheets save them', async () => {
  const text = 'Förnamn;Efternamn;Företag\r\nÅsa;Öberg;Må Bra AB\r\n';
  const expected = ['Åsa', 'Öberg', 'Må Bra AB'];
  const windows1252 = Buffer.from(text, 'latin1');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/;/g, '\t'), 'utf16le')]);
  for (const bytes of [windows1252, utf16]) {
    const [contact] = contacts(await collect(parseContacts(chunksOf(bytes, 3), { format: 'auto' })));
    assert.deepEqual([contact.firstName, contact.lastName, contact.company], expected);
  }
});

test('refuses a mapping without a name column, or no mapping and no header', async () => {
  const text = 'a@example.se;Acme\n';
  await assert.rejects(
    collect(parseContacts(chunksOf(text), { format: 'csv', mapping: { email: 0, company: 1 } })),
    /Choose which column holds the name/,
  );
  await assert.rejects(
    collect(parseContacts(chunksOf(text), { format: 'csv', hasHeaderRow: false })),
    ImportFormatError,
  );
});

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { ImportFormatError, parseContacts } from './index.ts';
import { chunksOf, collect, fixturePath, parseFixture, rejections } from './test-helpers.ts';

const expectedContacts = [
  {
    line: 5,
    contact: {
      firstName: 'Åsa',
      lastName: 'Öberg',
      email: null,
      linkedinUrl: 'https://www.linkedin.com/in/asa-oberg',
      company: 'Spotify',
      position: 'Engineering Manager, Platform',
      connectedOn: '2024-03-12',
    },
  },
  {
    line: 6,
    contact: {
      firstName: '李雷',
      lastName: '',
      email: 'lilei@example.cn',
      linkedinUrl: 'https://www.linkedin.com/in/li-lei-123',
      company: 'Huawei Technologies Co., Ltd.',
      position: 'Senior Engineer',
      connectedOn: '2023-02-01',
    },
  },
  {
    line: 7,
    contact: {
      firstName: 'José',
      lastName: 'Núñez',
      email: 'jose.nunez@example.es',
      linkedinUrl: 'https://www.linkedin.com/in/jose-nunez',
      company: 'Acme "Best" Widgets',
      position: 'CTO',
      connectedOn: '2021-01-05',
    },
  },
  {
    line: 8,
    contact: {
      firstName: 'Anna',
      lastName: 'Svensson',
      email: null,
      linkedinUrl: 'https://www.linkedin.com/in/annasvensson',
      company: 'Klarna',
      position: 'Designer',
      connectedOn: '2019-07-07',
    },
  },
  {
    line: 11,
    contact: {
      firstName: 'Karin',
      lastName: 'Berg',
      email: null,
      linkedinUrl: 'https://www.linkedin.com/in/karinberg',
      company: 'Ericsson',
      position: 'Head of Sales Nordics',
      connectedOn: '2022-11-15',
    },
  },
  {
    line: 13,
    contact: {
      firstName: 'Olof',
      lastName: 'Palm',
      email: null,
      linkedinUrl: 'https://www.linkedin.com/in/olofpalm',
      company: 'Palm & Co',
      position: 'Owner',
      connectedOn: '2024-03-12',
    },
  },
  {
    line: 14,
    contact: {
      firstName: 'Björn',
      lastName: 'Ek',
      email: null,
      linkedinUrl: 'https://www.linkedin.com/in/bjorn-ek',
      company: null,
      position: null,
      connectedOn: '2018-08-20',
    },
  },
];

const expectedRejections = [
  { line: 9, reason: 'missing name' },
  { line: 10, reason: 'needs an email address, a LinkedIn URL or a company' },
  { line: 15, reason: 'invalid email "lisa@@bad"' },
];

test('reads a LinkedIn export with BOM, notes, CRLF, quoting, unicode names and trailing blank lines', async () => {
  const rows = await parseFixture('linkedin-connections.csv', { format: 'linkedin' });
  const found = rows.flatMap((row) => (row.kind === 'contact' ? [{ line: row.line, contact: row.contact }] : []));
  assert.deepEqual(found, expectedContacts);
  assert.deepEqual(rejections(rows), expectedRejections);
});

test('gives the same rows whatever the chunk size, and when the format is detected', async () => {
  const expected = await parseFixture('linkedin-connections.csv', { format: 'linkedin' });
  for (const chunkSize of [1, 2, 3, 7, 64]) {
    assert.deepEqual(await parseFixture('linkedin-connections.csv', { format: 'auto' }, chunkSize), expected);
  }
});

test('reads the same export with LF line ends and without BOM or notes', async () => {
  const expected = await parseFixture('linkedin-connections.csv', { format: 'linkedin' });
  const crlf = (await readFile(fixturePath('linkedin-connections.csv'), 'utf8')).replace(/^\uFEFF/, '');
  const lf = crlf.replace(/\r\n/g, '\n');
  assert.deepEqual(await collect(parseContacts(chunksOf(lf, 5), { format: 'auto' })), expected);
  // Without the three preamble lines every row moves up by three.
  const bare = lf.split('\n').slice(3).join('\n');
  const rows = await collect(parseContacts(chunksOf(bare), { format: 'auto' }));
  assert.deepEqual(
    rows.map((row) => row.line),
    expected.map((row) => row.line - 3),
  );
});

test('finds the header by its names, in any column order', async () => {
  const text = 'Connected On,URL,Last Name,First Name,Company\n3 Apr 2022,linkedin.com/in/Maja,Lind,Maja,Ikea\n';
  const [row] = await collect(parseContacts(chunksOf(text), { format: 'linkedin' }));
  assert.deepEqual(row, {
    kind: 'contact',
    line: 2,
    contact: {
      firstName: 'Maja',
      lastName: 'Lind',
      email: null,
      linkedinUrl: 'https://www.linkedin.com/in/maja',
      company: 'Ikea',
      position: null,
      connectedOn: '2022-04-03',
    },
  });
});

test('refuses a CSV without the LinkedIn header', async () => {
  const text = 'Name,Email\nÅsa,asa@example.se\n';
  await assert.rejects(collect(parseContacts(chunksOf(text), { format: 'linkedin' })), (error: unknown) => {
    assert.ok(error instanceof ImportFormatError);
    assert.match(error.message, /not a LinkedIn connections export/);
    return true;
  });
});

test('names the line of a quote that never closes', async () => {
  const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,"Acme,,\nC,D,,,E,,\n';
  await assert.rejects(
    collect(parseContacts(chunksOf(text), { format: 'linkedin' })),
    /^ImportFormatError: Line 2: a quoted field/,
  );
});

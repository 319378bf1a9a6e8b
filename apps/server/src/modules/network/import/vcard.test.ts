import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImportFormatError, parseContacts } from './index.ts';
import { chunksOf, collect, parseFixture } from './test-helpers.ts';

test('reads vCard 3.0 with folded lines, groups, escapes and the first email', async () => {
  for (const chunkSize of [3, 64 * 1024]) {
    const rows = await parseFixture('contacts-v3.vcf', { format: 'auto' }, chunkSize);
    assert.deepEqual(rows, [
      {
        kind: 'contact',
        line: 1,
        contact: {
          firstName: 'Åsa',
          lastName: 'Öberg',
          email: 'asa.oberg@example.se',
          linkedinUrl: 'https://www.linkedin.com/in/asa-oberg',
          company: 'Spotify AB',
          position: 'Engineering Manager',
          connectedOn: null,
          phone: '+46 70 123 45 67',
        },
      },
      {
        kind: 'contact',
        line: 15,
        contact: {
          firstName: 'José',
          lastName: 'Núñez',
          email: null,
          linkedinUrl: 'https://www.linkedin.com/in/jose-nunez',
          company: 'Acme, Inc.',
          position: null,
          connectedOn: null,
        },
      },
      { kind: 'rejected', line: 23, reason: 'needs an email address, a LinkedIn URL or a company' },
    ]);
  }
});

test('reads vCard 4.0 with LF line ends, tab folding, tel: URIs and a folded photo', async () => {
  const rows = await parseFixture('contacts-v4.vcf', { format: 'vcard' }, 4);
  assert.deepEqual(rows, [
    {
      kind: 'contact',
      line: 1,
      contact: {
        firstName: '雷',
        lastName: '李',
        email: 'lilei@example.cn',
        linkedinUrl: null,
        company: 'Huawei',
        position: 'Senior Engineer with a title long enough that the producer folded it',
        connectedOn: null,
        phone: '+86-10-1234-5678',
      },
    },
    {
      kind: 'contact',
      line: 12,
      contact: {
        firstName: 'Karin',
        lastName: 'Berg',
        email: 'karin.berg@example.se',
        linkedinUrl: null,
        company: null,
        position: null,
        connectedOn: null,
      },
    },
  ]);
});

test('decodes vCard 2.1 quoted-printable values with soft line breaks', async () => {
  const text = [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96berg;=C3=85sa',
    'ORG;ENCODING=QUOTED-PRINTABLE:M=C3=A5 Bra=',
    ' AB',
    'END:VCARD',
  ].join('\r\n');
  const [row] = await collect(parseContacts(chunksOf(text), { format: 'auto' }));
  assert.equal(row.kind, 'contact');
  assert.deepEqual(row.kind === 'contact' && [row.contact.firstName, row.contact.lastName, row.contact.company], [
    'Åsa',
    'Öberg',
    'Må Bra AB',
  ]);
});

test('refuses a .vcf without any card', async () => {
  await assert.rejects(collect(parseContacts(chunksOf('hello\nworld\n'), { format: 'vcard' })), ImportFormatError);
});

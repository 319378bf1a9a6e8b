import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { contactImports, contacts } from '../src/modules/network/network.tables.ts';
import { searchVectorOf } from '../src/modules/network/search/index.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import type { Client } from './helpers/app.ts';
import { makeExclusion } from './helpers/factories.ts';
import { LINKEDIN_FIXTURE, linkedinExport, uploadContacts } from './helpers/multipart.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

// Small limits, so crossing them takes a few hundred kilobytes rather than 50 MB.
const t = useTestApp({ CONTACT_IMPORT_MAX_ROWS: '2500', CONTACT_IMPORT_MAX_BYTES: '400000' });
const linkedin = (content: string | Buffer = LINKEDIN_FIXTURE) => ({ name: 'Connections.csv', content });

async function ownContacts(client: Client, q = '') {
  const res = await client.get(`/api/contacts?limit=200${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json().items as { firstName: string; lastName: string; company: string | null; position: string | null }[];
}

describe('importing a LinkedIn export', () => {
  let client: Client;
  before(async () => {
    ({ client } = await companyWithMember(t, 'employee'));
  });

  test('adds the valid rows and reports each rejected row with its line', async () => {
    const res = await uploadContacts(client, linkedin());
    assert.equal(res.statusCode, 201, res.body);
    const summary = res.json();
    assert.deepEqual(
      { added: summary.added, updated: summary.updated, unchanged: summary.unchanged, rejected: summary.rejected },
      { added: 7, updated: 0, unchanged: 0, rejected: 3 },
    );
    assert.equal(summary.format, 'linkedin');
    assert.equal(summary.fileName, 'Connections.csv');
    assert.deepEqual(
      summary.rejectedRows.map((r: { line: number }) => r.line),
      [9, 10, 15],
    );
    assert.match(summary.rejectedRows[2].reason, /invalid email/);
    const names = (await ownContacts(client)).map((c) => `${c.firstName} ${c.lastName}`.trim());
    assert.ok(names.includes('Åsa Öberg'));
    assert.ok(names.includes('李雷'));
  });

  test('a re-import merges: nothing duplicated, changed company and position update the contact', async () => {
    const changed = LINKEDIN_FIXTURE.toString('utf8').replace(
      'Spotify,"Engineering Manager, Platform"',
      'Klarna,"Director of Engineering"',
    );
    const res = await uploadContacts(client, linkedin(changed));
    assert.equal(res.statusCode, 201, res.body);
    const summary = res.json();
    assert.deepEqual([summary.added, summary.updated, summary.unchanged], [0, 1, 6]);
    const list = await ownContacts(client);
    assert.equal(list.length, 7);
    const asa = list.find((c) => c.firstName === 'Åsa');
    assert.equal(asa?.company, 'Klarna');
    assert.equal(asa?.position, 'Director of Engineering');
    assert.equal((await ownContacts(client, 'klarna director')).length, 1, 'the search vector follows the update');
    assert.equal((await ownContacts(client, 'spotify')).length, 0);
  });

  test('the same person by email merges with the one found by LinkedIn profile', async () => {
    const csv =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nLi,Lei,,LILEI@example.cn,Huawei,CTO,\r\n';
    const summary = (await uploadContacts(client, linkedin(csv))).json();
    assert.deepEqual([summary.added, summary.updated], [0, 1]);
    assert.equal((await ownContacts(client)).length, 7);
  });

  test('the stored search vector is exactly what searchVectorOf gives', async () => {
    const stored = await t.db.select().from(contacts);
    const asa = stored.find((c) => c.firstName === 'Åsa');
    assert.ok(asa);
    const expected = searchVectorOf({ name: 'Åsa Öberg', title: asa.position, company: asa.company, skills: [] });
    const [row] = rowsOf<{ same: boolean }>(
      await t.db.execute(sql`select ${expected} = ${asa.searchVector}::tsvector as same`),
    );
    assert.equal(row.same, true);
  });

  test('search finds contacts by the start of a name or company word', async () => {
    assert.deepEqual(
      (await ownContacts(client, 'åsa')).map((c) => c.lastName),
      ['Öberg'],
    );
    assert.equal((await ownContacts(client, 'ericss')).length, 1);
    assert.equal((await ownContacts(client, '"(')).length, 7, 'punctuation alone is no filter and no error');
  });
});

describe('a first import into an empty network', () => {
  test('the same person twice, more than a batch apart, is one contact with the later values', async () => {
    const { client } = await companyWithMember(t, 'employee');
    const repeat = 'Person,Number 5,https://www.linkedin.com/in/person-5,,Moved Co,Engineer 5,12 Mar 2024\r\n';
    const summary = (await uploadContacts(client, linkedin(linkedinExport(1_200) + repeat))).json();
    assert.deepEqual([summary.added, summary.updated, summary.unchanged], [1_200, 1, 0]);
    assert.equal((await ownContacts(client, 'moved')).length, 1);
  });
});

describe('exclusions and bad files', () => {
  test('excluded people and companies are counted and never stored', async () => {
    const { company, client } = await companyWithMember(t, 'employee');
    await makeExclusion(t.db, company.id, { kind: 'company_name', value: 'Spotify AB' });
    await makeExclusion(t.db, company.id, { kind: 'email_domain', value: 'example.es' });
    await makeExclusion(t.db, company.id, { kind: 'linkedin_url', value: 'linkedin.com/in/karinberg' });
    const summary = (await uploadContacts(client, linkedin())).json();
    assert.deepEqual([summary.added, summary.excluded, summary.rejected], [4, 3, 3]);
    const stored = await t.db
      .select({ last: contacts.lastName })
      .from(contacts)
      .where(eq(contacts.companyId, company.id));
    assert.ok(!stored.some((c) => ['Öberg', 'Núñez', 'Berg'].includes(c.last)));
  });

  for (const [what, file] of [
    ['a binary file', { name: 'photo.csv', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]) }],
    ['an empty file', { name: 'empty.csv', content: '' }],
    ['a vCard sent as LinkedIn', { name: 'c.vcf', content: 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A B\r\nEND:VCARD\r\n' }],
  ] as const) {
    test(`${what} answers 422 with a message and stores nothing`, async () => {
      const { company, client } = await companyWithMember(t, 'employee');
      const fields: Record<string, string> = what.startsWith('a vCard') ? { format: 'linkedin' } : {};
      const res = await uploadContacts(client, file, fields);
      assert.equal(res.statusCode, 422, res.body);
      assert.ok(res.json().detail.length > 10);
      assert.equal(
        (await t.db.select().from(contactImports).where(eq(contactImports.companyId, company.id))).length,
        0,
      );
    });
  }

  test('a request without a file, or not multipart, is refused before anything is read', async () => {
    const { client } = await companyWithMember(t, 'employee');
    assert.equal((await client.post('/api/contacts/imports', {})).statusCode, 415);
    const bad = await uploadContacts(client, linkedin(), { format: 'excel' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'format');
  });
});

describe('a generic CSV with a column mapping', () => {
  test('preview suggests the mapping; the import uses the chosen columns', async () => {
    const { client } = await companyWithMember(t, 'employee');
    const csv = 'Namn;E-post;Företag\nÅsa Öberg;asa@example.se;Spotify\nBo Ek;bo@example.se;Volvo\n';
    const preview = await uploadContacts(client, { name: 'c.csv', content: csv }, {}, '/api/contacts/imports/preview');
    assert.equal(preview.statusCode, 200, preview.body);
    assert.equal(preview.json().delimiter, ';');
    assert.equal(preview.json().rows.length, 2);
    const mapping = JSON.stringify({ fullName: 0, email: 1, company: 2 });
    const res = await uploadContacts(
      client,
      { name: 'c.csv', content: csv },
      { format: 'csv', mapping, hasHeaderRow: 'true' },
    );
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().added, 2);
    assert.equal(res.json().format, 'csv');
    const list = await ownContacts(client);
    assert.deepEqual(list.map((c) => c.company).sort(), ['Spotify', 'Volvo']);
  });
});

describe('limits', () => {
  test('more rows than allowed: 413 with the limit in words, and nothing stored', async () => {
    const { company, member, client } = await companyWithMember(t, 'employee');
    const first = await uploadContacts(client, linkedin(linkedinExport(10)));
    assert.equal(first.statusCode, 201);
    const big = await uploadContacts(client, linkedin(linkedinExport(2_600, () => 'Changed Co')));
    assert.equal(big.statusCode, 413, big.body);
    assert.match(big.json().detail, /more than 2,500 rows/);
    const stored = await t.db
      .select({ company: contacts.company })
      .from(contacts)
      .where(and(eq(contacts.companyId, company.id), eq(contacts.ownerMembershipId, member.membership.id)));
    assert.equal(stored.length, 10, 'the batches written before the limit were rolled back');
    assert.ok(stored.every((c) => c.company !== 'Changed Co'));
    assert.equal((await client.get('/api/contacts/imports')).json().items.length, 1);
  });

  test('a file over the size limit: 413 with the size in words, and nothing stored', async () => {
    const { company, client } = await companyWithMember(t, 'employee');
    const res = await uploadContacts(client, linkedin(linkedinExport(2_000, () => 'X'.repeat(150))));
    assert.equal(res.statusCode, 413, res.body);
    assert.match(res.json().detail, /larger than 390\.6 KB/);
    assert.equal((await t.db.select().from(contacts).where(eq(contacts.companyId, company.id))).length, 0);
  });
});

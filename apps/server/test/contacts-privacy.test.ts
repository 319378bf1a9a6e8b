import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { contacts } from '../src/modules/network/network.tables.ts';
import type { Client } from './helpers/app.ts';
import { makeMember } from './helpers/factories.ts';
import { LINKEDIN_FIXTURE, linkedinExport, uploadContacts } from './helpers/multipart.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const t = useTestApp();
const upload = (client: Client, content: string | Buffer = LINKEDIN_FIXTURE) =>
  uploadContacts(client, { name: 'Connections.csv', content });
const countOf = async (client: Client) => (await client.get('/api/contacts?limit=200')).json().items.length;

test("a colleague in the same company never sees or deletes someone else's contacts", async () => {
  const { company, client: owner } = await companyWithMember(t, 'employee');
  const imported = (await upload(owner)).json();
  for (const role of ['employee', 'recruiter', 'admin', 'hiring_manager'] as const) {
    const colleague = await t.signIn((await makeMember(t.db, company.id, role)).email);
    assert.equal(await countOf(colleague), 0, `${role} sees no one else's contacts`);
    assert.deepEqual((await colleague.get('/api/contacts/imports')).json().items, []);
    assert.equal((await colleague.delete(`/api/contacts/imports/${imported.id}`)).statusCode, 404, role);
    assert.equal((await colleague.delete('/api/contacts')).json().deleted, 0);
  }
  assert.equal(await countOf(owner), 7, "the owner's contacts are all still there");
});

test("another company's import id answers 404", async () => {
  const { client: owner } = await companyWithMember(t, 'employee');
  const imported = (await upload(owner)).json();
  const { client: stranger } = await companyWithMember(t, 'admin');
  assert.equal((await stranger.delete(`/api/contacts/imports/${imported.id}`)).statusCode, 404);
  assert.equal(await countOf(stranger), 0);
  assert.equal(await countOf(owner), 7);
});

test('the same person imported by two colleagues is two private contacts', async () => {
  const { company, client: first } = await companyWithMember(t, 'employee');
  const second = await t.signIn((await makeMember(t.db, company.id, 'recruiter')).email);
  await upload(first);
  const summary = (await upload(second)).json();
  assert.equal(summary.added, 7, "one colleague's contacts never merge with another's");
  assert.equal(await countOf(first), 7);
});

test('an agency recruiter has no network here', async () => {
  const { client } = await companyWithMember(t, 'agent');
  assert.equal((await client.get('/api/contacts')).statusCode, 403);
  assert.equal((await upload(client)).statusCode, 403);
});

test('deleting an import removes the contacts no later import contained', async () => {
  const { client } = await companyWithMember(t, 'employee');
  const older = (await upload(client, linkedinExport(30))).json();
  // The newer file holds the first 10 people of the older one and 5 new people.
  const newerFile = linkedinExport(10).concat(
    linkedinExport(35)
      .split('\r\n')
      .filter((line) => /person-3[0-4],/.test(line))
      .join('\r\n'),
    '\r\n',
  );
  const newer = (await upload(client, newerFile)).json();
  assert.deepEqual([newer.added, newer.unchanged], [5, 10]);
  const history = (await client.get('/api/contacts/imports')).json().items;
  assert.deepEqual(
    history.map((i: { id: string; contactsLeft: number }) => [i.id, i.contactsLeft]),
    [
      [newer.id, 15],
      [older.id, 20],
    ],
  );
  const res = await client.delete(`/api/contacts/imports/${older.id}`);
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().deleted, 20);
  assert.equal(await countOf(client), 15, 'the people the newer file also holds stay');
  assert.equal((await client.get('/api/contacts/imports')).json().items.length, 1);
  assert.equal((await client.delete(`/api/contacts/imports/${older.id}`)).statusCode, 404, 'already gone');
});

test('delete all removes every own contact and the history, nobody else’s', async () => {
  const { company, member, client } = await companyWithMember(t, 'employee');
  const colleague = await t.signIn((await makeMember(t.db, company.id, 'employee')).email);
  await upload(client);
  await upload(colleague);
  const res = await client.delete('/api/contacts');
  assert.equal(res.statusCode, 200);
  assert.equal(res.json().deleted, 7);
  assert.equal(await countOf(client), 0);
  assert.deepEqual((await client.get('/api/contacts/imports')).json().items, []);
  assert.equal(await countOf(colleague), 7);
  const rows = await t.db.select().from(contacts).where(eq(contacts.ownerMembershipId, member.membership.id));
  assert.equal(rows.length, 0);
});

test('the list pages by keyset without gaps or repeats', async () => {
  const { client } = await companyWithMember(t, 'employee');
  await upload(client, linkedinExport(45));
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = (
      await client.get(`/api/contacts?limit=20${cursor ? `&cursor=${cursor}` : ''}`)
    ).json();
    for (const item of page.items) seen.add(item.id);
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(seen.size, 45);
  assert.equal((await client.get('/api/contacts?cursor=forged')).statusCode, 400);
});

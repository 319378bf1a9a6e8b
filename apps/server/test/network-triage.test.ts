import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TTriageCard, TTriageQueue } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { workHistory } from '../src/modules/hiring/hiring.tables.ts';
import { companyKey } from '../src/modules/hiring/normalize.ts';
import { contacts } from '../src/modules/network/network.tables.ts';
import { membershipDepartments } from '../src/modules/tenancy/tenancy.tables.ts';
import type { Client } from './helpers/app.ts';
import { makeContact, makeDepartment, makeExclusion, makeJob, makeMember, makeReferral } from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const t = useTestApp();

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const queueOf = async (client: Client, limit = 50): Promise<TTriageQueue> => {
  const res = await client.get(`/api/contacts/triage?limit=${limit}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};
const namesOf = (queue: TTriageQueue) => queue.items.map((c) => c.contact.lastName);

/** An employee who worked at Dentons before this company, signed in; and a recruiter who chose a department. */
async function employeeWithPast() {
  const { company, member, client } = await companyWithMember(t, 'employee');
  const own = { companyId: company.id, membershipId: member.membership.id };
  await t.db.insert(workHistory).values([
    { ...own, companyName: company.name, companyKey: companyKey(company.name), startDate: '2021-01-01' },
    {
      ...own,
      companyName: 'Dentons LLP',
      companyKey: companyKey('Dentons LLP'),
      startDate: '2017-01-01',
      endDate: '2020-12-01',
    },
  ]);
  const contact = (lastName: string, overrides: Parameters<typeof makeContact>[3] = {}) =>
    makeContact(t.db, company.id, member.membership.id, {
      lastName,
      company: 'Globex',
      position: 'Gardener',
      connectedOn: daysAgo(2000),
      ...overrides,
      companyKey: companyKey((overrides.company as string | undefined) ?? 'Globex'),
    });
  return { company, member, client, contact };
}

test('a shared past employer beats a stranger, and the card says why', async () => {
  const { client, contact } = await employeeWithPast();
  const stranger = await contact('Stranger');
  const colleague = await contact('Formerly', { company: 'Dentons' });
  const queue = await queueOf(client);
  assert.deepEqual(namesOf(queue), ['Formerly', 'Stranger']);
  assert.equal(queue.remaining, 2);
  const [first, second] = queue.items;
  assert.equal(first.contact.id, colleague.id);
  assert.deepEqual(first.reasons, [{ kind: 'shared_employer', company: 'Dentons LLP' }]);
  assert.equal(second.contact.id, stranger.id);
  assert.deepEqual(second.reasons, []);
  assert.ok(first.score > second.score);
});

test('a colleague at the current employer is not a shared-employer reason', async () => {
  const { company, client, contact } = await employeeWithPast();
  await contact('Colleague', { company: company.name });
  const [card] = (await queueOf(client)).items;
  assert.deepEqual(card.reasons, []);
});

test('a recent connection beats an old one; never-dated ones come last', async () => {
  const { client, contact } = await employeeWithPast();
  await contact('Undated', { connectedOn: null });
  await contact('Old', { connectedOn: daysAgo(3000) });
  await contact('Recent', { connectedOn: daysAgo(20) });
  await contact('Future', { connectedOn: daysAgo(-3) });
  const queue = await queueOf(client);
  assert.deepEqual(namesOf(queue), ['Future', 'Recent', 'Old', 'Undated']);
  const recent = queue.items[1];
  assert.deepEqual(recent.reasons, [{ kind: 'recent_connection', connectedOn: daysAgo(20) }]);
  assert.equal(recent.contact.connectedOn, daysAgo(20));
  assert.deepEqual(queue.items[2].reasons, [], 'eight years ago is not recent');
});

test('a fit with an open job in a recruiter’s department counts and suggests that job', async () => {
  const { company, client, contact } = await employeeWithPast();
  const engineering = await makeDepartment(t.db, company.id);
  const sales = await makeDepartment(t.db, company.id);
  const recruiter = await makeMember(t.db, company.id, 'recruiter');
  await t.db
    .insert(membershipDepartments)
    .values({ companyId: company.id, membershipId: recruiter.membership.id, departmentId: engineering.id });
  const { job: backend } = await makeJob(t.db, company.id, {
    title: 'Senior Backend Engineer',
    departmentId: engineering.id,
  });
  await makeJob(t.db, company.id, { title: 'Frontend Engineer', departmentId: engineering.id });
  await makeJob(t.db, company.id, { title: 'Backend Engineer', departmentId: engineering.id, status: 'archived' });
  await makeJob(t.db, company.id, { title: 'Account Executive', departmentId: sales.id });

  await contact('Gardener');
  const fit = await contact('Fits', { position: 'Backend Engineer' });
  await contact('Seller', { position: 'Account Executive' });
  // "Senior" is how senior, not what the work is: it must not make a fit on its own.
  await contact('Senior', { position: 'Senior Gardener' });
  const queue = await queueOf(client);
  assert.equal(queue.items[0].contact.id, fit.id);
  assert.deepEqual(queue.items[0].suggestedJob, { id: backend.id, title: 'Senior Backend Engineer' });
  assert.deepEqual(queue.items[0].reasons, [{ kind: 'fits_job', job: { id: backend.id, title: backend.title } }]);
  const others = queue.items.slice(1);
  assert.ok(
    others.every((c) => c.suggestedJob === null && c.reasons.length === 0),
    'sales is no recruiter’s department, and seniority words do not fit',
  );
});

test('with no recruiter departments chosen, every open job counts', async () => {
  const { company, client, contact } = await employeeWithPast();
  const { job } = await makeJob(t.db, company.id, { title: 'Account Executive' });
  await contact('Gardener');
  const seller = await contact('Seller', { position: 'Senior Account Executive' });
  const [first] = (await queueOf(client)).items;
  assert.equal(first.contact.id, seller.id);
  assert.equal(first.suggestedJob?.id, job.id);
});

test('ties break by connection date, then id, the same on every call', async () => {
  const { client, contact } = await employeeWithPast();
  for (let i = 0; i < 6; i++) await contact(`Same${i}`, { connectedOn: null });
  const first = namesOf(await queueOf(client));
  const second = namesOf(await queueOf(client));
  assert.deepEqual(first, second);
  const ids = (await queueOf(client)).items.map((c: TTriageCard) => c.contact.id);
  assert.deepEqual(ids, [...ids].sort());
});

test('marked, skipped and excluded contacts leave the queue; an exclusion added later hides one', async () => {
  const { company, member, client, contact } = await employeeWithPast();
  const marked = await contact('Marked');
  const skipped = await contact('Skipped');
  const later = await contact('Later', { company: 'Umbrella Corp' });
  await contact('Kept');
  await makeReferral(t.db, company.id, member.membership.id, { contact: marked });
  assert.equal((await client.post(`/api/contacts/${skipped.id}/skip`)).statusCode, 204);
  let queue = await queueOf(client);
  assert.deepEqual(namesOf(queue).sort(), ['Kept', 'Later']);
  assert.equal(queue.remaining, 2);

  await makeExclusion(t.db, company.id, { kind: 'company_name', value: 'Umbrella' });
  queue = await queueOf(client);
  assert.deepEqual(namesOf(queue), ['Kept']);
  assert.equal(queue.remaining, 1);
  assert.ok(later.id);
});

test('skip and its undo; the page size limits the cards but not the count', async () => {
  const { client, contact } = await employeeWithPast();
  const first = await contact('First', { connectedOn: daysAgo(1) });
  await contact('Second', { connectedOn: daysAgo(2) });
  await contact('Third', { connectedOn: daysAgo(3) });
  let queue = await queueOf(client, 1);
  assert.deepEqual(namesOf(queue), ['First']);
  assert.equal(queue.remaining, 3);

  assert.equal((await client.post(`/api/contacts/${first.id}/skip`)).statusCode, 204);
  assert.equal((await client.post(`/api/contacts/${first.id}/skip`)).statusCode, 204, 'skipping twice is fine');
  const [row] = await t.db.select().from(contacts).where(eq(contacts.id, first.id));
  assert.ok(row.skippedAt, 'the contact is kept, marked as skipped');
  queue = await queueOf(client, 1);
  assert.deepEqual([namesOf(queue), queue.remaining], [['Second'], 2]);

  assert.equal((await client.delete(`/api/contacts/${first.id}/skip`)).statusCode, 204);
  queue = await queueOf(client, 1);
  assert.deepEqual([namesOf(queue), queue.remaining], [['First'], 3]);
  assert.equal((await client.get('/api/contacts?limit=10')).json().items.length, 3, 'all still in My network');
});

test("nobody sees or skips someone else's contacts, in the company or outside it", async () => {
  const { company, client: owner, contact } = await employeeWithPast();
  const mine = await contact('Mine');
  const colleague = await t.signIn((await makeMember(t.db, company.id, 'admin')).email);
  assert.deepEqual((await queueOf(colleague)).items, []);
  assert.equal((await colleague.post(`/api/contacts/${mine.id}/skip`)).statusCode, 404);
  assert.equal((await colleague.delete(`/api/contacts/${mine.id}/skip`)).statusCode, 404);
  const { client: stranger } = await companyWithMember(t, 'employee');
  assert.equal((await stranger.post(`/api/contacts/${mine.id}/skip`)).statusCode, 404);
  assert.deepEqual(namesOf(await queueOf(owner)), ['Mine']);
  const { client: agent } = await companyWithMember(t, 'agent');
  assert.equal((await agent.get('/api/contacts/triage')).statusCode, 403);
});

test('the page size is checked', async () => {
  const { client } = await employeeWithPast();
  assert.equal((await client.get('/api/contacts/triage?limit=0')).statusCode, 400);
  assert.equal((await client.get('/api/contacts/triage?limit=51')).statusCode, 400);
  assert.equal((await client.get('/api/contacts/triage?limit=abc')).statusCode, 400);
  assert.deepEqual(await queueOf(client), { items: [], remaining: 0 });
});

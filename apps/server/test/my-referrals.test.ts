import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TMyReferral } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { contacts } from '../src/modules/network/network.tables.ts';
import { moveReferralStatus } from '../src/modules/referrals/referral-status.ts';
import { referralEvents, referrals } from '../src/modules/referrals/referrals.tables.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import type { Client } from './helpers/app.ts';
import { makeContact, makeDepartment, makeExclusion, makeJob, makeMember, makeReferral } from './helpers/factories.ts';
import { linkedinExport, uploadContacts } from './helpers/multipart.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const t = useTestApp();
const HOUR = 3_600_000;

/** An employee with two contacts and an open job in a department, signed in. */
async function employeeWithContacts() {
  const { company, member, client } = await companyWithMember(t, 'employee');
  const department = await makeDepartment(t.db, company.id);
  const { job } = await makeJob(t.db, company.id, { title: 'Backend Engineer', departmentId: department.id });
  const contact = (overrides: Parameters<typeof makeContact>[3] = {}) =>
    makeContact(t.db, company.id, member.membership.id, {
      email: `${crypto.randomUUID()}@Mail.Example`,
      linkedinUrl: `https://www.linkedin.com/in/p-${crypto.randomUUID()}/`,
      phone: '+46 70 123 45 67',
      company: 'Globex AB',
      ...overrides,
    });
  return { company, member, client, department, job, contact };
}

const referralRow = async (id: string) => (await t.db.select().from(referrals).where(eq(referrals.id, id)))[0];
const eventsOf = (id: string) =>
  t.db.select().from(referralEvents).where(eq(referralEvents.referralId, id)).orderBy(referralEvents.createdAt);
const mark = async (client: Client, contactId: string, body: Record<string, unknown>) => {
  const res = await client.post(`/api/contacts/${contactId}/mark`, body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
};

test('marking makes a referral with the person copied, one timeline line and the company’s deadline', async () => {
  const { company, member, client, department, job, contact } = await employeeWithContacts();
  await t.db.update(companies).set({ introductionSlaHours: 48 }).where(eq(companies.id, company.id));
  const person = await contact({ firstName: 'Åsa', lastName: 'Öberg', position: 'Backend Engineer' });
  await client.post(`/api/contacts/${person.id}/skip`);
  const referral = await mark(client, person.id, {
    mark: 'email_introduction',
    loveToWorkAgain: true,
    note: '  Great engineer  ',
    jobId: job.id,
    skills: ['Rust', 'PostgreSQL', 'Rust'],
  });
  assert.equal(referral.source, 'email_introduction');
  assert.equal(referral.status, 'passed_on');
  assert.equal(referral.outcome, 'waiting');
  assert.deepEqual(referral.job, { id: job.id, title: 'Backend Engineer' });
  assert.deepEqual([referral.firstName, referral.lastName, referral.note], ['Åsa', 'Öberg', 'Great engineer']);
  assert.deepEqual(referral.skills, ['Rust', 'PostgreSQL']);
  assert.equal(referral.loveToWorkAgain, true);
  assert.equal(referral.contactId, person.id);

  const row = await referralRow(referral.id);
  assert.equal(row.referrerMembershipId, member.membership.id);
  assert.equal(row.departmentId, department.id);
  assert.deepEqual(
    [row.email, row.linkedinUrl, row.phone, row.company],
    [person.email, person.linkedinUrl, '+46 70 123 45 67', 'Globex AB'],
  );
  assert.equal(row.emailKey, person.email?.toLowerCase());
  assert.match(row.linkedinKey ?? '', /^linkedin\.com\/in\/p-/);
  assert.equal(row.companyKey, 'globex');
  const due = row.dueAt!.getTime() - row.createdAt.getTime();
  assert.ok(Math.abs(due - 48 * HOUR) < 5_000, `due ${due / HOUR} h after marking`);
  const found = await t.db
    .select({ id: referrals.id })
    .from(referrals)
    // Accents are folded in the stored vector (and in typed searches): Åsa is stored as "asa".
    .where(sql`${referrals.searchVector} @@ to_tsquery('simple', 'rust:C & backend:A & globex:B & asa:D')`);
  assert.deepEqual(
    found.map((r) => r.id),
    [referral.id],
  );

  const events = await eventsOf(referral.id);
  assert.deepEqual(
    events.map((e) => [e.fromStatus, e.toStatus, e.actorMembershipId]),
    [[null, 'passed_on', member.membership.id]],
  );
  const [contactRow] = await t.db.select().from(contacts).where(eq(contacts.id, person.id));
  assert.equal(contactRow.skippedAt, null, 'marking clears a skip');
});

test('prospects have no deadline; marking again changes the one referral', async () => {
  const { client, contact } = await employeeWithContacts();
  const person = await contact();
  const cold = await mark(client, person.id, { mark: 'cold_prospect' });
  assert.equal((await referralRow(cold.id)).dueAt, null);

  const again = await mark(client, person.id, { mark: 'email_introduction', note: 'Actually I can email' });
  assert.equal(again.id, cold.id, 're-marking changes the referral instead of adding one');
  const row = await referralRow(cold.id);
  assert.deepEqual([row.source, row.referrerNote], ['email_introduction', 'Actually I can email']);
  assert.ok(row.dueAt, 'becoming an introduction starts the clock');
  assert.equal((await eventsOf(cold.id)).length, 1, 'a mark change is not a status change');

  await mark(client, person.id, { mark: 'warm_prospect' });
  assert.equal((await referralRow(cold.id)).dueAt, null, 'leaving introductions stops it');
  assert.equal((await t.db.select().from(referrals).where(eq(referrals.contactId, person.id))).length, 1);
});

test('changing a mark later: note, love, skills, job and mark', async () => {
  const { company, client, department, job, contact } = await employeeWithContacts();
  const person = await contact({ position: 'Gardener' });
  const made = await mark(client, person.id, { mark: 'warm_prospect', jobId: job.id });
  const before = await referralRow(made.id);

  const res = await client.patch(`/api/my/referrals/${made.id}`, {
    loveToWorkAgain: true,
    note: 'Knows Kubernetes inside out',
    skills: ['Kubernetes'],
  });
  assert.equal(res.statusCode, 200, res.body);
  const changed = res.json();
  assert.deepEqual(
    [changed.loveToWorkAgain, changed.note, changed.skills, changed.source, changed.job?.id],
    [true, 'Knows Kubernetes inside out', ['Kubernetes'], 'warm_prospect', job.id],
    'what the change leaves out stays',
  );
  const bySkill = await t.db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.companyId, company.id), sql`${referrals.searchVector} @@ 'kubernetes:C'::tsquery`));
  assert.deepEqual(
    bySkill.map((r) => r.id),
    [made.id],
    'the search vector follows the skills',
  );

  const other = await makeDepartment(t.db, company.id);
  const { job: otherJob } = await makeJob(t.db, company.id, { title: 'Gardener', departmentId: other.id });
  await client.patch(`/api/my/referrals/${made.id}`, { jobId: otherJob.id });
  assert.equal((await referralRow(made.id)).departmentId, other.id, 'the department follows the job');
  const cleared = (await client.patch(`/api/my/referrals/${made.id}`, { jobId: null })).json();
  assert.equal(cleared.job, null);
  assert.equal((await referralRow(made.id)).departmentId, null);
  assert.ok(department.id);

  const toIntro = await client.patch(`/api/my/referrals/${made.id}`, { mark: 'email_introduction' });
  assert.equal(toIntro.json().source, 'email_introduction');
  const after = await referralRow(made.id);
  assert.ok(after.dueAt, 'an introduction has a deadline');
  assert.ok(after.updatedAt > before.updatedAt);
  assert.equal((await eventsOf(made.id)).length, 1, 'no timeline line for a mark change');
  const noted = (await client.patch(`/api/my/referrals/${made.id}`, { note: '' })).json();
  assert.equal(noted.note, null, 'an empty note clears it');
});

test('once a recruiter acted, the mark stays but the note can change', async () => {
  const { company, client, contact } = await employeeWithContacts();
  const made = await mark(client, (await contact()).id, { mark: 'email_introduction' });
  const recruiter = await makeMember(t.db, company.id, 'recruiter');
  await t.db.transaction((tx) =>
    moveReferralStatus(tx, {
      companyId: company.id,
      referralId: made.id,
      to: 'introduction_requested',
      actorMembershipId: recruiter.membership.id,
    }),
  );
  const res = await client.patch(`/api/my/referrals/${made.id}`, { mark: 'cold_prospect' });
  assert.equal(res.statusCode, 409);
  assert.equal((await client.patch(`/api/my/referrals/${made.id}`, { note: 'Emailed her' })).statusCode, 200);
  const list = (await client.get('/api/my/referrals')).json();
  assert.deepEqual(
    [list.items[0].status, list.items[0].outcome, list.items[0].note],
    ['introduction_requested', 'requested', 'Emailed her'],
  );
});

test('withdrawing: unused marks are deleted and stay out of triage; used ones close', async () => {
  const { company, client, contact } = await employeeWithContacts();
  const unused = await contact();
  const used = await contact();
  const first = await mark(client, unused.id, { mark: 'warm_prospect' });
  const second = await mark(client, used.id, { mark: 'email_introduction' });
  await t.db.transaction((tx) =>
    moveReferralStatus(tx, { companyId: company.id, referralId: second.id, to: 'introduced', actorMembershipId: null }),
  );

  const deleted = await client.delete(`/api/my/referrals/${first.id}`);
  assert.equal(deleted.statusCode, 200, deleted.body);
  assert.deepEqual(deleted.json(), { withdrawn: 'deleted' });
  assert.equal(await referralRow(first.id), undefined);
  const queue = (await client.get('/api/contacts/triage')).json();
  assert.ok(!queue.items.some((c: { contact: { id: string } }) => c.contact.id === unused.id), 'not back in triage');
  assert.equal((await client.delete(`/api/contacts/${unused.id}/skip`)).statusCode, 204, 'undo brings it back');
  assert.ok(
    (await client.get('/api/contacts/triage'))
      .json()
      .items.some((c: { contact: { id: string } }) => c.contact.id === unused.id),
  );

  const closed = await client.delete(`/api/my/referrals/${second.id}`);
  assert.deepEqual(closed.json(), { withdrawn: 'closed' });
  const row = await referralRow(second.id);
  assert.deepEqual([row.status, row.active], ['withdrawn', false]);
  assert.deepEqual(
    (await eventsOf(second.id)).map((e) => e.toStatus),
    ['passed_on', 'introduced', 'withdrawn'],
  );
  assert.deepEqual((await client.delete(`/api/my/referrals/${second.id}`)).json(), { withdrawn: 'closed' });
  assert.equal((await eventsOf(second.id)).length, 3, 'withdrawing twice adds nothing');
  assert.equal((await client.patch(`/api/my/referrals/${second.id}`, { note: 'x' })).statusCode, 409);
});

test('My referrals: every source, newest first, by keyset, with an outcome filter', async () => {
  const { company, member, client, contact } = await employeeWithContacts();
  const made: string[] = [];
  for (let i = 0; i < 5; i++) made.push((await mark(client, (await contact()).id, { mark: 'cold_prospect' })).id);
  const request = await makeReferral(t.db, company.id, member.membership.id, {
    contact: null,
    source: 'referral_request',
    status: 'refer_request_sent',
  });
  await t.db.update(referrals).set({ status: 'hired' }).where(eq(referrals.id, made[1]));
  const seen: TMyReferral[] = [];
  let cursor: string | null = null;
  do {
    const res = await client.get(`/api/my/referrals?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json() as { items: TMyReferral[]; nextCursor: string | null };
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  assert.deepEqual(
    seen.map((r) => r.id),
    [request.id, ...made.reverse()],
  );
  const hired = (await client.get('/api/my/referrals?outcome=hired')).json().items;
  assert.deepEqual(
    hired.map((r: TMyReferral) => [r.id, r.outcome]),
    [[made.at(-2), 'hired']],
  );
  assert.equal((await client.get('/api/my/referrals?outcome=nope')).statusCode, 400);
  assert.equal((await client.get('/api/my/referrals?cursor=forged')).statusCode, 400);
  assert.equal((await client.patch(`/api/my/referrals/${request.id}`, { note: 'x' })).statusCode, 409);
  assert.equal((await client.delete(`/api/my/referrals/${request.id}`)).statusCode, 409);
});

test('bad input gets messages beside the fields', async () => {
  const { company, client, contact } = await employeeWithContacts();
  const person = await contact();
  const { job: archived } = await makeJob(t.db, company.id, { status: 'archived' });
  const { company: elsewhere } = await companyWithMember(t, 'admin');
  const { job: foreign } = await makeJob(t.db, elsewhere.id);
  for (const jobId of [archived.id, foreign.id, crypto.randomUUID()]) {
    const res = await client.post(`/api/contacts/${person.id}/mark`, { mark: 'warm_prospect', jobId });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().errors, [
      { field: 'jobId', message: 'Choose an open job', reason: 'referral.choose_open_job' },
    ]);
  }
  const long = await client.post(`/api/contacts/${person.id}/mark`, { mark: 'warm_prospect', note: 'x'.repeat(1001) });
  assert.equal(long.statusCode, 400);
  assert.deepEqual(long.json().errors, [
    { field: 'note', message: 'At most 1000 characters', reason: 'field.too_long', params: { max: 1000 } },
  ]);
  const badMark = await client.post(`/api/contacts/${person.id}/mark`, { mark: 'hot_prospect' });
  assert.equal(badMark.json().errors[0].field, 'mark');
  const tooMany = await client.post(`/api/contacts/${person.id}/mark`, {
    mark: 'warm_prospect',
    skills: Array.from({ length: 21 }, (_, i) => `s${i}`),
  });
  assert.deepEqual(tooMany.json().errors, [{ field: 'skills', message: 'At most 20 skills' }]);
  assert.equal((await t.db.select().from(referrals).where(eq(referrals.contactId, person.id))).length, 0);
  const made = await mark(client, person.id, { mark: 'warm_prospect' });
  const patched = await client.patch(`/api/my/referrals/${made.id}`, { jobId: archived.id });
  assert.deepEqual(patched.json().errors, [
    { field: 'jobId', message: 'Choose an open job', reason: 'referral.choose_open_job' },
  ]);
});

test("other people's contacts and referrals are 404, in the company or outside it", async () => {
  const { company, client: owner, contact } = await employeeWithContacts();
  const person = await contact();
  const made = await mark(owner, person.id, { mark: 'email_introduction' });
  const colleagues = [
    await t.signIn((await makeMember(t.db, company.id, 'employee')).email),
    await t.signIn((await makeMember(t.db, company.id, 'admin')).email),
    (await companyWithMember(t, 'admin')).client,
  ];
  for (const other of colleagues) {
    assert.equal((await other.post(`/api/contacts/${person.id}/mark`, { mark: 'cold_prospect' })).statusCode, 404);
    assert.equal((await other.patch(`/api/my/referrals/${made.id}`, { note: 'mine now' })).statusCode, 404);
    assert.equal((await other.delete(`/api/my/referrals/${made.id}`)).statusCode, 404);
    assert.deepEqual((await other.get('/api/my/referrals')).json().items, []);
  }
  const row = await referralRow(made.id);
  assert.deepEqual([row.source, row.referrerNote], ['email_introduction', null]);
});

test('an excluded contact cannot be marked', async () => {
  const { company, client, contact } = await employeeWithContacts();
  const person = await contact({ company: 'Initech', companyKey: 'initech' });
  await makeExclusion(t.db, company.id, { kind: 'company_name', value: 'Initech' });
  assert.equal((await client.post(`/api/contacts/${person.id}/mark`, { mark: 'warm_prospect' })).statusCode, 404);
});

test('deleting contacts deletes the marks nobody acted on and keeps the rest', async () => {
  const { company, client, contact } = await employeeWithContacts();
  const untouched = await mark(client, (await contact()).id, { mark: 'warm_prospect' });
  const used = await mark(client, (await contact()).id, { mark: 'email_introduction' });
  await t.db.transaction((tx) =>
    moveReferralStatus(tx, {
      companyId: company.id,
      referralId: used.id,
      to: 'introduction_requested',
      actorMembershipId: null,
    }),
  );
  const colleague = await makeMember(t.db, company.id, 'employee');
  const theirs = await makeReferral(t.db, company.id, colleague.membership.id);

  const res = await client.delete('/api/contacts');
  assert.equal(res.statusCode, 200);
  assert.equal(res.json().deleted, 2);
  assert.equal(await referralRow(untouched.id), undefined, 'the untouched mark went with its contact');
  const kept = await referralRow(used.id);
  assert.deepEqual([kept.contactId, kept.firstName, kept.status], [null, used.firstName, 'introduction_requested']);
  assert.ok(await referralRow(theirs.id), "a colleague's mark is not touched");
  const mine = (await client.get('/api/my/referrals')).json().items;
  assert.deepEqual(
    mine.map((r: TMyReferral) => [r.id, r.contactId]),
    [[used.id, null]],
  );
});

test('deleting one import deletes the untouched marks of its contacts only', async () => {
  const { client } = await employeeWithContacts();
  const older = (await uploadContacts(client, { name: 'a.csv', content: linkedinExport(3) })).json();
  const queue = (await client.get('/api/contacts/triage')).json();
  assert.equal(queue.items.length, 3);
  const marked = await mark(client, queue.items[0].contact.id, { mark: 'cold_prospect' });
  const res = await client.delete(`/api/contacts/imports/${older.id}`);
  assert.equal(res.json().deleted, 3);
  assert.equal(await referralRow(marked.id), undefined);
  assert.deepEqual((await client.get('/api/my/referrals')).json().items, []);
});

test('hostile bodies and query strings never cause a 5xx', async () => {
  const { client, contact } = await employeeWithContacts();
  const person = await contact();
  const made = await mark(client, (await contact()).id, { mark: 'warm_prospect' });
  const hostile = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('', ' ', '\u0000', 'a\u0000b', 'email_introduction', 'not-a-uuid', crypto.randomUUID()),
    fc.array(fc.oneof(fc.string(), fc.constant('\u0000x')), { maxLength: 25 }),
    fc.constant(null),
  );
  const body = fc.dictionary(fc.constantFrom('mark', 'loveToWorkAgain', 'note', 'jobId', 'skills'), hostile);
  await fc.assert(
    fc.asyncProperty(body, fc.boolean(), async (payload, patch) => {
      const res = patch
        ? await client.patch(`/api/my/referrals/${made.id}`, payload)
        : await client.post(`/api/contacts/${person.id}/mark`, payload);
      assert.ok(res.statusCode < 500, `${res.statusCode} for ${JSON.stringify(payload)}: ${res.body}`);
    }),
    { numRuns: 120 },
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('/api/contacts/triage', '/api/my/referrals'),
      fc.dictionary(fc.constantFrom('limit', 'cursor', 'outcome'), fc.string({ maxLength: 40 }), { maxKeys: 3 }),
      async (path, query) => {
        const res = await client.get(`${path}?${new URLSearchParams(query)}`);
        assert.ok(res.statusCode < 500, `${path}?${new URLSearchParams(query)} → ${res.statusCode}`);
      },
    ),
    { numRuns: 80 },
  );
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { contacts } from '../src/modules/network/network.tables.ts';
import { listReferralEvents } from '../src/modules/referrals/network-referrals.repo.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import type { Client } from './helpers/app.ts';
import { makeExclusion, makeMember } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { uploadContacts } from './helpers/multipart.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const t = useTestApp();

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const row = (first: string, last: string, email: string, company: string) =>
  `${first},${last},https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()},${email},${company},Detective,12 Mar 2024`;
const file = (...rows: string[]) => ({ name: 'Connections.csv', content: `${[HEADER, ...rows].join('\r\n')}\r\n` });

/** The people of the first export: where they worked then. */
const FIRST = [
  row('Raymond', 'Holt', '', 'Nine-Nine Precinct'),
  row('Gina', 'Linetti', '', 'Nine-Nine Precinct'),
  row('Charles', 'Boyle', '', 'Nine-Nine Precinct'),
  row('Amy', 'Santiago', '', 'Nine-Nine Precinct'),
];
/** The next export: Raymond and Charles moved to an excluded company, Gina's address is excluded. */
const MOVED = [
  row('Raymond', 'Holt', '', 'Initech Ltd'),
  row('Gina', 'Linetti', 'gina@linetti.example', 'Nine-Nine Precinct'),
  row('Charles', 'Boyle', '', 'Initech'),
  row('Amy', 'Santiago', '', 'Nine-Nine Precinct'),
];

/**
 * An employee imported four people and passed two on (Raymond as a warm prospect a recruiter
 * already contacted, Gina for an email introduction); then the company excluded Initech and Gina's
 * address, and the employee imports again with Raymond and Charles at Initech and Gina's address.
 */
async function world() {
  const { company, member: employee, client } = await companyWithMember(t, 'employee', { name: 'Jake Peralta' });
  const recruiter = await makeMember(t.db, company.id, 'recruiter');
  const desk = await t.signIn(recruiter.email);
  const { key } = await makeApiKey(t.db, company.id, ['read']);
  const ats = t.withApiKey(key);
  assert.equal((await uploadContacts(client, file(...FIRST))).statusCode, 201);
  const own = await t.db.select().from(contacts).where(eq(contacts.ownerMembershipId, employee.membership.id));
  const contactOf = (first: string) => own.find((c) => c.firstName === first)!;
  const mark = async (first: string, mark: string) => {
    const res = await client.post(`/api/contacts/${contactOf(first).id}/mark`, { mark });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };
  const raymond = await mark('Raymond', 'warm_prospect');
  const gina = await mark('Gina', 'email_introduction');
  const contacted = await desk.post(`/api/referrals/${raymond}/status`, { status: 'recruiter_contacted' });
  assert.equal(contacted.statusCode, 200, contacted.body);
  return { company, employee, client, desk, ats, contactOf, referrals: { raymond, gina } };
}

type World = Awaited<ReturnType<typeof world>>;

const json = async (client: Client, url: string) => {
  const res = await client.get(url);
  assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
  return res;
};

/** Every place a recruiter or an integration could meet a referral, as one text to search. */
async function recruiterViews(w: World) {
  const views = await Promise.all([
    json(w.desk, '/api/referrals?limit=100'),
    json(w.desk, '/api/referrals?limit=100&q=holt'),
    json(w.desk, '/api/referrals/export.csv'),
    json(w.desk, '/api/referrals/network?tab=prospects&scope=all&limit=50'),
    json(w.desk, '/api/referrals/network?tab=introductions&scope=all&limit=50'),
    json(w.desk, '/api/referrals/network?tab=prospects&scope=all&limit=50&q=holt'),
    json(w.desk, '/api/referrals/network/export.csv?tab=prospects&scope=all'),
    json(w.desk, '/api/referrals/network/export.csv?tab=introductions&scope=all'),
    json(w.ats, '/api/v1/referrals'),
  ]);
  return views.map((v) => v.body).join('\n');
}

const triageNames = async (w: World) =>
  (await json(w.client, '/api/contacts/triage?limit=50'))
    .json()
    .items.map((card: { contact: { firstName: string } }) => card.contact.firstName)
    .sort();

describe('a re-import cannot bring an excluded person back', () => {
  test('before the exclusions, recruiters see both referrals and Charles is in triage (the baseline)', async () => {
    const w = await world();
    const seen = await recruiterViews(w);
    assert.match(seen, /Holt/);
    assert.match(seen, /Linetti/);
    assert.deepEqual(await triageNames(w), ['Amy', 'Charles']);
  });

  test('an excluded update updates and hides the contact; the summary still counts it as excluded', async () => {
    const w = await world();
    await makeExclusion(t.db, w.company.id, { kind: 'company_name', value: 'Initech' });
    await makeExclusion(t.db, w.company.id, { kind: 'email', value: 'gina@linetti.example' });
    const res = await uploadContacts(w.client, file(...MOVED));
    assert.equal(res.statusCode, 201, res.body);
    const summary = res.json();
    assert.deepEqual([summary.added, summary.updated, summary.unchanged, summary.excluded], [0, 0, 1, 3]);

    const stored = await t.db.select().from(contacts).where(eq(contacts.ownerMembershipId, w.employee.membership.id));
    const byName = Object.fromEntries(stored.map((c) => [c.firstName, c]));
    assert.equal(byName.Raymond.company, 'Initech Ltd', 'not kept at the old employer');
    assert.equal(byName.Charles.company, 'Initech');
    assert.equal(byName.Gina.email, 'gina@linetti.example');
    assert.equal(stored.length, 4, 'nobody new was stored');

    const listed = (await json(w.client, '/api/contacts?limit=50'))
      .json()
      .items.map((c: { firstName: string }) => c.firstName);
    assert.deepEqual(listed.sort(), ['Amy'], 'the employee’s own list hides them too');
    assert.deepEqual(await triageNames(w), ['Amy'], 'Charles left triage');
    const passOn = await w.client.post(`/api/contacts/${w.contactOf('Charles').id}/mark`, { mark: 'warm_prospect' });
    assert.equal(passOn.statusCode, 404, 'an excluded contact cannot be passed on');
  });

  test('their referrals are withdrawn, recorded in the timeline, and gone from every recruiter view', async () => {
    const w = await world();
    await makeExclusion(t.db, w.company.id, { kind: 'company_name', value: 'Initech' });
    await makeExclusion(t.db, w.company.id, { kind: 'email', value: 'gina@linetti.example' });
    assert.equal((await uploadContacts(w.client, file(...MOVED))).statusCode, 201);

    const seen = await recruiterViews(w);
    assert.doesNotMatch(seen, /Holt|Linetti/);
    for (const id of [w.referrals.raymond, w.referrals.gina]) {
      assert.equal((await w.desk.get(`/api/referrals/${id}`)).statusCode, 404);
      assert.equal((await w.ats.get(`/api/v1/referrals/${id}`)).statusCode, 404);
      const [referral] = await t.db.select().from(referrals).where(eq(referrals.id, id));
      assert.equal(referral.status, 'withdrawn');
      assert.equal(referral.active, false);
    }
    const [raymond] = await t.db.select().from(referrals).where(eq(referrals.id, w.referrals.raymond));
    assert.equal(raymond.company, 'Initech Ltd', 'the copy a recruiter could meet is no longer at the old employer');
    const events = await listReferralEvents(t.db, w.company.id, w.referrals.raymond);
    assert.deepEqual(
      events.map((e) => [e.kind, e.fromStatus, e.toStatus]),
      [
        ['status', null, 'passed_on'],
        ['status', 'passed_on', 'recruiter_contacted'],
        ['excluded', 'recruiter_contacted', 'withdrawn'],
      ],
    );
    assert.equal(events.at(-1)!.actor, null, 'the system withdrew it, not a person');

    // The employee sees why: withdrawn, because the person is on the exclude list.
    const mine = (await json(w.client, '/api/my/referrals?limit=50')).json().items as {
      id: string;
      status: string;
      outcome: string;
      excluded: boolean;
    }[];
    for (const id of [w.referrals.raymond, w.referrals.gina]) {
      const found = mine.find((r) => r.id === id);
      assert.deepEqual([found?.status, found?.outcome, found?.excluded], ['withdrawn', 'closed', true]);
    }

    // The next import with the same people changes nothing more.
    assert.equal((await uploadContacts(w.client, file(...MOVED))).statusCode, 201);
    assert.equal((await listReferralEvents(t.db, w.company.id, w.referrals.raymond)).length, 3);
  });

  test('a hired referral stays as it was: the hire happened', async () => {
    const w = await world();
    await t.db
      .update(referrals)
      .set({ status: 'hired' })
      .where(and(eq(referrals.companyId, w.company.id), eq(referrals.id, w.referrals.raymond)));
    await makeExclusion(t.db, w.company.id, { kind: 'company_name', value: 'Initech' });
    assert.equal((await uploadContacts(w.client, file(...MOVED))).statusCode, 201);
    const [raymond] = await t.db.select().from(referrals).where(eq(referrals.id, w.referrals.raymond));
    assert.deepEqual([raymond.status, raymond.company], ['hired', 'Nine-Nine Precinct']);
  });
});

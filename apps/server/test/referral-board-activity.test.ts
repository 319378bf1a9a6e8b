import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { runStaleReferralReminders } from '../src/modules/referrals/index.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { boardIds, daysAgo, makeBoardWorld } from './helpers/board-world.ts';
import { makeJob, makeMember } from './helpers/factories.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ PUBLIC_URL: 'https://vouch.test' });
});
after(() => t.close());

type Event = {
  kind: string;
  fromStatus: string | null;
  toStatus: string;
  actor: { name: string } | null;
  note: string | null;
};
const kinds = (events: Event[]) => events.map((e) => e.kind);

describe(`referral activity, timelines and stale reminders on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  test('the bell makes a referral inactive and back, each kept in the timeline with who', async () => {
    const w = await makeBoardWorld(t);
    const referral = await w.refer({ status: 'applied' });
    const c = w.claireClient;
    const off = await c.post(`/api/referrals/${referral.id}/active`, { active: false });
    assert.equal(off.statusCode, 200);
    assert.equal(off.json().active, false);
    assert.equal(off.json().status, 'applied', 'the status stays');
    assert.ok(!(await boardIds(c, '')).includes(referral.id));
    assert.ok((await boardIds(c, 'tab=inactive')).includes(referral.id));
    // Again: nothing changes and no line is added.
    assert.equal((await c.post(`/api/referrals/${referral.id}/active`, { active: false })).statusCode, 200);
    const on = await c.post(`/api/referrals/${referral.id}/active`, { active: true });
    assert.equal(on.json().active, true);
    assert.ok((await boardIds(c, '')).includes(referral.id));

    const events: Event[] = (await c.get(`/api/referrals/${referral.id}`)).json().events;
    assert.deepEqual(kinds(events), ['status', 'deactivated', 'reactivated']);
    assert.equal(events[1].actor?.name, 'Claire Recruiter');
    assert.equal(events[1].note, null);
    assert.equal(events[1].toStatus, 'applied');
    assert.equal((await c.post(`/api/referrals/${referral.id}/active`, { active: 'no' })).statusCode, 400);
  });

  test('archiving a role makes its referrals inactive at once; unarchiving offers them back', async () => {
    const w = await makeBoardWorld(t);
    const c = w.claireClient;
    const a = await w.refer({ jobId: w.backend.id, status: 'interviewing' });
    const b = await w.refer({ jobId: w.backend.id, status: 'passed_on', source: 'warm_prospect' });
    const elsewhere = await w.refer({ jobId: w.seller.id });
    assert.equal((await c.post(`/api/jobs/${w.backend.id}/archive`)).statusCode, 200);
    const rows = await t.db
      .select()
      .from(referrals)
      .where(inArray(referrals.id, [a.id, b.id, elsewhere.id]));
    const activeOf = Object.fromEntries(rows.map((r) => [r.id, r.active]));
    assert.deepEqual(activeOf, { [a.id]: false, [b.id]: false, [elsewhere.id]: true });
    assert.ok((await boardIds(c, 'tab=inactive')).includes(a.id));
    const events: Event[] = (await c.get(`/api/referrals/${a.id}`)).json().events;
    assert.equal(events.at(-1)?.kind, 'job_archived');
    assert.equal(events.at(-1)?.actor?.name, 'Claire Recruiter');

    assert.deepEqual((await c.get(`/api/jobs/${w.backend.id}/referrals/inactive-count`)).json(), { inactive: 2 });
    assert.equal((await c.post(`/api/jobs/${w.backend.id}/referrals/reactivate`)).statusCode, 409, 'still archived');
    assert.equal((await c.post(`/api/jobs/${w.backend.id}/unarchive`)).statusCode, 200);
    assert.ok((await boardIds(c, 'tab=inactive')).includes(a.id), 'unarchiving alone reactivates nothing');
    const reactivated = await c.post(`/api/jobs/${w.backend.id}/referrals/reactivate`);
    assert.deepEqual(reactivated.json(), { reactivated: 2 });
    assert.ok((await boardIds(c, '')).includes(a.id));
    assert.deepEqual((await c.get(`/api/jobs/${w.backend.id}/referrals/inactive-count`)).json(), { inactive: 0 });
    const after: Event[] = (await c.get(`/api/referrals/${a.id}`)).json().events;
    assert.equal(after.at(-1)?.kind, 'reactivated');
  });

  test("the candidate's Referrals tab: every referral about them with status, referrer, role and timeline", async () => {
    const w = await makeBoardWorld(t);
    const person = await w.candidate({ firstName: 'Raymond', lastName: 'Okafor' });
    const request = await w.refer({ candidateId: person.id, jobId: w.backend.id, at: daysAgo(2) });
    const passed = await w.refer({
      candidateId: person.id,
      source: 'warm_prospect',
      status: 'passed_on',
      at: daysAgo(5),
    });
    await w.refer({ at: daysAgo(1) });
    await w.claireClient.post(`/api/referrals/${request.id}/status`, {
      status: 'referrer_contacted',
      note: 'Erik called',
    });
    const res = await w.claireClient.get(`/api/candidates/${person.id}/referrals`);
    assert.equal(res.statusCode, 200);
    const items = res.json().items;
    assert.deepEqual(
      items.map((i: { id: string }) => i.id),
      [request.id, passed.id],
    );
    assert.equal(items[0].status, 'referrer_contacted');
    assert.equal(items[0].referrer.name, 'Erik Employee');
    assert.equal(items[0].job.title, 'Backend Engineer');
    assert.equal(items[0].candidate.name, 'Raymond Okafor');
    const last: Event = items[0].events.at(-1);
    assert.deepEqual(
      [last.kind, last.fromStatus, last.toStatus, last.note],
      ['status', 'refer_request_sent', 'referrer_contacted', 'Erik called'],
    );
    assert.equal(last.actor?.name, 'Claire Recruiter');
    const other = await w.candidate();
    assert.deepEqual((await w.claireClient.get(`/api/candidates/${other.id}/referrals`)).json(), { items: [] });
  });

  test('stale: flagged after the company’s days without a status change, reminded once, until it moves', async () => {
    const w = await makeBoardWorld(t);
    const now = new Date();
    const jobRecruiter = await makeMember(t.db, w.company.id, 'recruiter', { name: 'Jo Role' });
    const { job } = await makeJob(t.db, w.company.id, { title: 'Designer' });
    const { jobRecruiters } = await import('../src/modules/hiring/hiring.tables.ts');
    await t.db
      .insert(jobRecruiters)
      .values({ companyId: w.company.id, jobId: job.id, membershipId: jobRecruiter.membership.id });
    const stale = await w.refer({ firstName: 'Stan', lastName: 'Still', at: daysAgo(8, now.getTime()) });
    const ofRole = await w.refer({
      source: 'submission',
      status: 'applied',
      jobId: job.id,
      at: daysAgo(9, now.getTime()),
    });
    const fresh = await w.refer({ at: daysAgo(6, now.getTime()) });
    const hired = await w.refer({ status: 'hired', at: daysAgo(30, now.getTime()) });
    const inactive = await w.refer({ active: false, at: daysAgo(30, now.getTime()) });
    const untouched = await w.refer({ source: 'warm_prospect', status: 'passed_on', at: daysAgo(30, now.getTime()) });

    const page = (await w.claireClient.get('/api/referrals?limit=200')).json();
    const staleIds = page.items.filter((i: { stale: boolean }) => i.stale).map((i: { id: string }) => i.id);
    assert.deepEqual(staleIds.sort(), [stale.id, ofRole.id].sort());
    assert.ok(!staleIds.includes(fresh.id) && !staleIds.includes(hired.id));
    // The reminder's link: the board with only the stale ones.
    const onlyStale = (await w.claireClient.get('/api/referrals?stale=true&limit=200')).json();
    assert.deepEqual(onlyStale.items.map((i: { id: string }) => i.id).sort(), [stale.id, ofRole.id].sort());
    assert.equal(onlyStale.counts.inactive, 0);
    const cards = (await w.claireClient.get('/api/dashboard')).json().cards;
    const card = (key: string) => cards.find((c: { key: string }) => c.key === key);
    assert.deepEqual(card('referrals_stale'), {
      key: 'referrals_stale',
      count: 2,
      href: '/referrals?stale=true',
      tone: 'attention',
    });
    assert.equal(card('referrals_active').count, page.counts.active);
    assert.equal(card('referrals_active').href, '/referrals');

    const remind = (at = now) => runStaleReferralReminders({ db: t.db, config: t.config, now: at });
    const run = await remind();
    assert.ok(run.reminded >= 2);
    const queuedTo = (email: string) => t.db.select().from(messages).where(eq(messages.recipient, email));
    const [toClaire] = await queuedTo(w.claire.email);
    assert.equal(toClaire.template, 'referrals_stale');
    assert.match(toClaire.bodyText ?? '', /Stan Still/);
    assert.match(toClaire.bodyText ?? '', /https:\/\/vouch\.test\/referrals\?stale=true/);
    const [toRole] = await queuedTo(jobRecruiter.email);
    assert.match(toRole.bodyText ?? '', /Designer/, 'no recruiter of its own: the role’s recruiters');
    assert.doesNotMatch(toRole.bodyText ?? '', /Stan Still/);
    const claimed = await t.db
      .select()
      .from(referrals)
      .where(inArray(referrals.id, [fresh.id, hired.id, inactive.id, untouched.id]));
    assert.ok(claimed.every((r) => r.staleRemindedAt === null));

    // Once: a second run sends nothing more.
    const again = await remind(new Date(now.getTime() + 60_000));
    assert.equal((await queuedTo(w.claire.email)).length, 1);
    assert.equal((await queuedTo(jobRecruiter.email)).length, 1);
    const [claimedOnce] = await t.db.select().from(referrals).where(eq(referrals.id, stale.id));
    assert.equal(claimedOnce.staleRemindedAt?.getTime(), now.getTime(), 'claimed by the first run');
    assert.deepEqual(again, { reminded: 0, emails: 0 });

    // A status change clears the reminder and the flag; N days later it can be reminded again.
    await w.claireClient.post(`/api/referrals/${stale.id}/status`, { status: 'candidate_interested' });
    const [moved] = await t.db.select().from(referrals).where(eq(referrals.id, stale.id));
    assert.equal(moved.staleRemindedAt, null);
    const row = (await w.claireClient.get('/api/referrals?limit=200'))
      .json()
      .items.find((i: { id: string }) => i.id === stale.id);
    assert.equal(row.stale, false);
    await remind(new Date(Date.now() + 8 * 86_400_000));
    assert.equal((await queuedTo(w.claire.email)).length, 2);

    // The company's own number of days decides.
    await t.db.update(companies).set({ staleReferralDays: 5 }).where(eq(companies.id, w.company.id));
    const rows = (await w.claireClient.get('/api/referrals?limit=200')).json().items;
    assert.equal(rows.find((i: { id: string }) => i.id === fresh.id).stale, true);
  });

  test('the stale days setting: 1–365 whole days, kept when left out', async () => {
    const w = await makeBoardWorld(t);
    const admin = await makeMember(t.db, w.company.id, 'admin');
    const client = await t.signIn(admin.email);
    const current = (await client.get('/api/company')).json();
    assert.equal(current.staleReferralDays, 7, 'the default');
    const body = {
      name: current.name,
      domains: current.domains,
      defaultLanguage: current.defaultLanguage,
      senderName: current.senderName,
      replyTo: current.replyTo,
      timeZone: current.timeZone,
    };
    for (const value of [0, 366, 2.5, 'seven', -1]) {
      const res = await client.put('/api/company', { ...body, staleReferralDays: value });
      assert.equal(res.statusCode, 400, String(value));
      assert.equal(res.json().errors[0].field, 'staleReferralDays');
    }
    assert.equal((await client.put('/api/company', { ...body, staleReferralDays: 14 })).json().staleReferralDays, 14);
    assert.equal((await client.put('/api/company', body)).json().staleReferralDays, 14);
    assert.equal((await client.put('/api/company', { ...body, staleReferralDays: 365 })).statusCode, 200);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeDepartment, makeExclusion } from './helpers/factories.ts';
import { listIds, makePassedOnWorld, type PassedOnWorld, passOn } from './helpers/passed-on.ts';

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

let t: TestApp;
let w: PassedOnWorld;
let rita: Client;
let ulf: Client;

before(async () => {
  t = await startTestApp();
  w = await makePassedOnWorld(t);
  rita = w.ritaClient;
  ulf = await t.signIn(w.ulf.email);
});
after(() => t.close());

const db = () => t.db;
const inCompany = (person: Omit<Parameters<typeof passOn>[2], 'referrerId'> & { referrerId?: string }) =>
  passOn(db(), w.company.id, { referrerId: w.employee.membership.id, ...person });

describe(`recruiters' Referrals area on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  test('tabs: introductions and prospects, a mark narrows, withdrawn ones are gone', async () => {
    const intro = await inCompany({ source: 'email_introduction', createdAt: ago(50) });
    const warm = await inCompany({ source: 'warm_prospect', createdAt: ago(49) });
    const cold = await inCompany({ source: 'cold_prospect', createdAt: ago(48) });
    const withdrawn = await inCompany({ source: 'warm_prospect', status: 'withdrawn', createdAt: ago(47) });
    const introductions = await listIds(ulf, 'tab=introductions&limit=200');
    const prospects = await listIds(ulf, 'tab=prospects&limit=200');
    assert.ok(introductions.includes(intro.id));
    assert.ok(!introductions.includes(warm.id) && !introductions.includes(cold.id));
    assert.ok(prospects.includes(warm.id) && prospects.includes(cold.id));
    assert.ok(!prospects.includes(intro.id) && !prospects.includes(withdrawn.id));
    assert.deepEqual(
      (await listIds(ulf, 'tab=prospects&mark=warm_prospect&limit=200')).filter((id) =>
        [warm.id, cold.id].includes(id),
      ),
      [warm.id],
    );
    // A mark of the other tab narrows to nothing instead of leaking introductions into prospects.
    assert.deepEqual(await listIds(ulf, 'tab=prospects&mark=email_introduction'), []);
    const page = (await ulf.get('/api/referrals/network?tab=prospects')).json();
    const shown = page.items.find((item: { id: string }) => item.id === warm.id);
    assert.equal(shown.referrer.name, 'Cornelius Quillfeather');
    assert.deepEqual(page.highlights, []);
  });

  test('newest first, keyset pages without duplicates or gaps', async () => {
    const company = await makeCompany(db());
    const { makeMember } = await import('./helpers/factories.ts');
    const recruiter = await makeMember(db(), company.id, 'recruiter');
    const employee = await makeMember(db(), company.id, 'employee');
    const same = ago(10);
    const made = [];
    for (let i = 0; i < 7; i++) {
      // Three share a timestamp, so the id must break the tie.
      made.push(
        await passOn(db(), company.id, { referrerId: employee.membership.id, createdAt: i < 3 ? same : ago(i) }),
      );
    }
    const client = await t.signIn(recruiter.email);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await client.get(`/api/referrals/network?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.statusCode, 200);
      seen.push(...res.json().items.map((item: { id: string }) => item.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    const expected = [...made]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);
    assert.deepEqual(seen, expected);
    const forged = await client.get('/api/referrals/network?cursor=bm90LWpzb24');
    assert.equal(forged.statusCode, 400);
  });

  test('filters: employee, department, dates in the company time zone', async () => {
    const byColleague = await inCompany({ referrerId: w.colleague.membership.id, createdAt: ago(30) });
    const mine = await inCompany({ departmentId: w.sales.id, createdAt: ago(29) });
    const onFirst = await inCompany({ createdAt: new Date('2026-03-01T23:30:00Z') }); // 00:30 on 2 March in Stockholm
    const colleagueIds = await listIds(ulf, `referrerId=${w.colleague.membership.id}&limit=200`);
    assert.ok(colleagueIds.includes(byColleague.id) && !colleagueIds.includes(mine.id));
    assert.deepEqual(await listIds(ulf, `departmentId=${w.sales.id}`), [mine.id]);
    assert.deepEqual(await listIds(ulf, 'from=2026-03-02&to=2026-03-02'), [onFirst.id]);
    assert.deepEqual(await listIds(ulf, 'from=2026-03-01&to=2026-03-01'), []);
    const backwards = await ulf.get('/api/referrals/network?from=2026-03-05&to=2026-03-01');
    assert.equal(backwards.statusCode, 400);
    assert.equal(backwards.json().errors[0].field, 'to');
    const badDate = await ulf.get('/api/referrals/network?from=yesterday');
    assert.equal(badDate.statusCode, 400);
    assert.equal(badDate.json().errors[0].field, 'from');
  });

  test('a recruiter sees their departments by default and widens to all with scope=all', async () => {
    const engineering = await inCompany({ departmentId: w.engineering.id, jobId: w.job.id, createdAt: ago(20) });
    const sales = await inCompany({ departmentId: w.sales.id, createdAt: ago(19) });
    const unfiled = await inCompany({ createdAt: ago(18) });
    const mine = (await rita.get('/api/referrals/network?limit=200')).json();
    assert.deepEqual(mine.scope, { mode: 'mine', departments: [{ id: w.engineering.id, name: 'Engineering' }] });
    const mineIds = mine.items.map((item: { id: string }) => item.id);
    assert.ok(mineIds.includes(engineering.id));
    assert.ok(!mineIds.includes(sales.id) && !mineIds.includes(unfiled.id));
    const item = mine.items.find((i: { id: string }) => i.id === engineering.id);
    assert.deepEqual(item.job, { id: w.job.id, title: 'Backend Engineer' });
    assert.deepEqual(item.department, { id: w.engineering.id, name: 'Engineering' });

    const all = (await rita.get('/api/referrals/network?scope=all&limit=200')).json();
    assert.deepEqual(all.scope, { mode: 'all', departments: [] });
    const allIds = all.items.map((i: { id: string }) => i.id);
    assert.ok([engineering.id, sales.id, unfiled.id].every((id) => allIds.includes(id)));
    // Ulf chose no departments: his default is everything.
    const ulfDefault = (await ulf.get('/api/referrals/network?limit=200')).json();
    assert.equal(ulfDefault.scope.mode, 'all');
    assert.ok(ulfDefault.items.some((i: { id: string }) => i.id === sales.id));
  });

  test('exclusions hide passed-on people, also when added after the mark', async () => {
    const person = await inCompany({ email: 'later.excluded@rival.example', createdAt: ago(15) });
    const atCompany = await inCompany({ company: 'Rival AB', createdAt: ago(14) });
    const before = await listIds(ulf, 'limit=200');
    assert.ok(before.includes(person.id) && before.includes(atCompany.id));
    await makeExclusion(db(), w.company.id, { kind: 'email', value: 'Later.Excluded@rival.example' });
    await makeExclusion(db(), w.company.id, { kind: 'company_name', value: 'Rival' });
    const afterwards = await listIds(ulf, 'limit=200');
    assert.ok(!afterwards.includes(person.id) && !afterwards.includes(atCompany.id));
    const csv = (await ulf.get('/api/referrals/network/export.csv')).body;
    assert.ok(!csv.includes('later.excluded@rival.example') && !csv.includes('Rival AB'));
  });

  test('overdue: flagged in the list and a filter of its own', async () => {
    const late = await inCompany({ dueAt: ago(2), createdAt: ago(26) });
    const onTime = await inCompany({ dueAt: new Date(Date.now() + 5 * HOUR), createdAt: ago(25) });
    const handled = await inCompany({ dueAt: ago(2), actedAt: ago(3), createdAt: ago(27) });
    const page = (await ulf.get('/api/referrals/network?limit=200')).json();
    const flag = (id: string) => page.items.find((i: { id: string }) => i.id === id).overdue;
    assert.deepEqual([flag(late.id), flag(onTime.id), flag(handled.id)], [true, false, false]);
    const overdue = await listIds(ulf, 'overdue=true&limit=200');
    assert.ok(overdue.includes(late.id));
    assert.ok(!overdue.includes(onTime.id) && !overdue.includes(handled.id));
  });

  test('the pencil: any status with a note, on the timeline; the same status again is a 409', async () => {
    const referral = await inCompany({ dueAt: ago(1), createdAt: ago(12) });
    const moved = await ulf.post(`/api/referrals/${referral.id}/status`, {
      status: 'recruiter_contacted',
      note: 'Called them on Monday',
    });
    assert.equal(moved.statusCode, 200);
    const detail = moved.json();
    assert.equal(detail.status, 'recruiter_contacted');
    assert.equal(detail.overdue, false, 'acting on it stops the service-level clock');
    assert.deepEqual(
      detail.events.map((e: { fromStatus: string | null; toStatus: string; note: string | null }) => [
        e.fromStatus,
        e.toStatus,
        e.note,
      ]),
      [
        [null, 'passed_on', null],
        ['passed_on', 'recruiter_contacted', 'Called them on Monday'],
      ],
    );
    assert.deepEqual(detail.events[1].actor, { id: w.ulf.membership.id, name: 'Ulf Unscoped' });
    assert.deepEqual(detail.events[0].actor, { id: w.employee.membership.id, name: 'Cornelius Quillfeather' });
    const [row] = await db().select().from(referrals).where(eq(referrals.id, referral.id));
    assert.equal(row.recruiterMembershipId, w.ulf.membership.id);

    const again = await ulf.post(`/api/referrals/${referral.id}/status`, { status: 'recruiter_contacted' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().errors[0].field, 'status');
    // A second recruiter moving it on does not take it over.
    const later = await rita.post(`/api/referrals/${referral.id}/status`, { status: 'candidate_interested' });
    assert.equal(later.statusCode, 200);
    assert.equal(later.json().events.length, 3);
    const [still] = await db().select().from(referrals).where(eq(referrals.id, referral.id));
    assert.equal(still.recruiterMembershipId, w.ulf.membership.id);
    const unknown = await ulf.post(`/api/referrals/${referral.id}/status`, { status: 'teleported' });
    assert.equal(unknown.statusCode, 400);
  });

  test("filing under a department: the company's own or none", async () => {
    const referral = await inCompany({ createdAt: ago(11) });
    const filed = await ulf.patch(`/api/referrals/${referral.id}`, { departmentId: w.sales.id });
    assert.equal(filed.statusCode, 200);
    assert.deepEqual(filed.json().department, { id: w.sales.id, name: 'Sales' });
    assert.ok((await listIds(ulf, `departmentId=${w.sales.id}&limit=200`)).includes(referral.id));
    const elsewhere = await makeDepartment(db(), (await makeCompany(db())).id, 'Elsewhere');
    const foreign = await ulf.patch(`/api/referrals/${referral.id}`, { departmentId: elsewhere.id });
    assert.equal(foreign.statusCode, 422);
    assert.equal(foreign.json().errors[0].field, 'departmentId');
    const cleared = await ulf.patch(`/api/referrals/${referral.id}`, { departmentId: null });
    assert.equal(cleared.json().department, null);
  });

  test("another company's referral is a 404 on every surface; employees may not look", async () => {
    const other = await makeCompany(db());
    const { makeMember } = await import('./helpers/factories.ts');
    const stranger = await makeMember(db(), other.id, 'employee');
    const theirs = await passOn(db(), other.id, { referrerId: stranger.membership.id });
    assert.equal((await ulf.get(`/api/referrals/${theirs.id}`)).statusCode, 404);
    assert.equal((await ulf.post(`/api/referrals/${theirs.id}/status`, { status: 'hired' })).statusCode, 404);
    assert.equal((await ulf.patch(`/api/referrals/${theirs.id}`, { departmentId: null })).statusCode, 404);
    assert.ok(!(await listIds(ulf, 'limit=200&scope=all')).includes(theirs.id));
    const employee = await t.signIn(w.employee.email);
    assert.equal((await employee.get('/api/referrals/network')).statusCode, 403);
  });
});

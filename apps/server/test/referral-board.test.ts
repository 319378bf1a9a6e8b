import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { REFERRAL_STATUSES } from '@vouch/contracts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { allPages, type BoardItem, boardIds, daysAgo, makeBoardWorld } from './helpers/board-world.ts';
import { makeExclusion } from './helpers/factories.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const sameSet = (actual: string[], expected: string[]) => assert.deepEqual([...actual].sort(), [...expected].sort());

describe(`the referral board on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  test('tabs: every source once acted on; untouched marks stay in their own tabs; counts per tab and status', async () => {
    const w = await makeBoardWorld(t);
    const request = await w.refer({ at: daysAgo(1) });
    const intro = await w.refer({ source: 'email_introduction', status: 'introduction_requested', at: daysAgo(2) });
    const warm = await w.refer({ source: 'warm_prospect', status: 'recruiter_contacted', at: daysAgo(3) });
    const cold = await w.refer({ source: 'cold_prospect', status: 'applied', at: daysAgo(4) });
    const submission = await w.refer({ source: 'submission', status: 'applied', at: daysAgo(5) });
    const inactive = await w.refer({ status: 'interviewing', active: false, at: daysAgo(6) });
    const closed = await w.refer({ source: 'warm_prospect', status: 'withdrawn', active: false, at: daysAgo(7) });
    const untouched = await w.refer({ source: 'warm_prospect', status: 'passed_on', at: daysAgo(1) });

    const res = await w.claireClient.get('/api/referrals');
    assert.equal(res.statusCode, 200);
    const page = res.json();
    assert.deepEqual(
      ids(page.items),
      [request.id, intro.id, warm.id, cold.id, submission.id],
      'status date, newest first',
    );
    assert.ok(!ids(page.items).includes(untouched.id), 'a mark nobody acted on is not on the board');
    sameSet(await boardIds(w.claireClient, 'tab=inactive'), [inactive.id, closed.id]);
    assert.equal(page.counts.active, 5);
    assert.equal(page.counts.inactive, 2);
    const byStatus = Object.fromEntries(
      page.counts.statuses.map((s: { status: string; count: number }) => [s.status, s.count]),
    );
    assert.deepEqual(byStatus, {
      refer_request_sent: 1,
      introduction_requested: 1,
      recruiter_contacted: 1,
      applied: 2,
    });

    // The status filter narrows the rows and the tab totals, never the per-status counts it picks from.
    const applied = (await w.claireClient.get('/api/referrals?status=applied,interviewing')).json();
    sameSet(ids(applied.items), [cold.id, submission.id]);
    assert.equal(applied.counts.active, 2);
    assert.equal(applied.counts.inactive, 1);
    assert.equal(applied.counts.statuses.length, 4);

    const row = page.items.find((i: BoardItem) => i.id === request.id);
    assert.equal(row.source, 'referral_request');
    assert.equal(row.referrer.name, 'Erik Employee');
    assert.equal(row.active, true);
    assert.equal(row.stale, false);
  });

  test('every filter, and search by the start of words', async () => {
    const w = await makeBoardWorld(t);
    const dana = await w.refer({
      firstName: 'Dana',
      lastName: 'Scully',
      position: 'Data Engineer',
      company: 'Klarna',
      jobId: w.backend.id,
      departmentId: w.engineering.id,
      at: new Date('2026-03-02T10:00:00Z'),
    });
    const fox = await w.refer({
      firstName: 'Fox',
      lastName: 'Mulder',
      position: 'Account Executive',
      company: 'Spotify',
      source: 'warm_prospect',
      status: 'interviewing',
      jobId: w.seller.id,
      departmentId: w.sales.id,
      at: new Date('2026-03-05T10:00:00Z'),
    });
    const cold = await w.refer({
      firstName: 'Walter',
      lastName: 'Skinner',
      source: 'cold_prospect',
      status: 'recruiter_contacted',
      jobId: w.backend.id,
      departmentId: w.engineering.id,
      at: new Date('2026-03-09T10:00:00Z'),
    });
    const c = w.claireClient;
    sameSet(await boardIds(c, 'status=interviewing'), [fox.id]);
    sameSet(await boardIds(c, 'status=refer_request_sent,recruiter_contacted'), [dana.id, cold.id]);
    sameSet(await boardIds(c, `jobId=${w.backend.id}`), [dana.id, cold.id]);
    sameSet(await boardIds(c, `departmentId=${w.sales.id}`), [fox.id]);
    sameSet(await boardIds(c, 'source=cold_prospect'), [cold.id]);
    sameSet(await boardIds(c, `referrerId=${w.erik.membership.id}`), [dana.id, fox.id]);
    // Filtering by the employee behind a cold prospect must not reveal it is theirs.
    assert.deepEqual(await boardIds(c, `referrerId=${w.cornelius.membership.id}`), []);
    // Days are the company's (Stockholm): 5 March 10:00 UTC is inside 3–5 March.
    sameSet(await boardIds(c, 'from=2026-03-03&to=2026-03-05'), [fox.id]);
    sameSet(await boardIds(c, 'from=2026-03-05'), [fox.id, cold.id]);
    sameSet(await boardIds(c, 'q=dat'), [dana.id]);
    sameSet(await boardIds(c, 'q=SPOT mul'), [fox.id]);
    assert.deepEqual(await boardIds(c, 'q=spot scully'), []);
    sameSet(await boardIds(c, `q=engineer&jobId=${w.backend.id}`), [dana.id]);

    const backwards = await c.get('/api/referrals?from=2026-03-05&to=2026-03-01');
    assert.equal(backwards.statusCode, 400);
    assert.equal(backwards.json().errors[0].field, 'to');
    for (const bad of ['status=hired,nope', 'sort=random', 'tab=archived', 'jobId=12', 'cursor=garbage']) {
      assert.equal((await c.get(`/api/referrals?${bad}`)).statusCode, 400, bad);
    }

    // An excluded person leaves the board, wherever the exclusion came from.
    await makeExclusion(t.db, w.company.id, { kind: 'company_name', value: 'Spotify' });
    assert.ok(!(await boardIds(c, '')).includes(fox.id));
  });

  test('each sort pages by keyset across pages, without duplicates or gaps', async () => {
    const w = await makeBoardWorld(t);
    const same = daysAgo(3);
    const made: Awaited<ReturnType<typeof w.refer>>[] = [];
    const people = [
      ['Anna', 'Berg', 'applied'],
      ['bo', 'Ek', 'offer'],
      ['Bo', 'Ek', 'applied'],
      ['Cleo', 'Ash', 'refer_request_sent'],
      ['Anna', 'Berg', 'hired'],
      ['Dan', 'Ek', 'interviewing'],
      ['Eva', 'Lind', 'applied'],
    ] as const;
    for (const [i, [firstName, lastName, status]] of people.entries()) {
      // Three share their times, so the id must break the ties.
      const at = i < 3 ? same : daysAgo(i);
      made.push(await w.refer({ firstName, lastName, status, createdAt: daysAgo(10 - i), statusChangedAt: at }));
    }
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const time = (d: Date) => d.getTime();
    const rank = (s: string) => REFERRAL_STATUSES.indexOf(s as never);
    const name = (r: (typeof made)[number]) => `${r.firstName} ${r.lastName}`.toLowerCase();
    const expected: Record<string, typeof made> = {
      status_changed: [...made].sort((a, b) => time(b.statusChangedAt) - time(a.statusChangedAt) || byId(b, a)),
      created: [...made].sort((a, b) => time(b.createdAt) - time(a.createdAt) || byId(b, a)),
      name: [...made].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : byId(a, b))),
      status: [...made].sort(
        (a, b) => rank(a.status) - rank(b.status) || time(b.statusChangedAt) - time(a.statusChangedAt) || byId(b, a),
      ),
    };
    for (const [sort, order] of Object.entries(expected)) {
      const seen = await allPages(w.claireClient, `sort=${sort}`, 2);
      assert.deepEqual(ids(seen), ids(order), sort);
    }
    // A cursor of one sort is refused by another, not misread.
    const first = (await w.claireClient.get('/api/referrals?sort=name&limit=1')).json();
    assert.equal((await w.claireClient.get(`/api/referrals?sort=status&cursor=${first.nextCursor}`)).statusCode, 400);
  });

  test('cold prospects never name their employee: board, candidate tab, export', async () => {
    const w = await makeBoardWorld(t);
    const person = await w.candidate({ firstName: 'Walter', lastName: 'Skinner' });
    const cold = await w.refer({
      source: 'cold_prospect',
      status: 'applied',
      candidateId: person.id,
      firstName: 'Walter',
      lastName: 'Skinner',
    });
    await t.db.transaction(async (tx) => {
      const { recordReferralEvent } = await import('../src/modules/referrals/referral-status.ts');
      await recordReferralEvent(tx, {
        companyId: w.company.id,
        referralId: cold.id,
        from: 'passed_on',
        to: 'applied',
        actorMembershipId: w.cornelius.membership.id,
      });
    });
    const secrets = [w.cornelius.membership.id, w.cornelius.user.id, 'Quillfeather', w.cornelius.email];
    const bodies = [
      (await w.claireClient.get('/api/referrals')).body,
      (await w.claireClient.get(`/api/referrals?q=walter`)).body,
      (await w.claireClient.get(`/api/candidates/${person.id}/referrals`)).body,
      (await w.claireClient.get('/api/referrals/export.csv')).body,
      (await w.claireClient.post(`/api/referrals/${cold.id}/active`, { active: false })).body,
    ];
    for (const body of bodies) {
      assert.ok(body.includes('Skinner'), 'the person is there');
      for (const secret of secrets) assert.ok(!body.includes(secret), `leaked ${secret}`);
    }
    const row = (await w.claireClient.get('/api/referrals?tab=inactive')).json().items[0];
    assert.equal(row.referrer, null);
  });

  test('CSV export of the current view: filters and sort, empty referrer cell for cold prospects', async () => {
    const w = await makeBoardWorld(t);
    await w.refer({ firstName: 'Zed', lastName: 'Alpha', status: 'applied', jobId: w.backend.id });
    await w.refer({ firstName: 'Amy', lastName: 'Beta', status: 'applied', jobId: w.backend.id });
    await w.refer({ firstName: 'Cold', lastName: 'Gamma', source: 'cold_prospect', status: 'applied' });
    await w.refer({ firstName: 'Not', lastName: 'Shown', status: 'offer' });
    const res = await w.claireClient.get('/api/referrals/export.csv?status=applied&sort=name');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /referral-board-active-/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0], /^First name,Last name,Position/);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' ')),
      ['Amy Beta', 'Cold Gamma', 'Zed Alpha'],
    );
    const cells = lines[2].split(',');
    assert.equal(cells[5], '', 'cold prospect: empty referrer');
    assert.equal(lines[1].split(',')[5], 'Erik Employee');
    assert.equal(res.headers['x-export-rows'], '3');
  });

  test('recruiters and admins only; another company sees none of it', async () => {
    const w = await makeBoardWorld(t);
    const mine = await w.refer();
    const other = await makeBoardWorld(t);
    const theirs = await other.refer();
    assert.ok(!(await boardIds(w.claireClient, '')).includes(theirs.id));
    assert.deepEqual(await boardIds(w.claireClient, `jobId=${other.backend.id}`), []);
    assert.equal((await w.claireClient.post(`/api/referrals/${theirs.id}/active`, { active: false })).statusCode, 404);
    assert.equal((await w.claireClient.get(`/api/jobs/${other.backend.id}/referrals/inactive-count`)).statusCode, 404);
    assert.equal((await w.claireClient.post(`/api/jobs/${other.backend.id}/referrals/reactivate`)).statusCode, 404);
    const theirCandidate = await other.candidate();
    assert.equal((await w.claireClient.get(`/api/candidates/${theirCandidate.id}/referrals`)).statusCode, 404);
    const employee = await t.signIn(w.erik.email);
    assert.equal((await employee.get('/api/referrals')).statusCode, 403);
    assert.equal((await employee.post(`/api/referrals/${mine.id}/active`, { active: false })).statusCode, 403);
  });
});

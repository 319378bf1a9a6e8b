import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { makePassedOnWorld, type PassedOnWorld, passOn } from './helpers/passed-on.ts';

/**
 * A cold prospect's employee asked not to be mentioned: no recruiter-facing surface may give them
 * away. One test per surface, each checking the whole response for any trace of the employee.
 */
let t: TestApp;
let w: PassedOnWorld;
let recruiter: Client;
let cold: { id: string };
let warm: { id: string };

/** Everything that would identify the employee who passed the cold prospect on. */
const traces = () => [
  'Cornelius',
  'Quillfeather',
  w.employee.email,
  w.employee.email.split('@')[0],
  w.employee.membership.id,
  w.employee.user.id,
];
function assertNoTrace(text: string, where: string) {
  for (const trace of traces()) assert.ok(!text.includes(trace), `${where} contains ${trace}`);
}

before(async () => {
  t = await startTestApp();
  w = await makePassedOnWorld(t);
  recruiter = await t.signIn(w.ulf.email);
  const person = { referrerId: w.employee.membership.id, position: 'Principal Engineer', skills: ['Go'] };
  cold = await passOn(t.db, w.company.id, {
    ...person,
    source: 'cold_prospect',
    firstName: 'Hilda',
    lastName: 'Frost',
    company: 'Glacier AB',
    note: 'Strong on distributed systems',
  });
  warm = await passOn(t.db, w.company.id, {
    ...person,
    source: 'warm_prospect',
    firstName: 'Walter',
    lastName: 'Sun',
    company: 'Heat Oy',
  });
});
after(() => t.close());

describe(`cold prospects never reveal their employee, on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  test('list API: the referrer is null and the employee appears nowhere in the body', async () => {
    const coldOnly = await recruiter.get('/api/referrals/network?tab=prospects&mark=cold_prospect');
    assert.equal(coldOnly.statusCode, 200);
    assert.deepEqual(
      coldOnly.json().items.map((i: { id: string }) => i.id),
      [cold.id],
    );
    assert.equal(coldOnly.json().items[0].referrer, null);
    assert.equal(coldOnly.json().items[0].note, 'Strong on distributed systems');
    assertNoTrace(coldOnly.body, 'the cold list');
    // Beside a warm prospect of the same employee, only the warm one names them.
    const both = (await recruiter.get('/api/referrals/network?tab=prospects')).json();
    const referrerOf = (id: string) => both.items.find((i: { id: string }) => i.id === id).referrer;
    assert.equal(referrerOf(cold.id), null);
    assert.deepEqual(referrerOf(warm.id), { id: w.employee.membership.id, name: 'Cornelius Quillfeather' });
  });

  test('detail API: no referrer, and the timeline shows the marking as done by nobody', async () => {
    const res = await recruiter.get(`/api/referrals/${cold.id}`);
    assert.equal(res.statusCode, 200);
    const detail = res.json();
    assert.equal(detail.referrer, null);
    assert.equal(detail.events.length, 1);
    assert.equal(detail.events[0].toStatus, 'passed_on');
    assert.equal(detail.events[0].actor, null);
    assertNoTrace(res.body, 'the detail');
    // A recruiter's own moves still name the recruiter.
    const moved = await recruiter.post(`/api/referrals/${cold.id}/status`, { status: 'recruiter_contacted' });
    assert.deepEqual(moved.json().events[1].actor, { id: w.ulf.membership.id, name: 'Ulf Unscoped' });
    assertNoTrace(moved.body, 'the status change answer');
    const filed = await recruiter.patch(`/api/referrals/${cold.id}`, { departmentId: w.engineering.id });
    assertNoTrace(filed.body, 'the department change answer');
  });

  test('CSV export: the referrer cell is empty and the file has no trace of the employee', async () => {
    const coldOnly = await recruiter.get('/api/referrals/network/export.csv?tab=prospects&mark=cold_prospect');
    assert.equal(coldOnly.statusCode, 200);
    assert.match(String(coldOnly.headers['content-type']), /^text\/csv/);
    assert.match(String(coldOnly.headers['content-disposition']), /^attachment; filename="referrals-prospects-/);
    assertNoTrace(coldOnly.body, 'the cold export');
    const rows: string[][] = parse(coldOnly.body, { bom: true });
    assert.equal(rows.length, 2);
    assert.equal(rows[1][rows[0].indexOf('First name')], 'Hilda');
    assert.equal(rows[1][rows[0].indexOf('Referred by')], '');

    const all: string[][] = parse((await recruiter.get('/api/referrals/network/export.csv?tab=prospects')).body, {
      bom: true,
    });
    const referredBy = all[0].indexOf('Referred by');
    const byName = new Map(all.slice(1).map((row) => [row[0], row[referredBy]]));
    assert.equal(byName.get('Hilda'), '');
    assert.equal(byName.get('Walter'), 'Cornelius Quillfeather');
  });

  test("search: the employee's name finds nothing through them, and filtering by them skips the cold one", async () => {
    for (const q of ['Cornelius', 'name:quillfeather', 'cornel*', `"${w.employee.email}"`]) {
      const res = await recruiter.get(`/api/referrals/network?tab=prospects&q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, `${q}: ${res.body}`);
      assert.deepEqual(res.json().items, [], q);
    }
    const found = await recruiter.get('/api/referrals/network?tab=prospects&q=skill:go');
    assert.deepEqual(
      found
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
      [cold.id, warm.id].sort(),
    );
    const byEmployee = await recruiter.get(
      `/api/referrals/network?tab=prospects&referrerId=${w.employee.membership.id}`,
    );
    assert.deepEqual(
      byEmployee.json().items.map((i: { id: string }) => i.id),
      [warm.id],
    );
    const coldByEmployee = await recruiter.get(
      `/api/referrals/network?tab=prospects&mark=cold_prospect&referrerId=${w.employee.membership.id}&q=skill:go`,
    );
    assert.deepEqual(coldByEmployee.json().items, []);
    const exported = await recruiter.get(
      `/api/referrals/network/export.csv?referrerId=${w.employee.membership.id}&tab=prospects`,
    );
    assert.ok(!exported.body.includes('Hilda'));
  });
});

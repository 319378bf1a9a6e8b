import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import type { TApiKeyScope } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { candidates } from '../src/modules/hiring/hiring.tables.ts';
import { apiKeys } from '../src/modules/integrations/integrations.tables.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import type { Db } from '../src/platform/db/db.ts';
import { makeCandidate, makeCompany, makeJob, makeMember, unique } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

async function makeApiKey(db: Db, companyId: string, scopes: TApiKeyScope[] = ['read', 'write']) {
  const key = `vch_${randomBytes(32).toString('base64url')}`;
  await db.insert(apiKeys).values({ companyId, name: 'ATS', prefix: key.slice(0, 12), keyHash: sha256(key), scopes });
  return key;
}

describe('/api/v1 candidates and referrals', () => {
  const t = useTestApp();
  const call = (key: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url, payload: payload as object, headers: { authorization: `Bearer ${key}` } });

  test('POST /api/v1/candidates creates a candidate; GET returns it with its latest check', async () => {
    const company = await makeCompany(t.db);
    const key = await makeApiKey(t.db, company.id);
    const email = `${unique('sara')}@Example.com`;
    const res = await call(key, 'POST', '/api/v1/candidates', {
      first_name: 'Sara',
      last_name: 'Lind',
      email,
      phone: '+46 70 987 65 43',
      language: 'sv',
      external_id: 'gh-cand-1',
      linkedin_url: 'https://www.linkedin.com/in/sara-lind-test',
      current_company: 'Example AB',
      current_title: 'Developer',
    });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.equal(created.email, email.toLowerCase());
    assert.equal(created.external_id, 'gh-cand-1');
    assert.equal(created.language, 'sv');
    assert.deepEqual(created.possible_duplicates, []);
    assert.equal(created.reference_check, null);
    assert.equal(created.url, `${t.config.publicUrl}/candidates/${created.id}`);
    assert.match(created.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const [row] = await t.db.select().from(candidates).where(eq(candidates.id, created.id));
    assert.equal(row.companyId, company.id);
    assert.equal(row.phoneKey, '+46709876543');
    assert.ok(row.searchVector, 'searchable like any other candidate');

    // A check on the candidate shows up as the summary.
    const check = await makeReferenceCheck(t.db, company.id, { candidateId: created.id, refereesWanted: 3 });
    await makeReferee(t.db, check, { status: 'answered', answeredAt: new Date() });
    await makeReferee(t.db, check);
    const got = await call(key, 'GET', `/api/v1/candidates/${created.id}`);
    assert.equal(got.statusCode, 200, got.body);
    assert.deepEqual(got.json().reference_check, {
      id: check.id,
      status: check.status,
      referees_wanted: 3,
      referees_answered: 1,
    });
    assert.equal(got.json().current_title, 'Developer');
  });

  test('the same email is refused with 409 and the existing candidate’s id; likely duplicates are reported', async () => {
    const company = await makeCompany(t.db);
    const key = await makeApiKey(t.db, company.id);
    const existing = await makeCandidate(t.db, company.id, {
      firstName: 'Ola',
      lastName: 'Berg',
      phone: '+46701112233',
      currentCompany: 'Initech',
    });
    const taken = await call(key, 'POST', '/api/v1/candidates', {
      first_name: 'Someone',
      last_name: 'Else',
      email: existing.email!.toUpperCase(),
    });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().code, 'email_taken');
    assert.equal(taken.json().candidate_id, existing.id);
    assert.equal(taken.json().errors[0].field, 'email');
    const count = await t.db.select().from(candidates).where(eq(candidates.companyId, company.id));
    assert.equal(count.length, 1, 'nothing created');

    const likely = await call(key, 'POST', '/api/v1/candidates', {
      first_name: 'Ola',
      last_name: 'Berg',
      email: `${unique('ola')}@other.example`,
      phone: '070-111 22 33',
      current_company: 'Initech',
    });
    assert.equal(likely.statusCode, 201, likely.body);
    assert.deepEqual(likely.json().possible_duplicates, [
      { candidate_id: existing.id, name: 'Ola Berg', reason: 'phone' },
    ]);

    // The same email in another company is no duplicate at all.
    const other = await makeCompany(t.db);
    const otherKey = await makeApiKey(t.db, other.id);
    const elsewhere = await call(otherKey, 'POST', '/api/v1/candidates', {
      first_name: 'Ola',
      last_name: 'Berg',
      email: existing.email,
    });
    assert.equal(elsewhere.statusCode, 201);
    assert.deepEqual(elsewhere.json().possible_duplicates, []);
  });

  test('bad input names the field; a read-only key may not create; another company’s candidate is 404', async () => {
    const company = await makeCompany(t.db);
    const key = await makeApiKey(t.db, company.id);
    const bad = await call(key, 'POST', '/api/v1/candidates', { first_name: 'A', last_name: 'B', email: 'nope' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'email');
    const phone = await call(key, 'POST', '/api/v1/candidates', { first_name: 'A', last_name: 'B', phone: '12' });
    assert.equal(phone.statusCode, 400);
    assert.equal(phone.json().errors[0].field, 'phone');
    const readOnly = await makeApiKey(t.db, company.id, ['read']);
    const refused = await call(readOnly, 'POST', '/api/v1/candidates', { first_name: 'A', last_name: 'B' });
    assert.equal(refused.statusCode, 403);

    const other = await makeCompany(t.db);
    const theirs = await makeCandidate(t.db, other.id);
    assert.equal((await call(key, 'GET', `/api/v1/candidates/${theirs.id}`)).statusCode, 404);
    assert.equal((await call(readOnly, 'GET', `/api/v1/candidates/${theirs.id}`)).statusCode, 404);
  });

  test('referrals: the board’s rows, filtered and paged, never a cold prospect’s referrer', async () => {
    const company = await makeCompany(t.db);
    const key = await makeApiKey(t.db, company.id, ['read']);
    const employee = await makeMember(t.db, company.id, 'employee', { name: 'Erik Holm' });
    const { job } = await makeJob(t.db, company.id, { title: 'Backend Developer' });
    const candidate = await makeCandidate(t.db, company.id);
    const base = new Date('2026-03-01T08:00:00.000Z').getTime();
    const at = (minutes: number) => new Date(base + minutes * 60_000);
    // Rows as the board stores them (the timeline is not what this API reads).
    const make = async (minutes: number, values: Partial<typeof referrals.$inferInsert>) => {
      const [row] = await t.db
        .insert(referrals)
        .values({
          companyId: company.id,
          referrerMembershipId: employee.membership.id,
          source: 'email_introduction',
          status: 'passed_on',
          firstName: 'Robin',
          lastName: unique('Referred'),
          searchVector: '',
          updatedAt: at(minutes),
          statusChangedAt: at(minutes),
          ...values,
        })
        .returning();
      return row;
    };
    const interviewing = await make(1, {
      source: 'referral_request',
      status: 'interviewing',
      jobId: job.id,
      candidateId: candidate.id,
      firstName: 'Sara',
      lastName: 'Lind',
      email: 'sara@example.com',
    });
    const cold = await make(2, { source: 'cold_prospect', status: 'recruiter_contacted' });
    const applied = await make(3, { source: 'submission', status: 'applied' });
    const passedOn = await make(4, { source: 'cold_prospect', status: 'passed_on' });

    const all = await call(key, 'GET', '/api/v1/referrals');
    assert.equal(all.statusCode, 200, all.body);
    const ids = all.json().data.map((r: { id: string }) => r.id);
    assert.deepEqual(ids, [interviewing.id, cold.id, applied.id], 'oldest change first, no passed_on marks');
    assert.ok(!ids.includes(passedOn.id));

    const first = all.json().data[0];
    assert.deepEqual(first, {
      id: interviewing.id,
      source: 'referral_request',
      status: 'interviewing',
      active: true,
      candidate: { id: candidate.id, first_name: 'Sara', last_name: 'Lind', email: 'sara@example.com' },
      job: { id: job.id, title: 'Backend Developer' },
      referrer: { id: employee.membership.id, name: 'Erik Holm' },
      created_at: interviewing.createdAt.toISOString(),
      updated_at: '2026-03-01T08:01:00.000Z',
      status_changed_at: '2026-03-01T08:01:00.000Z',
    });
    const coldRow = all.json().data[1];
    assert.equal(coldRow.referrer, null, 'a cold prospect’s employee is never told');
    assert.equal(all.json().data[2].referrer.name, 'Erik Holm', 'other sources name their referrer');
    const coldOne = await call(key, 'GET', `/api/v1/referrals/${cold.id}`);
    assert.equal(coldOne.statusCode, 200);
    assert.equal(coldOne.json().referrer, null);
    assert.equal((await call(key, 'GET', `/api/v1/referrals/${passedOn.id}`)).statusCode, 404);

    const byStatus = await call(key, 'GET', '/api/v1/referrals?status=applied');
    assert.deepEqual(
      byStatus.json().data.map((r: { id: string }) => r.id),
      [applied.id],
    );
    const byJob = await call(key, 'GET', `/api/v1/referrals?job_id=${job.id}`);
    assert.deepEqual(
      byJob.json().data.map((r: { id: string }) => r.id),
      [interviewing.id],
    );
    const since = await call(key, 'GET', '/api/v1/referrals?updated_since=2026-03-01T09:02:00%2B01:00');
    assert.deepEqual(
      since.json().data.map((r: { id: string }) => r.id),
      [cold.id, applied.id],
      'RFC 3339 with an offset',
    );
    const badSince = await call(key, 'GET', '/api/v1/referrals?updated_since=yesterday');
    assert.equal(badSince.statusCode, 400);
    assert.match(badSince.json().errors[0].field, /updated_since/);

    // Paging: two pages of two and one.
    const page1 = await call(key, 'GET', '/api/v1/referrals?limit=2');
    assert.equal(page1.json().data.length, 2);
    assert.ok(page1.json().next_cursor);
    const page2 = await call(key, 'GET', `/api/v1/referrals?limit=2&cursor=${page1.json().next_cursor}`);
    assert.deepEqual(
      page2.json().data.map((r: { id: string }) => r.id),
      [applied.id],
    );
    assert.equal(page2.json().next_cursor, null);
    assert.equal((await call(key, 'GET', '/api/v1/referrals?cursor=garbage')).statusCode, 400);

    // Another company's referral is not found, and never listed.
    const other = await makeCompany(t.db);
    const otherKey = await makeApiKey(t.db, other.id);
    assert.equal((await call(otherKey, 'GET', `/api/v1/referrals/${interviewing.id}`)).statusCode, 404);
    assert.deepEqual((await call(otherKey, 'GET', '/api/v1/referrals')).json().data, []);
    assert.equal((await t.anonymous.get('/api/v1/referrals')).statusCode, 401);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CANDIDATE_SORTS } from '@vouch/contracts';
import { candidates } from '../src/modules/hiring/hiring.tables.ts';
import { candidateKeys } from '../src/modules/hiring/normalize.ts';
import type { Client } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeJob, makeMember, unique } from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

type Item = { id: string; firstName: string; lastName: string; updatedAt: string };
type Match = { candidateId: string; name: string; reason: string };

describe('candidates: profile, duplicates, placements, list, search, dashboard', () => {
  const t = useTestApp();

  const newCompany = async () => {
    const { member: recruiter, ...rest } = await companyWithMember(t, 'recruiter', { name: 'Rebecka Recruiter' });
    return { ...rest, recruiter };
  };
  const person = (overrides: object = {}) => ({ firstName: 'Jane', lastName: unique('Doe'), ...overrides });
  const create = async (client: Client, body: object = {}): Promise<string> =>
    (await client.post('/api/candidates', person(body))).json().candidate.id;

  test('a candidate is created with work history, skills, tags and notes, and reads back the same', async () => {
    const { client } = await newCompany();
    const workHistory = [
      { companyName: 'Dentons LLP', title: 'Associate', startDate: '2019-01-01', endDate: '2022-06-30' },
      { companyName: 'Acme', title: null, startDate: '2022-07-01', endDate: null },
    ];
    const body = person({
      email: 'jane@mail.example',
      skills: ['TypeScript', 'SQL', 'SQL'],
      tags: ['senior'],
      notes: 'Met at a fair',
      workHistory,
    });
    const res = await client.post('/api/candidates', body);
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().duplicates, []);
    const read = (await client.get(`/api/candidates/${res.json().candidate.id}`)).json();
    assert.deepEqual(read.skills, ['TypeScript', 'SQL']);
    assert.deepEqual(read.tags, ['senior']);
    assert.equal(read.notes, 'Met at a fair');
    assert.deepEqual(
      read.workHistory.map(({ id: _id, ...w }: { id: string }) => w),
      workHistory,
    );
  });

  test('an email is unique per company, folding case and spaces: 409 email_taken on field email', async () => {
    const { company, client } = await newCompany();
    assert.equal((await client.post('/api/candidates', person({ email: 'Jane.Doe@Example.com' }))).statusCode, 201);
    const dup = await client.post('/api/candidates', person({ email: '  jane.doe@EXAMPLE.com ' }));
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'email_taken');
    assert.equal(dup.json().errors[0].field, 'email');
    const other = await makeCandidate(t.db, company.id);
    const update = await client.put(`/api/candidates/${other.id}`, person({ email: 'JANE.DOE@example.com' }));
    assert.equal(update.statusCode, 409);
    const elsewhere = await t.signIn((await makeMember(t.db, (await makeCompany(t.db)).id, 'recruiter')).email);
    assert.equal((await elsewhere.post('/api/candidates', person({ email: 'jane.doe@example.com' }))).statusCode, 201);
  });

  test('the duplicate check warns on the same phone, LinkedIn profile, or name at the same company', async () => {
    const { company, client } = await newCompany();
    const phone = await makeCandidate(t.db, company.id, { phone: '+46701234567' });
    const linkedin = await makeCandidate(t.db, company.id, { linkedinUrl: 'linkedin.com/in/jane-doe' });
    const named = await makeCandidate(t.db, company.id, {
      firstName: 'Per',
      lastName: 'Persson',
      currentCompany: 'Dentons',
    });
    const check = async (body: object) =>
      ((await client.post('/api/candidates/duplicate-check', body)).json().matches as Match[]).map((m) => [
        m.candidateId,
        m.reason,
      ]);
    assert.deepEqual(await check({ phone: '070-123 45 67' }), [[phone.id, 'phone']]);
    assert.deepEqual(await check({ linkedinUrl: 'https://www.linkedin.com/in/Jane-Doe/?trk=x' }), [
      [linkedin.id, 'linkedin'],
    ]);
    const byName = await check({ firstName: 'per', lastName: 'PERSSON', currentCompany: 'Dentons LLP' });
    assert.deepEqual(byName, [[named.id, 'name_company']]);
    assert.deepEqual(await check({ firstName: 'Per', lastName: 'Persson', currentCompany: 'Other AB' }), []);
    assert.deepEqual(await check({ phone: '070-123 45 67', excludeId: phone.id }), []);
    const created = await client.post('/api/candidates', person({ phone: '0701234567' }));
    assert.equal(created.statusCode, 201, 'a likely duplicate only warns');
    assert.equal(created.json().duplicates[0].reason, 'phone');
  });

  test('an invalid phone or a job ending before it starts answers 400 naming the field; odd URLs never 500', async () => {
    const { client } = await newCompany();
    const phone = await client.post('/api/candidates', person({ phone: '12' }));
    assert.equal(phone.statusCode, 400);
    assert.equal(phone.json().errors[0].field, 'phone');
    const workHistory = [{ companyName: 'Acme', startDate: '2022-01-01', endDate: '2021-01-01' }];
    const dates = await client.post('/api/candidates', person({ workHistory }));
    assert.equal(dates.statusCode, 400);
    assert.equal(dates.json().errors[0].field, 'workHistory.0.endDate');
    const blank = await client.post('/api/candidates', { firstName: ' ', lastName: 'X' });
    assert.equal(blank.json().errors[0].field, 'firstName');
    const oddUrl = await client.post('/api/candidates', person({ linkedinUrl: 'linkedin.com/in/%E0%A4%A' }));
    assert.equal(oddUrl.statusCode, 201, 'a malformed LinkedIn URL is kept, not a 500');
  });

  test('an update replaces fields and work history', async () => {
    const { client } = await newCompany();
    const body = person({ workHistory: [{ companyName: 'Old Co' }] });
    const id = (await client.post('/api/candidates', body)).json().candidate.id;
    const res = await client.put(`/api/candidates/${id}`, {
      ...body,
      currentTitle: 'Lead',
      tags: ['moved'],
      workHistory: [{ companyName: 'New Co', title: 'Lead' }],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().currentTitle, 'Lead');
    assert.deepEqual(res.json().tags, ['moved']);
    assert.deepEqual(
      res.json().workHistory.map((w: { companyName: string }) => w.companyName),
      ['New Co'],
    );
  });

  test('placing on a job starts at the first step; moves between steps are recorded with from, to and actor', async () => {
    const { company, client } = await newCompany();
    const { job, steps } = await makeJob(t.db, company.id, { title: 'Lawyer' });
    const candidate = await makeCandidate(t.db, company.id);
    const placed = await client.post(`/api/candidates/${candidate.id}/placements`, { jobId: job.id });
    assert.equal(placed.statusCode, 201);
    const placement = placed.json().placements[0];
    assert.equal(placement.stepId, steps[0].id);
    assert.equal((await client.post(`/api/candidates/${candidate.id}/placements`, { jobId: job.id })).statusCode, 409);

    const moved = await client.put(`/api/placements/${placement.id}/step`, { stepId: steps[3].id });
    assert.equal(moved.statusCode, 200);
    assert.equal(moved.json().stepName, 'Interview');
    const history = (await client.get(`/api/candidates/${candidate.id}/history`)).json().items;
    type Event = { jobTitle: string; fromStepName: string | null; toStepName: string; actorName: string };
    const events = history.map((e: Event) => [e.jobTitle, e.fromStepName, e.toStepName, e.actorName].join(' / '));
    assert.deepEqual(events, [
      'Lawyer / Sourced / Interview / Rebecka Recruiter',
      'Lawyer /  / Sourced / Rebecka Recruiter',
    ]);
    const other = await makeJob(t.db, company.id);
    const wrong = await client.put(`/api/placements/${placement.id}/step`, { stepId: other.steps[1].id });
    assert.equal(wrong.statusCode, 422);
    assert.equal(wrong.json().code, 'unknown_id');
    assert.equal(wrong.json().errors[0].field, 'stepId');
  });

  test('the list searches by name prefix and filters by skill, tag, job and step', async () => {
    const { company, client } = await newCompany();
    const { job, steps } = await makeJob(t.db, company.id);
    const mk = (body: object) => create(client, body);
    const ada = await mk({
      firstName: 'Adalind',
      skills: ['Rust'],
      tags: ['remote'],
      placement: { jobId: job.id, stepId: steps[1].id },
    });
    const bob = await mk({ firstName: 'Bobby', skills: ['Go'], placement: { jobId: job.id } });
    await mk({ firstName: 'Cecil', tags: ['onsite'] });
    const ids = async (q: string) =>
      ((await client.get(`/api/candidates?${q}`)).json().items as Item[]).map((c) => c.id);
    assert.deepEqual(await ids('q=adal'), [ada]);
    assert.deepEqual(await ids('q=rus'), [ada], 'skills are searchable');
    assert.deepEqual(await ids('skill=Go'), [bob]);
    assert.deepEqual(await ids('tag=remote'), [ada]);
    assert.deepEqual((await ids(`jobId=${job.id}`)).sort(), [ada, bob].sort());
    assert.deepEqual(await ids(`stepId=${steps[1].id}`), [ada]);
    const placedAt = (await client.get(`/api/candidates/${ada}`)).json().placements[0].stepName;
    assert.equal(placedAt, 'Applied', 'created straight onto the chosen step');
    assert.deepEqual(await ids('q=%26%7C!'), await ids(''), 'punctuation alone does not filter or fail');
  });

  test('every sort order pages through 130 candidates returning each exactly once, in order', async () => {
    const { company, client } = await newCompany();
    const base = Date.now();
    await t.db.insert(candidates).values(
      Array.from({ length: 130 }, (_, i) => {
        const c = { firstName: `F${i % 3}`, lastName: `L${String(i % 20).padStart(2, '0')}` };
        const at = new Date(base - Math.floor(i / 7) * 1000);
        return { companyId: company.id, ...c, ...candidateKeys(c), updatedAt: at, createdAt: at };
      }),
    );
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const orders: Record<string, (a: Item, b: Item) => number> = {
      updated_desc: (a, b) => cmp(b.updatedAt, a.updatedAt) || cmp(b.id, a.id),
      updated_asc: (a, b) => cmp(a.updatedAt, b.updatedAt) || cmp(a.id, b.id),
      created_desc: (a, b) => cmp(b.updatedAt, a.updatedAt) || cmp(b.id, a.id),
      name_asc: (a, b) => cmp(a.lastName, b.lastName) || cmp(a.firstName, b.firstName) || cmp(a.id, b.id),
      name_desc: (a, b) => cmp(b.lastName, a.lastName) || cmp(b.firstName, a.firstName) || cmp(b.id, a.id),
    };
    for (const sort of CANDIDATE_SORTS) {
      const seen: Item[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10 && (page === 0 || cursor); page++) {
        const res = await client.get(`/api/candidates?sort=${sort}&limit=40${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(res.statusCode, 200, `${sort}: ${res.body}`);
        seen.push(...res.json().items);
        cursor = res.json().nextCursor;
      }
      assert.equal(seen.length, 130, sort);
      assert.equal(new Set(seen.map((c) => c.id)).size, 130, sort);
      assert.deepEqual(seen, [...seen].sort(orders[sort]), sort);
    }
  });

  test('names, tags and skills with quotes, backslashes, line breaks, markup and emoji list back exactly', async () => {
    // The list's items are JSON text written by PostgreSQL: every character must come back as it was sent.
    const { client } = await newCompany();
    const odd = {
      firstName: 'Zoë "Zee" \\ \u2028 Zed',
      lastName: unique("O'Brien</script>\t😀"),
      tags: ['a "quoted" tag', 'back\\slash'],
      skills: ['C#\nF#'],
      currentTitle: '{"not": "an object"}',
    };
    const id = await create(client, odd);
    const res = await client.get(`/api/candidates?q=${encodeURIComponent('zoë')}`);
    assert.equal(res.statusCode, 200, res.body);
    const item = res.json().items.find((i: Item) => i.id === id);
    assert.ok(item, 'the candidate is listed');
    for (const [field, value] of Object.entries(odd)) assert.deepEqual(item[field], value, field);
  });

  test('a tampered cursor answers 400 on field cursor, for every sort', async () => {
    const { client } = await newCompany();
    const forged = Buffer.from(JSON.stringify(['x', 'y', 'not-a-uuid'])).toString('base64url');
    for (const sort of CANDIDATE_SORTS) {
      const res = await client.get(`/api/candidates?sort=${sort}&cursor=${forged}`);
      assert.equal(res.statusCode, 400, sort);
      assert.equal(res.json().errors[0].field, 'cursor');
    }
  });

  test('a hiring manager sees only candidates on jobs they manage', async () => {
    const { company } = await newCompany();
    const manager = await makeMember(t.db, company.id, 'hiring_manager');
    const { job } = await makeJob(t.db, company.id, { hiringManagerId: manager.membership.id });
    const admin = await t.signIn((await makeMember(t.db, company.id, 'admin')).email);
    const mine = await create(admin, { placement: { jobId: job.id } });
    const other = await create(admin);
    const client = await t.signIn(manager.email);
    assert.deepEqual(
      ((await client.get('/api/candidates')).json().items as Item[]).map((c) => c.id),
      [mine],
    );
    assert.equal((await client.get(`/api/candidates/${mine}`)).statusCode, 200);
    assert.equal((await client.get(`/api/candidates/${other}`)).statusCode, 404);
    assert.equal((await client.get(`/api/candidates/${other}/history`)).statusCode, 404);
    assert.equal((await client.put(`/api/candidates/${mine}`, person())).statusCode, 403);
  });

  test("another company's candidate answers 404 to read, edit, history and placing; its job is no placement target", async () => {
    const { company, client } = await newCompany();
    const foreign = await makeCandidate(t.db, (await makeCompany(t.db)).id);
    const { job } = await makeJob(t.db, company.id);
    assert.equal((await client.get(`/api/candidates/${foreign.id}`)).statusCode, 404);
    assert.equal((await client.put(`/api/candidates/${foreign.id}`, person())).statusCode, 404);
    assert.equal((await client.get(`/api/candidates/${foreign.id}/history`)).statusCode, 404);
    assert.equal((await client.post(`/api/candidates/${foreign.id}/placements`, { jobId: job.id })).statusCode, 404);
    const foreignJob = await makeJob(t.db, (await makeCompany(t.db)).id);
    const bad = await client.post('/api/candidates', person({ placement: { jobId: foreignJob.job.id } }));
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().errors[0].field, 'placement.jobId');
  });

  test('the dashboard answers every role with cards, and counts placed and unplaced candidates right', async () => {
    const { company, recruiter } = await newCompany();
    const { job } = await makeJob(t.db, company.id, { hiringManagerId: null });
    const admin = await t.signIn((await makeMember(t.db, company.id, 'admin')).email);
    await admin.put(`/api/jobs/${job.id}`, { title: job.title, recruiterIds: [recruiter.membership.id] });
    await create(admin, { placement: { jobId: job.id } });
    await create(admin);
    for (const role of ['admin', 'recruiter', 'hiring_manager', 'employee', 'agent'] as const) {
      const client = await t.signIn((await makeMember(t.db, company.id, role)).email);
      const res = await client.get('/api/dashboard');
      assert.equal(res.statusCode, 200, role);
      assert.equal(res.json().role, role);
      assert.ok(res.json().cards.length >= 1, role);
    }
    const board = (await (await t.signIn(recruiter.email)).get('/api/dashboard')).json();
    const card = (key: string) => board.cards.find((c: { key: string }) => c.key === key)?.count;
    assert.equal(card('candidates'), 2);
    assert.equal(card('unplaced_candidates'), 1);
    assert.equal(card('my_open_jobs'), 1);
    assert.deepEqual(board.myJobs, [{ id: job.id, title: job.title, candidateCount: 1 }]);
  });

  test('global search finds a candidate by name prefix and a job by title; employees may not search', async () => {
    const { company, client } = await newCompany();
    const name = unique('Zebulon');
    const id = await create(client, { firstName: name, currentTitle: 'CTO' });
    const { job } = await makeJob(t.db, company.id, { title: 'Chief Zebra Keeper' });
    const res = await client.get(`/api/search?q=${name.slice(0, 5).toLowerCase()}`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().candidates.map((c: { id: string }) => c.id),
      [id],
    );
    assert.equal(res.json().candidates[0].detail, 'CTO');
    assert.deepEqual((await client.get('/api/search?q=zebra')).json().jobs, [
      { id: job.id, title: job.title, status: 'open' },
    ]);
    assert.equal((await client.get('/api/search?q=')).statusCode, 400);
    const employee = await t.signIn((await makeMember(t.db, company.id, 'employee')).email);
    assert.equal((await employee.get('/api/search?q=zeb')).statusCode, 403);
  });
});

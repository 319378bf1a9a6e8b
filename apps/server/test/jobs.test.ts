import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_PROCESS } from '@vouch/contracts';
import { jobs, placements } from '../src/modules/hiring/hiring.tables.ts';
import type { Client } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeDepartment, makeJob, makeMember } from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

type Step = { id: string; name: string; kind: string; position: number; candidateCount: number };

describe('jobs: process, edit, archive, list, filters, pagination, visibility', () => {
  const t = useTestApp();

  const newCompany = async () => {
    const { member: recruiter, ...rest } = await companyWithMember(t, 'recruiter');
    return { ...rest, recruiter };
  };
  const listAll = async (client: Client, query = '') => {
    const res = await client.get(`/api/jobs?limit=200${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items as { id: string; title: string; status: string }[];
  };

  test('a new job gets the default process in order, with its department, manager and recruiters', async () => {
    const { company, recruiter, client } = await newCompany();
    const dept = await makeDepartment(t.db, company.id, 'Engineering');
    const manager = await makeMember(t.db, company.id, 'hiring_manager', { name: 'Hilda' });
    const res = await client.post('/api/jobs', {
      title: 'Backend developer',
      departmentId: dept.id,
      location: 'Stockholm',
      hiringManagerId: manager.membership.id,
      recruiterIds: [recruiter.membership.id],
      description: 'Build things',
    });
    assert.equal(res.statusCode, 201, res.body);
    const job = res.json();
    assert.equal(job.status, 'open');
    assert.equal(job.departmentName, 'Engineering');
    assert.equal(job.hiringManager.name, 'Hilda');
    assert.deepEqual(
      job.recruiters.map((r: { id: string }) => r.id),
      [recruiter.membership.id],
    );
    assert.deepEqual(
      job.steps.map((s: Step) => [s.name, s.kind, s.position]),
      DEFAULT_PROCESS.map((s, i) => [s.name, s.kind, i]),
    );
  });

  test('a job can be created with its own process', async () => {
    const { client } = await newCompany();
    const steps = [{ name: 'Call' }, { name: 'Case', kind: 'standard' }, { name: 'Refs', kind: 'reference_check' }];
    const res = await client.post('/api/jobs', { title: 'Designer', steps });
    assert.equal(res.statusCode, 201);
    assert.deepEqual(
      res.json().steps.map((s: Step) => [s.name, s.kind]),
      [
        ['Call', 'standard'],
        ['Case', 'standard'],
        ['Refs', 'reference_check'],
      ],
    );
    const empty = await client.post('/api/jobs', { title: 'No steps', steps: [] });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().errors[0].field, 'steps');
  });

  test("another company's department or people answer 422, an employee as recruiter 400, on the field", async () => {
    const { company, client } = await newCompany();
    const other = await makeCompany(t.db);
    const foreignDept = await makeDepartment(t.db, other.id);
    const foreignManager = await makeMember(t.db, other.id, 'hiring_manager');
    const employee = await makeMember(t.db, company.id, 'employee');
    const cases: [object, string, number][] = [
      [{ departmentId: foreignDept.id }, 'departmentId', 422],
      [{ hiringManagerId: foreignManager.membership.id }, 'hiringManagerId', 422],
      [{ recruiterIds: [foreignManager.membership.id] }, 'recruiterIds.0', 422],
      [{ recruiterIds: [employee.membership.id] }, 'recruiterIds.0', 400],
      [{ title: '' }, 'title', 400],
    ];
    for (const [body, field, status] of cases) {
      const res = await client.post('/api/jobs', { title: 'Job', ...body });
      assert.equal(res.statusCode, status, field);
      assert.equal(res.json().errors[0].field, field);
    }
  });

  test('editing a job changes its fields and recruiters', async () => {
    const { company, client } = await newCompany();
    const { job } = await makeJob(t.db, company.id, { title: 'Old title' });
    const admin = await makeMember(t.db, company.id, 'admin');
    const res = await client.put(`/api/jobs/${job.id}`, {
      title: 'New title',
      location: 'Remote',
      description: 'Updated',
      recruiterIds: [admin.membership.id],
    });
    assert.equal(res.statusCode, 200);
    const read = (await client.get(`/api/jobs/${job.id}`)).json();
    assert.equal(read.title, 'New title');
    assert.equal(read.location, 'Remote');
    assert.equal(read.description, 'Updated');
    assert.equal(read.recruiters[0].id, admin.membership.id);
    assert.ok(read.updatedAt > job.updatedAt.toISOString());
  });

  test('reordering, renaming and adding steps keeps existing ids; steps count their candidates', async () => {
    const { company, client } = await newCompany();
    const { job, steps } = await makeJob(t.db, company.id);
    const candidate = await makeCandidate(t.db, company.id);
    await t.db
      .insert(placements)
      .values({ companyId: company.id, candidateId: candidate.id, jobId: job.id, stepId: steps[2].id });
    const edited = [
      { id: steps[2].id, name: 'Phone screen', kind: 'standard' },
      { id: steps[0].id, name: steps[0].name },
      { name: 'Take-home test' },
      ...steps
        .slice(1, 2)
        .concat(steps.slice(3))
        .map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    ];
    const res = await client.put(`/api/jobs/${job.id}/steps`, { steps: edited });
    assert.equal(res.statusCode, 200, res.body);
    const after: Step[] = res.json().steps;
    assert.equal(after.length, 8);
    assert.deepEqual(after.map((s) => s.name).slice(0, 3), ['Phone screen', 'Sourced', 'Take-home test']);
    assert.equal(after[0].id, steps[2].id);
    assert.equal(after[0].candidateCount, 1);
    assert.equal(res.json().candidateCount, 1);
    assert.ok(after[2].id && !steps.some((s) => s.id === after[2].id));
    assert.deepEqual(
      after.map((s) => s.position),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
  });

  test('removing a step that holds candidates answers 409; an empty step can be removed', async () => {
    const { company, client } = await newCompany();
    const { job, steps } = await makeJob(t.db, company.id);
    const candidate = await makeCandidate(t.db, company.id);
    await t.db
      .insert(placements)
      .values({ companyId: company.id, candidateId: candidate.id, jobId: job.id, stepId: steps[1].id });
    const without = (skip: number) =>
      steps.filter((_, i) => i !== skip).map((s) => ({ id: s.id, name: s.name, kind: s.kind }));
    const refused = await client.put(`/api/jobs/${job.id}/steps`, { steps: without(1) });
    assert.equal(refused.statusCode, 409);
    assert.equal((await client.get(`/api/jobs/${job.id}`)).json().steps.length, 7, 'nothing changed');
    const ok = await client.put(`/api/jobs/${job.id}/steps`, { steps: without(3) });
    assert.equal(ok.statusCode, 200);
    assert.ok(!ok.json().steps.some((s: Step) => s.id === steps[3].id));
  });

  test('a step id of another job answers 422 on steps.N.id, and a new job names no step ids', async () => {
    const { company, client } = await newCompany();
    const { job, steps } = await makeJob(t.db, company.id);
    const { steps: otherSteps } = await makeJob(t.db, company.id);
    const body = {
      steps: [
        { id: steps[0].id, name: 'A' },
        { id: otherSteps[0].id, name: 'B' },
      ],
    };
    const res = await client.put(`/api/jobs/${job.id}/steps`, body);
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().errors[0].field, 'steps.1.id');
    const created = await client.post('/api/jobs', {
      title: 'New',
      steps: [{ name: 'A' }, { id: steps[1].id, name: 'B' }],
    });
    assert.equal(created.statusCode, 422);
    assert.equal(created.json().errors[0].field, 'steps.1.id');
  });

  test('archive and unarchive switch status and archivedAt', async () => {
    const { company, client } = await newCompany();
    const { job } = await makeJob(t.db, company.id);
    const archived = await client.post(`/api/jobs/${job.id}/archive`);
    assert.equal(archived.json().status, 'archived');
    assert.ok(archived.json().archivedAt);
    const open = await client.post(`/api/jobs/${job.id}/unarchive`);
    assert.equal(open.json().status, 'open');
    assert.equal(open.json().archivedAt, null);
  });

  test('the list filters by status, department, mine and search text', async () => {
    const { company, recruiter, client } = await newCompany();
    const dept = await makeDepartment(t.db, company.id);
    const a = (await makeJob(t.db, company.id, { title: 'Data engineer', departmentId: dept.id })).job;
    const b = (await makeJob(t.db, company.id, { title: 'Sales lead', status: 'archived', location: 'Gothenburg' }))
      .job;
    const c = (await makeJob(t.db, company.id, { title: 'Office manager', hiringManagerId: recruiter.membership.id }))
      .job;
    const ids = async (q: string) => (await listAll(client, q)).map((j) => j.id).sort();
    assert.deepEqual(await ids(''), [a.id, b.id, c.id].sort());
    assert.deepEqual(await ids('&status=archived'), [b.id]);
    assert.deepEqual(await ids('&status=open'), [a.id, c.id].sort());
    assert.deepEqual(await ids(`&departmentId=${dept.id}`), [a.id]);
    assert.deepEqual(await ids('&mine=true'), [c.id]);
    assert.deepEqual(await ids('&q=ENGINEER'), [a.id]);
    assert.deepEqual(await ids('&q=gothen'), [b.id], 'location matches too');
    assert.deepEqual(await ids('&q=100%25'), []);
  });

  test('keyset pagination over 120 jobs returns every job exactly once, newest first', async () => {
    const { company, client } = await newCompany();
    const base = Date.now();
    // Ten jobs share each timestamp, so the id tie-break is exercised at every page edge.
    await t.db.insert(jobs).values(
      Array.from({ length: 120 }, (_, i) => ({
        companyId: company.id,
        title: `Paged job ${i}`,
        updatedAt: new Date(base - Math.floor(i / 10) * 1000),
      })),
    );
    const seen: { id: string; updatedAt: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await client.get(`/api/jobs?limit=25${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.statusCode, 200);
      seen.push(...res.json().items);
      cursor = res.json().nextCursor;
      pages++;
    } while (cursor && pages < 10);
    assert.equal(pages, 5);
    assert.equal(seen.length, 120);
    assert.equal(new Set(seen.map((j) => j.id)).size, 120);
    const sorted = [...seen].sort((x, y) =>
      x.updatedAt === y.updatedAt ? (x.id < y.id ? 1 : -1) : x.updatedAt < y.updatedAt ? 1 : -1,
    );
    assert.deepEqual(seen, sorted);
  });

  test('a tampered cursor answers 400 on field cursor, not 500', async () => {
    const { client } = await newCompany();
    for (const cursor of [
      'garbage',
      Buffer.from('["not-a-date","x"]').toString('base64url'),
      Buffer.from('{}').toString('base64url'),
    ]) {
      const res = await client.get(`/api/jobs?cursor=${cursor}`);
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().errors[0].field, 'cursor');
    }
  });

  test('a hiring manager sees only the jobs they manage', async () => {
    const { company } = await newCompany();
    const manager = await makeMember(t.db, company.id, 'hiring_manager');
    const own = (await makeJob(t.db, company.id, { hiringManagerId: manager.membership.id })).job;
    const other = (await makeJob(t.db, company.id)).job;
    const client = await t.signIn(manager.email);
    assert.deepEqual(
      (await listAll(client)).map((j) => j.id),
      [own.id],
    );
    assert.equal((await client.get(`/api/jobs/${other.id}`)).statusCode, 404);
    assert.equal((await client.post('/api/jobs', { title: 'Mine' })).statusCode, 403);
  });

  test('an employee sees only open jobs and cannot change them', async () => {
    const { company } = await newCompany();
    const employee = await makeMember(t.db, company.id, 'employee');
    const open = (await makeJob(t.db, company.id)).job;
    const archived = (await makeJob(t.db, company.id, { status: 'archived' })).job;
    const client = await t.signIn(employee.email);
    assert.deepEqual(
      (await listAll(client)).map((j) => j.id),
      [open.id],
    );
    assert.equal((await client.get(`/api/jobs/${archived.id}`)).statusCode, 404);
    assert.equal((await client.get(`/api/jobs/${open.id}`)).statusCode, 200);
    assert.equal((await client.post(`/api/jobs/${open.id}/archive`)).statusCode, 403);
  });

  test("another company's job answers 404 to read, edit, steps and archive", async () => {
    const { client } = await newCompany();
    const { job, steps } = await makeJob(t.db, (await makeCompany(t.db)).id);
    assert.equal((await client.get(`/api/jobs/${job.id}`)).statusCode, 404);
    assert.equal((await client.put(`/api/jobs/${job.id}`, { title: 'Mine now' })).statusCode, 404);
    assert.equal(
      (await client.put(`/api/jobs/${job.id}/steps`, { steps: [{ id: steps[0].id, name: 'X' }] })).statusCode,
      404,
    );
    assert.equal((await client.post(`/api/jobs/${job.id}/archive`)).statusCode, 404);
  });
});

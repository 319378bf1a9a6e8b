import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { makeRouteWorld, type RouteWorld } from './helpers/route-fixtures.ts';

let t: TestApp;
let world: RouteWorld;
let recruiter: Client;

before(async () => {
  t = await startTestApp();
  world = await makeRouteWorld(t.db);
  recruiter = await t.signIn(world.members.recruiter.email);
});
after(() => t.close());

/** A digest of everything the job and candidate endpoints can write, to prove a refusal wrote nothing. */
async function fingerprint() {
  const result = await t.db.execute(sql`select md5(coalesce(string_agg(x, '|' order by x), '')) as digest from (
    select row_to_json(j)::text x from jobs j union all select row_to_json(s)::text from job_steps s
    union all select row_to_json(c)::text from candidates c union all select row_to_json(w)::text from work_history w
    union all select row_to_json(p)::text from placements p union all select row_to_json(e)::text from placement_events e
    union all select row_to_json(r)::text from job_recruiters r) all_rows`);
  return (result as unknown as { rows: { digest: string }[] }).rows[0].digest;
}

const FIELD_NAMES = [
  'title',
  'departmentId',
  'location',
  'hiringManagerId',
  'recruiterIds',
  'description',
  'steps',
  'name',
  'kind',
  'id',
  'firstName',
  'lastName',
  'email',
  'phone',
  'linkedinUrl',
  'currentCompany',
  'currentTitle',
  'language',
  'skills',
  'tags',
  'notes',
  'workHistory',
  'companyName',
  'startDate',
  'endDate',
  'placement',
  'jobId',
  'stepId',
  '__proto__',
  'constructor',
];

/** Bodies shaped like the real ones, with hostile values: wrong types, huge strings, odd unicode, nulls. */
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    "'; drop table jobs; --",
    '2021-13-45',
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
  ),
  fc.uuid(),
  fc.array(fc.oneof(fc.string(), fc.uuid(), fc.record({ name: fc.string(), kind: fc.string() })), { maxLength: 5 }),
  fc.integer(),
  fc.constant(null),
);
const shapedBody = fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, { maxKeys: 12 });
const anyBody = fc.oneof(shapedBody, fc.anything({ maxDepth: 3 }));

const endpoints = () => [
  { method: 'POST', url: '/api/jobs' },
  { method: 'PUT', url: `/api/jobs/${world.job.id}` },
  { method: 'PUT', url: `/api/jobs/${world.job.id}/steps` },
  { method: 'POST', url: '/api/candidates' },
  { method: 'PUT', url: `/api/candidates/${world.candidate.id}` },
  { method: 'POST', url: '/api/candidates/duplicate-check' },
  { method: 'POST', url: `/api/candidates/${world.candidate.id}/placements` },
  { method: 'PUT', url: `/api/placements/${world.placement.id}/step` },
];

test('generated bodies never cause a 5xx, and a refused request changes nothing', async () => {
  for (const endpoint of endpoints()) {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const before = await fingerprint();
        const res = await recruiter.request(endpoint.method, endpoint.url, body);
        assert.ok(
          res.statusCode < 500,
          `${endpoint.method} ${endpoint.url} → ${res.statusCode} for ${JSON.stringify(body)}: ${res.body}`,
        );
        if (res.statusCode >= 400) {
          assert.equal(await fingerprint(), before, `${endpoint.method} ${endpoint.url} was refused but changed data`);
          assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
        }
      }),
      { numRuns: 60 },
    );
  }
});

test('query strings of the lists never cause a 5xx', async () => {
  const param = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.uuid(),
    fc.constantFrom('', '-1', '9999', 'updated_asc', 'eyJ4Ijo'),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('/api/candidates', '/api/jobs', '/api/search'),
      fc.dictionary(
        fc.constantFrom(
          'q',
          'cursor',
          'limit',
          'sort',
          'jobId',
          'stepId',
          'tag',
          'skill',
          'status',
          'mine',
          'departmentId',
        ),
        param,
        { maxKeys: 5 },
      ),
      async (path, query) => {
        const res = await recruiter.get(`${path}?${new URLSearchParams(query)}`);
        assert.ok(res.statusCode < 500, `${path}?${new URLSearchParams(query)} → ${res.statusCode}: ${res.body}`);
      },
    ),
    { numRuns: 150 },
  );
});

test('raw bodies that are not JSON, and bodies over 1 MB, are client errors', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (raw) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/candidates',
        payload: raw,
        headers: {
          cookie: recruiter.cookie!,
          'x-csrf-token': recruiter.csrfToken!,
          'content-type': 'application/json',
        },
      });
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${res.statusCode} for ${JSON.stringify(raw)}`);
    }),
    { numRuns: 80 },
  );
  const huge = await recruiter.post('/api/candidates', { firstName: 'A', lastName: 'B', notes: 'x'.repeat(1_100_000) });
  assert.equal(huge.statusCode, 413);
  assert.equal(huge.json().code, 'payload_too_large');
});

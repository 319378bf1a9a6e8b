import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { fillParams, makeRouteWorld, type RouteWorld } from './helpers/route-fixtures.ts';

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

/**
 * Multipart bodies a broken or hostile client sends (an outside review found a 500 here). `unreadable`
 * ones cannot be read as a form at all, so a multipart route must refuse them.
 */
const MALFORMED_MULTIPART: { name: string; contentType: string; body: string; unreadable: boolean }[] = (() => {
  const type = 'multipart/form-data; boundary=b0und';
  const filePart = 'Content-Disposition: form-data; name="file"; filename="c.csv"\r\nContent-Type: text/csv\r\n\r\n';
  const field = (i: number) => `--b0und\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`;
  const broken = (name: string, body: string, contentType = type) => ({ name, contentType, body, unreadable: true });
  const odd = (name: string, body: string) => ({ name, contentType: type, body, unreadable: false });
  return [
    broken('cut off before the closing boundary', `--b0und\r\n${filePart}a,b\r\n1,2`),
    broken('cut off inside the part headers', '--b0und\r\nContent-Disposition: form-da'),
    broken('no boundary parameter', `--b0und\r\n${filePart}x\r\n--b0und--`, 'multipart/form-data'),
    broken('an empty boundary', '--\r\n\r\n--', 'multipart/form-data; boundary='),
    broken('a boundary the body never uses', `--other\r\n${filePart}x\r\n--other--\r\n`),
    broken('a garbage header line', '--b0und\r\nnot a header\r\n\r\nx\r\n--b0und--\r\n'),
    broken('a part without Content-Disposition', '--b0und\r\n\r\nx\r\n--b0und--\r\n'),
    broken('bare LF line ends', `--b0und\n${filePart.replaceAll('\r\n', '\n')}x\n--b0und--\n`),
    broken('eleven text fields', `${Array.from({ length: 11 }, (_, i) => field(i)).join('')}--b0und--\r\n`),
    broken('an empty body', ''),
    broken('a nested multipart/mixed', `--b0und\r\n${filePart}x\r\n--b0und--\r\n`, 'multipart/mixed; boundary=b0und'),
    odd('two files', `--b0und\r\n${filePart}a\r\n--b0und\r\n${filePart}b\r\n--b0und--\r\n`),
    odd('a header block of 100 kB', `--b0und\r\nX-Filler: ${'x'.repeat(100_000)}\r\n${filePart}x\r\n--b0und--\r\n`),
    odd(
      'a broken encoded file name',
      `--b0und\r\nContent-Disposition: form-data; name="file"; filename*=utf-8''%ZZ%\r\n\r\nx\r\n--b0und--\r\n`,
    ),
  ];
})();

test('malformed multipart on every write route: never a 5xx, an unreadable form is refused, a refusal writes nothing', async () => {
  const writes = t.app.routeTable.filter((r) => r.method !== 'GET');
  const multipartRoutes = new Set(['/api/contacts/imports', '/api/contacts/imports/preview']);
  for (const url of multipartRoutes)
    assert.ok(
      writes.some((r) => r.url === url),
      `${url} is a route`,
    );
  const failures: string[] = [];
  for (const route of writes) {
    // Link routes carry tokens, not ids: any value reaches the body parser just the same.
    const url = world.idFor[route.url] ? fillParams(route.url, world) : route.url.replace(/:\w+/g, 'unknown');
    for (const malformed of MALFORMED_MULTIPART) {
      const before = await fingerprint();
      const res = await t.app.inject({
        method: route.method as 'POST',
        url,
        payload: malformed.body,
        headers: {
          cookie: recruiter.cookie!,
          'x-csrf-token': recruiter.csrfToken!,
          'content-type': malformed.contentType,
        },
      });
      const where = `${route.method} ${route.url} with ${malformed.name}`;
      if (res.statusCode >= 500) failures.push(`${where} → ${res.statusCode}: ${res.body}`);
      if (multipartRoutes.has(route.url) && malformed.unreadable && res.statusCode < 400)
        failures.push(`${where} → ${res.statusCode}, expected a refusal`);
      if (res.statusCode >= 400 && res.headers['content-type'] !== 'application/problem+json; charset=utf-8')
        failures.push(`${where} → ${res.headers['content-type']}`);
      if (res.statusCode >= 400 && (await fingerprint()) !== before)
        failures.push(`${where} was refused but changed data`);
    }
  }
  assert.deepEqual(failures, []);
});

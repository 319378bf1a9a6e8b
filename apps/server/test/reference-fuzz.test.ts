import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CONSENT_TEXT_VERSION } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { issueCandidateToken, issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { makeRouteWorld, type RouteWorld } from './helpers/route-fixtures.ts';

/**
 * Hostile bodies at the reference-check endpoints, recruiters' and the public pages': never a 5xx,
 * always problem+json, and a refused request writes nothing.
 */
let t: TestApp;
let world: RouteWorld;
let admin: Client;
let candidateToken: string;
let refereeToken: string;

before(async () => {
  // The public pages' rate limit is for people; generated requests would only meet 429s.
  t = await startTestApp({ PUBLIC_LINK_RATE_LIMIT: '100000' });
  world = await makeRouteWorld(t.db);
  admin = await t.signIn(world.members.admin.email);
  const check = await makeReferenceCheck(t.db, world.company.id, {
    versionId: world.questionnaire.version.id,
    refereesWanted: 5,
    candidateConsentAt: new Date(),
  });
  candidateToken = await issueCandidateToken(t.db, check);
  const referee = await makeReferee(t.db, check, { consentAt: new Date(), status: 'opened' });
  refereeToken = await issueRefereeToken(t.db, check, referee.id);
});
after(() => t.close());

async function fingerprint() {
  const result = await t.db.execute(sql`select md5(coalesce(string_agg(x, '|' order by x), '')) as digest from (
    select row_to_json(c)::text x from reference_checks c union all select row_to_json(r)::text from referees r
    union all select row_to_json(q)::text from questionnaire_templates q
    union all select row_to_json(v)::text from questionnaire_versions v
    union all select row_to_json(s)::text from sub_accounts s
    union all select row_to_json(m)::text from membership_sub_accounts m) all_rows`);
  return (result as unknown as { rows: { digest: string }[] }).rows[0].digest;
}

const FIELD_NAMES = [
  'name',
  'email',
  'phone',
  'relationship',
  'company',
  'workedTogether',
  'language',
  'referees',
  'answers',
  'reason',
  'consentVersion',
  'device',
  'templateId',
  'subAccountId',
  'candidateChannel',
  'refereeChannel',
  'refereesWanted',
  'jobId',
  'content',
  'sections',
  'questions',
  'preset',
  'senderName',
  'logoDataUrl',
  'membershipIds',
  'archived',
  '__proto__',
];

const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '\u0000', 'not-a-uuid', '+46 70 123', 'data:image/svg+xml;base64,PHN2Zz4=', CONSENT_TEXT_VERSION),
  fc.uuid(),
  fc.dictionary(fc.constantFrom('overall', 'rehire', 'strength', 'areas', 'title', 'x'), fc.anything({ maxDepth: 1 })),
  fc.array(fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.anything({ maxDepth: 1 })), { maxLength: 3 }),
  fc.integer(),
  fc.constant(null),
);
const anyBody = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, { maxKeys: 10 }),
  fc.anything({ maxDepth: 3 }),
);

const endpoints = () => [
  { method: 'POST', url: `/api/candidates/${world.candidate.id}/reference-checks` },
  { method: 'POST', url: `/api/reference-checks/${world.check.id}/referees` },
  { method: 'PATCH', url: `/api/reference-checks/${world.check.id}/referees/${world.referee.id}` },
  { method: 'POST', url: '/api/questionnaires' },
  { method: 'PUT', url: `/api/questionnaires/${world.questionnaire.template.id}` },
  { method: 'POST', url: '/api/sub-accounts' },
  { method: 'PUT', url: `/api/sub-accounts/${world.subAccount.id}/members` },
  { method: 'POST', url: `/api/public/reference-candidate/${candidateToken}/consent` },
  { method: 'POST', url: `/api/public/reference-candidate/${candidateToken}/referees` },
  { method: 'PATCH', url: `/api/public/reference-referee/${refereeToken}/answers` },
  { method: 'POST', url: `/api/public/reference-referee/${refereeToken}/decline` },
];

test('generated bodies never cause a 5xx at the reference endpoints, and a refusal writes nothing', async () => {
  for (const endpoint of endpoints()) {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const before = await fingerprint();
        const res = await admin.request(endpoint.method, endpoint.url, body);
        assert.ok(
          res.statusCode < 500,
          `${endpoint.method} ${endpoint.url} → ${res.statusCode} for ${JSON.stringify(body)}: ${res.body}`,
        );
        if (res.statusCode >= 400) {
          assert.equal(await fingerprint(), before, `${endpoint.method} ${endpoint.url} was refused but changed data`);
          assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
        }
      }),
      { numRuns: 40 },
    );
  }
});

test('query strings of the reference lists never cause a 5xx', async () => {
  const param = fc.oneof(fc.string({ maxLength: 60 }), fc.uuid(), fc.constantFrom('', '-1', 'completed', 'eyJ4Ijo'));
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('/api/reference-checks', '/api/questionnaires', '/api/sub-accounts', '/api/reference-figures'),
      fc.dictionary(
        fc.constantFrom('q', 'cursor', 'limit', 'status', 'language', 'subAccountId', 'includeArchived', 'from', 'to'),
        param,
        { maxKeys: 4 },
      ),
      async (path, query) => {
        const res = await admin.get(`${path}?${new URLSearchParams(query)}`);
        assert.ok(res.statusCode < 500, `${path}?${new URLSearchParams(query)} → ${res.statusCode}: ${res.body}`);
      },
    ),
    { numRuns: 120 },
  );
});

// Found by an outside review: each of these answered 500 or wrote a row pointing into another company.

const startBody = (jobId: string) => ({
  language: 'en',
  templateId: world.questionnaire.template.id,
  candidateChannel: 'none',
  refereesWanted: 2,
  refereeChannel: 'email',
  jobId,
});

test("starting a reference check with another company's job is refused on jobId and writes nothing", async () => {
  const other = await makeRouteWorld(t.db);
  const before = await fingerprint();
  const res = await admin.post(`/api/candidates/${world.candidate.id}/reference-checks`, startBody(other.job.id));
  assert.equal(res.statusCode, 422, res.body);
  assert.equal(res.json().code, 'unknown_id');
  assert.deepEqual(
    res.json().errors.map((e: { field: string }) => e.field),
    ['jobId'],
  );
  assert.equal(await fingerprint(), before);
});

test('starting a reference check with an unknown jobId is a 422 on the field, not a 500', async () => {
  const before = await fingerprint();
  const res = await admin.post(
    `/api/candidates/${world.candidate.id}/reference-checks`,
    startBody(crypto.randomUUID()),
  );
  assert.equal(res.statusCode, 422, res.body);
  assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
  assert.equal(res.json().errors[0].field, 'jobId');
  assert.equal(await fingerprint(), before);
});

test('reference figures with a date PostgreSQL cannot hold are a 400 on the field, not a 500', async () => {
  const cases = [
    ['from', '0000-01-01'],
    ['to', '0000-01-01'],
    ['to', '9999-12-31'],
    ['from', '+275760-09-13'],
    ['from', '99999-01-01'],
    ['to', '-000001-01-01'],
  ] as const;
  for (const [field, value] of cases) {
    const res = await admin.get(`/api/reference-figures?${new URLSearchParams({ [field]: value })}`);
    assert.equal(res.statusCode, 400, `${field}=${value} → ${res.statusCode}: ${res.body}`);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(res.json().errors[0].field, field, `${field}=${value}`);
  }
});

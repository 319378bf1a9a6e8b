import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { issueCandidateToken, issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { sessions as sessionRows } from '../src/modules/tenancy/tenancy.tables.ts';
import { randomToken, sha256 } from '../src/platform/crypto.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { watchWrites } from './helpers/db-digest.ts';
import { type ApiOperation, fetchOpenApi, queriedReads, writeOperations } from './helpers/openapi-routes.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { makeRouteWorld, type RouteWorld } from './helpers/route-fixtures.ts';
import { EDGE_DAYS, EDGE_TIMES, hostileValue, type IdPool, schemaArbitrary } from './helpers/schema-arbitrary.ts';

/**
 * Every write route the OpenAPI document describes (POST, PUT, PATCH, DELETE), fuzzed with requests
 * generated from its own schemas: valid bodies, the same with hostile values anywhere and unknown
 * keys, ids of this company, of another and of none, hostile path parameters and query strings,
 * malformed JSON and multipart. Then every list's query string the same way. Never a 5xx, a
 * problem+json answer on every 4xx, and a refused request writes nothing (database digest).
 * The seed is fixed so a failure in CI can be replayed; FUZZ_SEED and FUZZ_RUNS override it locally.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_611);
/** Generated requests per route, besides the fixed malformed ones. */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 34);
/** What the outside review's own generator sent, which this must at least match. */
const REVIEW = { routes: 64, requests: 3_863 };

let t: TestApp;
let home: RouteWorld;
let other: RouteWorld;
let ids: IdPool;
let writtenSinceLastCall: () => Promise<string[]>;
let tokens: Record<string, string>;
type Session = Pick<Client, 'cookie' | 'csrfToken'>;
const sessions = {} as Record<'admin' | 'employee' | 'spare', Session>;

before(async () => {
  t = await startTestApp({ PUBLIC_LINK_RATE_LIMIT: '1000000', API_RATE_LIMIT: '1000000' });
  home = await makeRouteWorld(t.db);
  other = await makeRouteWorld(t.db);
  ids = { own: uuidsIn(home), foreign: uuidsIn(other) };
  // Links for the candidate's and the referee's pages, on a check that is waiting for them.
  const check = await makeReferenceCheck(t.db, home.company.id, {
    versionId: home.questionnaire.version.id,
    refereesWanted: 5,
    candidateConsentAt: new Date(),
  });
  const referee = await makeReferee(t.db, check, { consentAt: new Date(), status: 'opened' });
  tokens = {
    candidate: await issueCandidateToken(t.db, check),
    referee: await issueRefereeToken(t.db, check, referee.id),
    refereeId: referee.id,
  };
  sessions.admin = await t.signIn(home.members.admin.email);
  sessions.employee = await t.signIn(home.members.employee.email);
  sessions.spare = await spareSession();
  writtenSinceLastCall = await watchWrites(t.db);
});
after(() => t.close());

/** Another session of the admin's, written directly: signing in again and again meets the sign-in limit. */
async function spareSession(): Promise<Session> {
  const token = randomToken();
  const csrfToken = randomToken();
  await t.db.insert(sessionRows).values({
    tokenHash: sha256(token),
    userId: home.members.admin.user.id,
    companyId: home.company.id,
    csrfToken,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return { cookie: `vouch_session=${token}`, csrfToken };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidsIn(value: unknown, found = new Set<string>()): string[] {
  if (typeof value === 'string' && UUID.test(value)) found.add(value);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const inner of Object.values(value)) uuidsIn(inner, found);
  return [...found];
}

/**
 * The URL's parameters as the fixtures fill them: ids of this company, link tokens, a language.
 * Links with no fixture (one-click answers, invites) get a token that opens nothing.
 */
function paramValue(world: RouteWorld, url: string, name: string): string {
  if (name === 'token') return url.includes('reference-referee') ? tokens.referee : tokens.candidate;
  if (url.startsWith('/api/public/reference-candidate/') && name === 'refereeId') return tokens.refereeId;
  const ids = world.idFor[url];
  const value = typeof ids === 'string' ? ids : ids?.[name];
  return value ?? crypto.randomUUID();
}

const HOSTILE_SEGMENTS = [
  'not-a-uuid',
  '%00',
  '..',
  '%2e%2e%2f',
  'x'.repeat(600),
  '%F0%9F%98%80',
  '%E0%A4%A',
  '%20',
  '-1',
];

function urlArbitrary(op: ApiOperation): fc.Arbitrary<string> {
  const names = [...op.url.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const segment = (name: string) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.constant(encodeURIComponent(paramValue(home, op.url, name))) },
      { weight: 1, arbitrary: fc.constant(encodeURIComponent(paramValue(other, op.url, name))) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    );
  const path = fc.tuple(...names.map(segment)).map((values) => {
    let index = 0;
    return op.url.replace(/:(\w+)/g, () => values[index++]);
  });
  const known = op.query.map((p) =>
    fc.tuple(
      fc.constant(p.name),
      schemaArbitrary(p.schema ?? null, ids).map((v) => String(v)),
    ),
  );
  const pairs = fc.array(
    fc.oneof(...known, fc.tuple(fc.constantFrom('limit', 'cursor', 'unknown', '__proto__'), hostileValue.map(String))),
    { maxLength: 3 },
  );
  return fc
    .tuple(path, fc.option(pairs, { freq: 3 }))
    .map(([p, query]) => (query?.length ? `${p}?${new URLSearchParams(query)}` : p));
}

type Raw = { body: string; contentType: string };
const MALFORMED: Raw[] = [
  { body: '{', contentType: 'application/json' },
  { body: '{"a": "unterminated', contentType: 'application/json' },
  { body: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {}}}', contentType: 'application/json' },
  { body: 'null', contentType: 'application/json' },
  { body: 'name=x&email=y', contentType: 'application/x-www-form-urlencoded' },
  {
    body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\na,b',
    contentType: 'multipart/form-data; boundary=b',
  },
  { body: 'x', contentType: 'multipart/form-data' },
];

type Caller = 'admin' | 'employee' | 'spare' | 'apiKey' | 'anonymous';

/** Routes that end the session they are called with: they get a spare one, renewed after each success. */
const ENDS_ITS_SESSION = new Set(['/api/auth/switch-company', '/api/auth/sign-out']);

function callerOf(op: ApiOperation): Caller {
  const access = t.app.routeTable.find((r) => r.method === op.method && r.url === op.url)?.access;
  if (access === 'api:read' || access === 'api:write') return 'apiKey';
  if (access === 'public') return 'anonymous';
  if (ENDS_ITS_SESSION.has(op.url)) return 'spare';
  // An employee's own contacts and referrals: an admin may not see them.
  return op.url.startsWith('/api/contacts') || op.url.startsWith('/api/my/') ? 'employee' : 'admin';
}

function headersOf(caller: Caller): Record<string, string> {
  if (caller === 'apiKey') return { authorization: `Bearer ${home.apiKey.key}` };
  if (caller === 'anonymous') return {};
  const session = sessions[caller];
  return { cookie: session.cookie!, 'x-csrf-token': session.csrfToken! };
}

/** Routes that end something others run on (a member, a key, a check, a session) go last. */
const ENDS_SOMETHING = /deactivate|revoke|cancel|close|archive|decline|submit|sign-out|\/role$/;
const order = (op: ApiOperation) => (op.method === 'DELETE' || ENDS_SOMETHING.test(op.url) ? 1 : 0);

type Tally = { requests: number; refused: number; accepted: number; byRoute: Map<string, number> };

/** Sends one request as the route's caller; what is wrong with the answer, if anything. */
async function send(op: ApiOperation, url: string, raw: Raw | null, tally: Tally): Promise<string[]> {
  const caller = callerOf(op);
  const res = await t.app.inject({
    method: op.method,
    url,
    payload: raw?.body,
    headers: { ...headersOf(caller), ...(raw ? { 'content-type': raw.contentType } : {}) },
  });
  tally.requests++;
  tally.byRoute.set(op.key, (tally.byRoute.get(op.key) ?? 0) + 1);
  const written = await writtenSinceLastCall();
  const problems: string[] = [];
  if (res.statusCode >= 500) problems.push(`→ ${res.statusCode}: ${res.body.slice(0, 300)}`);
  if (res.statusCode >= 400) {
    tally.refused++;
    if (res.headers['content-type'] !== 'application/problem+json; charset=utf-8')
      problems.push(`→ ${res.statusCode} as ${res.headers['content-type']}`);
    if (written.length) problems.push(`→ ${res.statusCode} but wrote to ${written.join(', ')}`);
  } else tally.accepted++;
  if (caller === 'spare' && res.statusCode < 300) {
    sessions.spare = await spareSession();
    await writtenSinceLastCall(); // the new session
  }
  return problems;
}

/** Generated requests to each operation, then the fixed malformed bodies; the failures found. */
async function fuzz(operations: ApiOperation[], runs: number, malformed: Raw[], tally: Tally) {
  const failures: string[] = [];
  for (const [index, op] of operations.entries()) {
    const request = fc.record({ url: urlArbitrary(op), body: schemaArbitrary(op.body, ids) });
    let found = '';
    try {
      await fc.assert(
        fc.asyncProperty(request, async ({ url, body }) => {
          const raw =
            op.method === 'GET' || body === undefined
              ? null
              : { body: JSON.stringify(body) ?? 'null', contentType: 'application/json' };
          const problems = await send(op, url, raw, tally);
          if (problems.length) found = `${op.method} ${url} ${problems.join('; ')} with ${raw?.body.slice(0, 400)}`;
          assert.deepEqual(problems, []);
        }),
        { seed: SEED + index, numRuns: runs, endOnFailure: true },
      );
    } catch (error) {
      // A thrown error rather than a wrong answer: fast-check's report says which request.
      failures.push(found || `${op.key}: ${(error as Error).message.slice(0, 1500)}`);
    }
    const url = op.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(paramValue(home, op.url, name)));
    for (const raw of malformed) {
      const problems = await send(op, url, raw, tally);
      if (problems.length) failures.push(`${op.key} with ${raw.contentType} ${JSON.stringify(raw.body)} ${problems}`);
    }
  }
  return failures;
}

const newTally = (): Tally => ({ requests: 0, refused: 0, accepted: 0, byRoute: new Map() });
const summary = (tally: Tally, started: number) =>
  `seed ${SEED}: ${tally.requests} requests to ${tally.byRoute.size} routes in ` +
  `${((Date.now() - started) / 1000).toFixed(1)} s (${tally.accepted} accepted, ${tally.refused} refused)`;

test('every write route in the OpenAPI document, fuzzed: never a 5xx, problem+json on 4xx, a refusal writes nothing', async (context) => {
  const started = Date.now();
  const operations = writeOperations(await fetchOpenApi(t)).sort((a, b) => order(a) - order(b));
  const tally = newTally();
  const failures = await fuzz(operations, RUNS_PER_ROUTE, MALFORMED, tally);
  context.diagnostic(summary(tally, started));
  assert.deepEqual(failures, []);
  assert.ok(tally.byRoute.size >= REVIEW.routes, `only ${tally.byRoute.size} routes were fuzzed`);
  assert.ok(tally.requests >= REVIEW.requests, `only ${tally.requests} requests were sent`);
});

test('every query string the document describes, fuzzed: never a 5xx, problem+json on 4xx', async (context) => {
  const started = Date.now();
  const operations = queriedReads(await fetchOpenApi(t));
  assert.ok(operations.length >= 20, `expected the lists to be found, got ${operations.length}`);
  const tally = newTally();
  const failures = await fuzz(operations, Math.ceil(RUNS_PER_ROUTE / 2), [], tally);
  context.diagnostic(summary(tally, started));
  assert.deepEqual(failures, []);
});

test('every date in a query string refuses what PostgreSQL cannot hold with a 400 on the parameter', async () => {
  // An outside review found `from=0000-01-01` on the reference figures answering 500; so did
  // `updated_since` on the integration API. Every date parameter the document describes is tried.
  const failures: string[] = [];
  let tried = 0;
  for (const op of queriedReads(await fetchOpenApi(t))) {
    const url = op.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(paramValue(home, op.url, name)));
    for (const parameter of op.query) {
      const format = parameter.schema?.format ?? parameter.schema?.anyOf?.find((s) => s.format)?.format;
      const edges = format === 'date' ? EDGE_DAYS : format === 'date-time' ? EDGE_TIMES : [];
      for (const value of edges) {
        tried++;
        const res = await t.app.inject({
          method: 'GET',
          url: `${url}?${new URLSearchParams({ [parameter.name]: value })}`,
          headers: headersOf(callerOf(op)),
        });
        if (res.statusCode >= 500 || (res.statusCode >= 400 && res.json().errors?.[0]?.field !== parameter.name))
          failures.push(`${op.key}?${parameter.name}=${value} → ${res.statusCode}: ${res.body.slice(0, 200)}`);
      }
    }
  }
  assert.ok(tried >= 40, `expected the date parameters to be found, tried ${tried}`);
  assert.deepEqual(failures, []);
});

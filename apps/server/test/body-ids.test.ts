import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { jobSteps } from '../src/modules/hiring/hiring.tables.ts';
import { departments } from '../src/modules/tenancy/tenancy.tables.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import {
  BODY_ID_FIXTURES,
  type BodyIdFixture,
  type BodyIdWorld,
  makeBodyIdWorld,
  UNFORMATTED_ID_PATHS,
} from './helpers/body-id-fixtures.ts';
import { watchWrites } from './helpers/db-digest.ts';
import {
  fetchOpenApi,
  idPaths,
  type OpenApiDocument,
  valueAt,
  withValueAt,
  writeOperations,
} from './helpers/openapi-routes.ts';
import { fillParams } from './helpers/route-fixtures.ts';

/**
 * Every id in every request body is resolved within the caller's company. For each write route
 * whose body schema holds an id (read from the OpenAPI document, so a new route is walked without
 * anyone adding it), this company's valid body is sent with one id swapped for another company's
 * id of the same kind: 404 or 422, and not one row written. Then the body as it is must be accepted,
 * so the refusal can only have come from the swapped id.
 */
let t: TestApp;
let home: BodyIdWorld;
let other: BodyIdWorld;
let doc: OpenApiDocument;
let writtenSinceLastCall: () => Promise<string[]>;
const callers = {} as Record<'admin' | 'employee' | 'apiKey', Client>;

/** Test-only routes that write past id resolution, as a use case that forgot it would. */
function unresolvedWrites(app: FastifyInstance) {
  const config = { access: 'public' as const };
  app.post('/api/test/unresolved-company', { config }, async () => {
    await app.services.db.insert(departments).values({ companyId: crypto.randomUUID(), name: 'Nowhere' });
    return { ok: true };
  });
  app.delete<{ Params: { id: string } }>('/api/test/steps/:id', { config }, async (request) => {
    await app.services.db.delete(jobSteps).where(eq(jobSteps.id, request.params.id));
    return { ok: true };
  });
}

before(async () => {
  // Link pages and the API are rate-limited for people; the walk is not people.
  t = await startTestApp({ PUBLIC_LINK_RATE_LIMIT: '100000', API_RATE_LIMIT: '100000' }, { routes: unresolvedWrites });
  home = await makeBodyIdWorld(t.db);
  other = await makeBodyIdWorld(t.db);
  doc = await fetchOpenApi(t);
  callers.admin = await t.signIn(home.members.admin.email);
  callers.employee = await t.signIn(home.members.employee.email);
  callers.apiKey = t.withApiKey(home.apiKey.key);
  writtenSinceLastCall = await watchWrites(t.db);
});
after(() => t.close());

function routesWithBodyIds() {
  return writeOperations(doc)
    .filter((op) => !op.url.startsWith('/api/test/'))
    .map((op) => ({
      ...op,
      paths: [...(op.body ? idPaths(doc, op.body) : []), ...(UNFORMATTED_ID_PATHS[op.key] ?? [])],
    }))
    .filter((op) => op.paths.length > 0);
}

function urlOf(url: string, fixture: BodyIdFixture) {
  const params = fixture.params?.(home);
  return params ? url.replace(/:(\w+)/g, (_, name: string) => params[name]) : fillParams(url, home);
}

test('the walk finds the routes whose bodies hold ids, and each has a fixture', () => {
  const routes = routesWithBodyIds();
  assert.ok(routes.length >= 20, `expected the id-bearing routes to be found, got ${routes.length}`);
  const missing = routes.filter((r) => !BODY_ID_FIXTURES[r.key]).map((r) => `${r.key} (${r.paths.join(', ')})`);
  assert.deepEqual(missing, [], 'add a fixture for these routes to BODY_ID_FIXTURES');
  const stale = Object.keys(BODY_ID_FIXTURES).filter((key) => !routes.some((r) => r.key === key));
  assert.deepEqual(stale, [], 'these fixtures name no route with an id in its body');
});

test("another company's id anywhere in a body is refused with 404 or 422 and writes nothing", async () => {
  const failures: string[] = [];
  let swaps = 0;
  const walkFirst = (key: string) => (BODY_ID_FIXTURES[key]?.first ? 0 : 1);
  const routes = routesWithBodyIds().sort((a, b) => walkFirst(a.key) - walkFirst(b.key));
  for (const route of routes) {
    const fixture = BODY_ID_FIXTURES[route.key];
    if (!fixture) continue; // reported by the test above
    const url = urlOf(route.url, fixture);
    const caller = callers[fixture.as ?? 'admin'];
    const accepted = fixture.body(home);
    const foreign = fixture.body(other);
    for (const path of route.paths) {
      const refusedOnly = fixture.refusedOnly?.[path];
      const foreignId = refusedOnly ? refusedOnly(other) : valueAt(foreign, path);
      if (typeof foreignId !== 'string') {
        failures.push(`${route.key}: the fixture's body names no id at ${path}`);
        continue;
      }
      const body = withValueAt(accepted, path, foreignId);
      await writtenSinceLastCall();
      const res = await caller.request(route.method, url, body);
      swaps++;
      const where = `${route.key} with another company's ${path}`;
      if (res.statusCode !== 404 && res.statusCode !== 422)
        failures.push(`${where} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
      const written = await writtenSinceLastCall();
      if (written.length) failures.push(`${where} wrote to ${written.join(', ')}`);
    }
    // The same body with this company's own ids must pass, or the refusals above proved nothing.
    const client = fixture.replacesSession ? await t.signIn(home.members.admin.email) : caller;
    const res = await client.request(route.method, url, accepted);
    if (res.statusCode >= 300)
      failures.push(`${route.key} with its own ids → ${res.statusCode}: ${res.body.slice(0, 300)}`);
  }
  assert.ok(swaps >= 25, `expected at least 25 swapped ids, sent ${swaps}`);
  assert.deepEqual(failures, []);
});

test('a foreign key the database refuses is a client error, never a 500 (the safety net behind resolution)', async () => {
  const dangling = await t.anonymous.post('/api/test/unresolved-company', {});
  assert.equal(dangling.statusCode, 422, dangling.body);
  assert.equal(dangling.headers['content-type'], 'application/problem+json; charset=utf-8');
  assert.equal(dangling.json().code, 'unknown_id');
  // The world's placement stands in its job's first step.
  const inUse = await t.anonymous.delete(`/api/test/steps/${home.steps[0].id}`);
  assert.equal(inUse.statusCode, 409, inUse.body);
  assert.equal(inUse.json().code, 'conflict');
});

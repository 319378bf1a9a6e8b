import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ROLES, type TRole as Role } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { candidates, jobs } from '../src/modules/hiring/hiring.tables.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { fillParams, makeRouteWorld, type RouteWorld, signInEveryRole } from './helpers/route-fixtures.ts';

/** Link routes carry tokens, not tenant ids; they are tested with the auth flows. */
const NOT_TENANT_IDS = new Set([
  '/api/auth/invites/:token',
  '/api/auth/signup/:code',
  '/api/auth/verify-email/:token',
  '/api/public/introduction-answers/:token',
  '/api/public/referral-withdrawals/:token',
  '/api/public/referral-request-answers/:token',
  '/api/public/reference-candidate/:token',
  '/api/public/reference-candidate/:token/consent',
  '/api/public/reference-candidate/:token/referees',
  '/api/public/reference-candidate/:token/referees/:refereeId',
  '/api/public/reference-referee/:token',
  '/api/public/reference-referee/:token/consent',
  '/api/public/reference-referee/:token/answers',
  '/api/public/reference-referee/:token/submit',
  '/api/public/reference-referee/:token/decline',
  '/api/public/reference-referee/:token/code',
  '/api/public/reference-referee/:token/verify',
  '/api/public/reference-referee/:token/language',
  // Which kind of link and its token: a link of one person never opens another's (privacy-self-service).
  '/api/public/privacy/:subject/:token',
  '/api/public/privacy/:subject/:token/withdraw',
  '/api/public/privacy/:subject/:token/erasure',
  // The operator's secret, not an id: the provider's report names its message in the body.
  '/api/inbound/sms-reports/:secret',
  // A language, not an id: each company edits its own template in it.
  '/api/company/message-templates/referral-request/:language',
]);

let t: TestApp;
let home: RouteWorld;
let other: RouteWorld;
let intruders: Record<Role, Client>;

before(async () => {
  t = await startTestApp();
  home = await makeRouteWorld(t.db);
  other = await makeRouteWorld(t.db);
  intruders = await signInEveryRole(t, other);
});
after(() => t.close());

const isApiRoute = (access: unknown) => access === 'api:read' || access === 'api:write';

test('every route that takes an id answers 404 to each role of another company', async () => {
  const routes = t.app.routeTable.filter(
    (r) => r.url.includes(':') && !NOT_TENANT_IDS.has(r.url) && !isApiRoute(r.access),
  );
  assert.ok(routes.length >= 15, `expected the id routes to be found, got ${routes.length}`);
  const failures: string[] = [];
  for (const route of routes) {
    assert.ok(home.idFor[route.url], `${route.method} ${route.url} has no fixture id: add it to makeRouteWorld`);
    const url = fillParams(route.url, home);
    // The intruder's own valid body, so validation passes and only the foreign id can refuse it.
    const body = other.bodyFor[`${route.method} ${route.url}`] ?? {};
    for (const role of ROLES) {
      const res = await intruders[role].request(route.method, url, route.method === 'GET' ? undefined : body);
      const allowedHere = res.statusCode === 403; // a role that may not call the route at all
      if (res.statusCode !== 404 && !allowedHere) failures.push(`${role} ${route.method} ${url} → ${res.statusCode}`);
    }
    // The most powerful role must reach the id check: a 403 there would hide a missing tenant filter.
    const res = await intruders.admin.request(route.method, url, route.method === 'GET' ? undefined : body);
    if (res.statusCode !== 404) failures.push(`admin ${route.method} ${url} → ${res.statusCode} (must be 404)`);
  }
  assert.deepEqual(failures, []);
});

test("every integration API route that takes an id answers 404 to another company's key", async () => {
  const routes = t.app.routeTable.filter((r) => r.url.includes(':') && isApiRoute(r.access));
  assert.ok(routes.length >= 10, `expected the API id routes to be found, got ${routes.length}`);
  const intruder = t.withApiKey(other.apiKey.key);
  const failures: string[] = [];
  for (const route of routes) {
    const url = fillParams(route.url, home);
    const body = other.bodyFor[`${route.method} ${route.url}`] ?? {};
    const res = await intruder.request(route.method, url, route.method === 'GET' ? undefined : body);
    if (res.statusCode !== 404) failures.push(`${route.method} ${url} → ${res.statusCode}`);
  }
  assert.deepEqual(failures, []);
});

test("another company's writes leave this company's rows as they were", async () => {
  const [job] = await t.db.select().from(jobs).where(eq(jobs.id, home.job.id));
  const [candidate] = await t.db.select().from(candidates).where(eq(candidates.id, home.candidate.id));
  assert.equal(job.status, 'open');
  assert.notEqual(job.title, 'Renamed');
  assert.notEqual(candidate.firstName, 'Renamed');
});

// Every route with an id in its body is walked in body-ids.test.ts; these are the first cases found by hand.
test('ids of another company inside a body are refused, never linked', async () => {
  const recruiter = intruders.recruiter;
  const placed = await recruiter.post(`/api/candidates/${other.candidate.id}/placements`, { jobId: home.job.id });
  assert.equal(placed.statusCode, 422);
  assert.equal(placed.json().code, 'unknown_id');
  assert.equal(placed.json().errors[0].field, 'jobId');
  const job = await recruiter.post('/api/jobs', {
    title: 'Cross-tenant',
    departmentId: home.department.id,
    recruiterIds: [],
  });
  assert.equal(job.statusCode, 422);
  assert.equal(job.json().errors[0].field, 'departmentId');
  const manager = await recruiter.post('/api/jobs', {
    title: 'Cross-tenant',
    hiringManagerId: home.members.hiring_manager.membership.id,
  });
  assert.equal(manager.statusCode, 422);
  assert.equal(manager.json().errors[0].field, 'hiringManagerId');
  const moved = await recruiter.put(`/api/placements/${other.placement.id}/step`, { stepId: home.steps[2].id });
  assert.equal(moved.statusCode, 422);
  const lists = await recruiter.get(`/api/candidates?jobId=${home.job.id}`);
  assert.equal(lists.statusCode, 200);
  assert.deepEqual(lists.json().items, []);
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ROLES, type TRole } from '@vouch/contracts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { fillParams, makeRouteWorld, type RouteWorld, signInEveryRole } from './helpers/route-fixtures.ts';

const ALL = 'public or any member';
const STAFF = ['admin', 'recruiter'] as const;
const READERS = ['admin', 'recruiter', 'hiring_manager'] as const;
const ADMIN = ['admin'] as const;
/** Integration API routes: an API key with this scope, never a session. */
const API_READ = 'api:read';
const API_WRITE = 'api:write';
/** Everyone with a network of their own: not agency recruiters. */
const NETWORKERS = ['admin', 'recruiter', 'hiring_manager', 'employee'] as const;
/** Everyone who may refer someone: employees and agents, and staff referring people they know. */
const REFERRERS = ['admin', 'recruiter', 'hiring_manager', 'employee', 'agent'] as const;

/**
 * Who may call each route, written out by hand — not read from the routes' own declarations — so the
 * test checks the rule, not itself. A route missing here fails the test.
 */
const EXPECTED: Record<string, readonly TRole[] | typeof ALL | typeof API_READ | typeof API_WRITE> = {
  'GET /api/openapi.json': ALL,
  'GET /api/v1/openapi.json': ALL,
  'GET /api/health': ALL,
  'POST /api/auth/sign-in': ALL,
  'POST /api/auth/sign-out': ALL,
  'GET /api/auth/me': ALL,
  'POST /api/auth/switch-company': ALL,
  'PUT /api/me/profile': ALL,
  // A member's own things: every member has them, and each reads only their own.
  'GET /api/me/work-history': ALL,
  'PUT /api/me/work-history': ALL,
  'POST /api/me/work-history/import': ALL,
  'GET /api/me/education': ALL,
  'PUT /api/me/education': ALL,
  'POST /api/me/education/import': ALL,
  'GET /api/notifications': ALL,
  'GET /api/notifications/unread-count': ALL,
  'POST /api/notifications/read-all': ALL,
  'POST /api/notifications/:id/read': ALL,
  'GET /api/me/notification-settings': ALL,
  'PUT /api/me/notification-settings': ALL,
  'POST /api/auth/forgot-password': ALL,
  'POST /api/auth/reset-password': ALL,
  'GET /api/auth/invites/:token': ALL,
  'POST /api/auth/invites/accept': ALL,
  'GET /api/auth/signup/:code': ALL,
  'POST /api/auth/signup': ALL,
  'GET /api/setup': ALL,
  'POST /api/setup': ALL,
  'POST /api/auth/new-company': ALL,
  'GET /api/auth/verify-email/:token': ALL,
  'POST /api/auth/verify-email': ALL,
  'GET /api/departments': ALL,
  'GET /api/dashboard': ALL,
  'GET /api/jobs': ALL,
  'GET /api/jobs/:id': ALL,
  'GET /api/company': ADMIN,
  'PUT /api/company': ADMIN,
  'POST /api/company/signup-link': ADMIN,
  'GET /api/company/careers-page': ADMIN,
  'PUT /api/company/careers-page': ADMIN,
  'GET /api/share-links': NETWORKERS,
  'POST /api/jobs/:id/share-link': NETWORKERS,
  'POST /api/company/departments': ADMIN,
  'PUT /api/company/departments/:id': ADMIN,
  'DELETE /api/company/departments/:id': ADMIN,
  'GET /api/agencies': ADMIN,
  'POST /api/agencies': ADMIN,
  'GET /api/people': STAFF,
  'GET /api/members': ADMIN,
  'POST /api/members/invite': ADMIN,
  'POST /api/members/:id/resend-invite': ADMIN,
  'PUT /api/members/:id/role': ADMIN,
  'POST /api/members/:id/deactivate': ADMIN,
  'POST /api/members/:id/reactivate': ADMIN,
  'GET /api/messages': ADMIN,
  // Who looked at whom is itself sensitive: admins only.
  'GET /api/audit-log': ADMIN,
  'GET /api/audit-log/export.csv': ADMIN,
  'GET /api/audit-log/settings': ADMIN,
  'PUT /api/audit-log/settings': ADMIN,
  'POST /api/person-exports': ADMIN,
  'GET /api/person-exports/:id': ADMIN,
  'GET /api/person-exports/:id/download/:token': ADMIN,
  'GET /api/messages/:id': ADMIN,
  'POST /api/messages/:id/retry': ADMIN,
  'POST /api/jobs': STAFF,
  'PUT /api/jobs/:id': STAFF,
  'PUT /api/jobs/:id/steps': STAFF,
  'POST /api/jobs/:id/archive': STAFF,
  'POST /api/jobs/:id/unarchive': STAFF,
  'GET /api/candidates': READERS,
  'POST /api/candidates': STAFF,
  'POST /api/candidates/duplicate-check': STAFF,
  'GET /api/candidates/:id': READERS,
  'PUT /api/candidates/:id': STAFF,
  'GET /api/candidates/:id/history': READERS,
  'GET /api/candidates/:id/files': READERS,
  'GET /api/candidates/:id/files/:fileId': READERS,
  'GET /api/candidates/:id/connections': READERS,
  'GET /api/candidates/connections': READERS,
  'POST /api/candidates/:id/placements': STAFF,
  'PUT /api/placements/:id/step': STAFF,
  'DELETE /api/placements/:id': STAFF,
  'GET /api/search': READERS,
  'GET /api/bonus-tiers/visible': ALL,
  'GET /api/company/bonus-tiers': ADMIN,
  'POST /api/company/bonus-tiers': ADMIN,
  'PUT /api/company/bonus-tiers/order': ADMIN,
  'PUT /api/company/bonus-tiers/:id': ADMIN,
  'DELETE /api/company/bonus-tiers/:id': ADMIN,
  'GET /api/referral-bonuses': ADMIN,
  'GET /api/referral-bonuses/export.csv': ADMIN,
  'PUT /api/referral-bonuses/:id/start-date': STAFF,
  'POST /api/referral-bonuses/:id/approve': ADMIN,
  'POST /api/referral-bonuses/:id/paid': ADMIN,
  'POST /api/referral-bonuses/:id/forfeit': ADMIN,
  'GET /api/exclusions': STAFF,
  'POST /api/exclusions': STAFF,
  'PUT /api/exclusions/:id': STAFF,
  'DELETE /api/exclusions/:id': STAFF,
  'POST /api/contacts/imports': NETWORKERS,
  'POST /api/contacts/imports/preview': NETWORKERS,
  'GET /api/contacts/imports': NETWORKERS,
  'DELETE /api/contacts/imports/:id': NETWORKERS,
  'GET /api/contacts': NETWORKERS,
  'DELETE /api/contacts': NETWORKERS,
  'GET /api/contacts/triage': NETWORKERS,
  'POST /api/contacts/:id/skip': NETWORKERS,
  'DELETE /api/contacts/:id/skip': NETWORKERS,
  'POST /api/contacts/:id/mark': NETWORKERS,
  'GET /api/my/referrals': REFERRERS,
  'POST /api/referrals': REFERRERS,
  'POST /api/referrals/with-cv': REFERRERS,
  'GET /api/referrals/jobs': REFERRERS,
  'GET /api/privacy/retention': ADMIN,
  'PUT /api/privacy/retention': ADMIN,
  'GET /api/privacy/retention/upcoming': ADMIN,
  'GET /api/privacy/retention/extensions': ADMIN,
  'POST /api/privacy/retention/extensions': ADMIN,
  'GET /api/privacy/erasures': ADMIN,
  'POST /api/privacy/erasures': ADMIN,
  'GET /api/privacy/erasure-requests': ADMIN,
  'POST /api/privacy/erasure-requests/:id/keep': ADMIN,
  'POST /api/privacy/erasure-requests/:id/erase': ADMIN,
  'GET /api/referral-policy': STAFF,
  'PUT /api/referral-policy': ADMIN,
  'POST /api/referrals/:id/transfer': ADMIN,
  'GET /api/candidates/:id/referral-owner': STAFF,
  'GET /api/jobs/:id/agencies': ADMIN,
  'PUT /api/jobs/:id/agencies': ADMIN,
  'GET /api/public/referral-withdrawals/:token': ALL,
  'POST /api/public/referral-withdrawals': ALL,
  'PATCH /api/my/referrals/:id': NETWORKERS,
  'DELETE /api/my/referrals/:id': NETWORKERS,
  'GET /api/referrals/network': STAFF,
  'GET /api/referrals/network/export.csv': STAFF,
  'GET /api/referrals/:id': STAFF,
  'POST /api/referrals/:id/status': STAFF,
  'PATCH /api/referrals/:id': STAFF,
  'POST /api/referrals/:id/request-introduction': STAFF,
  'GET /api/referrals': STAFF,
  'GET /api/referrals/export.csv': STAFF,
  'POST /api/referrals/:id/active': STAFF,
  'POST /api/referrals/:id/add-to-job': STAFF,
  'GET /api/candidates/:id/referrals': STAFF,
  'GET /api/jobs/:id/referrals/inactive-count': STAFF,
  'POST /api/jobs/:id/referrals/reactivate': STAFF,
  'GET /api/public/introduction-answers/:token': ALL,
  'POST /api/public/introduction-answers': ALL,
  'POST /api/candidates/:id/referral-requests/draft': STAFF,
  'POST /api/candidates/:id/referral-requests': STAFF,
  'GET /api/public/referral-request-answers/:token': ALL,
  'POST /api/public/referral-request-answers': ALL,
  'GET /api/company/message-templates/referral-request': ADMIN,
  'PUT /api/company/message-templates/referral-request/:language': ADMIN,
  'DELETE /api/company/message-templates/referral-request/:language': ADMIN,
  'GET /api/sub-accounts': STAFF,
  'POST /api/sub-accounts': ADMIN,
  'PUT /api/sub-accounts/:id': ADMIN,
  'POST /api/sub-accounts/:id/archive': ADMIN,
  'GET /api/sub-accounts/:id/members': ADMIN,
  'PUT /api/sub-accounts/:id/members': ADMIN,
  'GET /api/questionnaires': STAFF,
  'POST /api/questionnaires': STAFF,
  'GET /api/questionnaires/:id': STAFF,
  'PUT /api/questionnaires/:id': STAFF,
  'POST /api/questionnaires/:id/duplicate': STAFF,
  'POST /api/questionnaires/:id/language-versions': STAFF,
  'POST /api/questionnaires/:id/archive': STAFF,
  'GET /api/questionnaires/:id/versions': STAFF,
  'POST /api/candidates/:id/reference-checks': STAFF,
  'POST /api/reference-checks/bulk': STAFF,
  'GET /api/candidates/:id/reference-checks': STAFF,
  'GET /api/candidates/:id/consents': STAFF,
  'GET /api/reference-checks': STAFF,
  'GET /api/reference-checks/:id': STAFF,
  'GET /api/reference-checks/:id/timeline': STAFF,
  'POST /api/reference-checks/:id/referees': STAFF,
  'PATCH /api/reference-checks/:id/referees/:refereeId': STAFF,
  'DELETE /api/reference-checks/:id/referees/:refereeId': STAFF,
  'POST /api/reference-checks/:id/referees/:refereeId/resend': STAFF,
  'POST /api/reference-checks/:id/referees/:refereeId/link': STAFF,
  'POST /api/reference-checks/:id/candidate-link': STAFF,
  'POST /api/reference-checks/:id/close': STAFF,
  'POST /api/reference-checks/:id/cancel': STAFF,
  'GET /api/reference-checks/:id/report': READERS,
  'GET /api/reference-checks/:id/report.pdf': READERS,
  'POST /api/reference-checks/:id/fraud-signals/:signalId/review': STAFF,
  'POST /api/reference-checks/:id/fraud-signals/review-all': STAFF,
  'GET /api/reference-figures': ADMIN,
  'GET /api/public/reference-candidate/:token': ALL,
  'POST /api/public/reference-candidate/:token/consent': ALL,
  'POST /api/public/reference-candidate/:token/referees': ALL,
  'PATCH /api/public/reference-candidate/:token/referees/:refereeId': ALL,
  'DELETE /api/public/reference-candidate/:token/referees/:refereeId': ALL,
  'GET /api/public/reference-referee/:token': ALL,
  'GET /api/public/privacy/:subject/:token': ALL,
  'POST /api/public/privacy/:subject/:token/withdraw': ALL,
  'POST /api/public/privacy/:subject/:token/erasure': ALL,
  'POST /api/public/reference-referee/:token/consent': ALL,
  'POST /api/public/reference-referee/:token/language': ALL,
  'PATCH /api/public/reference-referee/:token/answers': ALL,
  'POST /api/public/reference-referee/:token/submit': ALL,
  'POST /api/public/reference-referee/:token/decline': ALL,
  'POST /api/public/reference-referee/:token/code': ALL,
  'POST /api/public/reference-referee/:token/verify': ALL,
  // The mail server's and SMS provider's: the operator's secret decides, not a role (see reference-late-failures).
  'POST /api/inbound/bounces': ALL,
  'POST /api/inbound/sms-reports/:secret': ALL,
  'GET /api/company/api-keys': ADMIN,
  'POST /api/company/api-keys': ADMIN,
  'POST /api/company/api-keys/:id/revoke': ADMIN,
  'GET /api/company/webhook-endpoints': ADMIN,
  'POST /api/company/webhook-endpoints': ADMIN,
  'PUT /api/company/webhook-endpoints/settings': ADMIN,
  'PUT /api/company/webhook-endpoints/:id': ADMIN,
  'DELETE /api/company/webhook-endpoints/:id': ADMIN,
  'POST /api/company/webhook-endpoints/:id/rotate-secret': ADMIN,
  'GET /api/company/webhook-endpoints/:id/deliveries': ADMIN,
  'POST /api/company/webhook-endpoints/:id/test': ADMIN,
  'POST /api/company/webhook-deliveries/:id/resend': ADMIN,
  'POST /api/reference-checks/:id/share-links': STAFF,
  'GET /api/reference-checks/:id/share-links': STAFF,
  'POST /api/reference-checks/:id/share-links/:linkId/revoke': STAFF,
  'POST /api/v1/reference-checks/:id/share-links': API_WRITE,
  'GET /api/v1/reference-checks/:id/share-links': API_READ,
  'POST /api/v1/reference-checks/:id/share-links/:linkId/revoke': API_WRITE,
  'GET /api/v1/sub-accounts': API_READ,
  'GET /api/v1/templates': API_READ,
  'POST /api/v1/reference-checks': API_WRITE,
  'POST /api/v1/reference-checks/bulk': API_WRITE,
  'POST /api/v1/referrals': API_WRITE,
  'GET /api/v1/reference-checks': API_READ,
  'GET /api/v1/reference-checks/:id': API_READ,
  'POST /api/v1/reference-checks/:id/cancel': API_WRITE,
  'POST /api/v1/reference-checks/:id/referees': API_WRITE,
  'GET /api/v1/reference-checks/:id/report': API_READ,
  'GET /api/v1/reference-checks/:id/report.pdf': API_READ,
  'POST /api/v1/candidates': API_WRITE,
  'GET /api/v1/candidates/:id': API_READ,
  'GET /api/v1/referrals': API_READ,
  'GET /api/v1/referrals/:id': API_READ,
  'POST /api/v1/webhook-endpoints': API_WRITE,
  'GET /api/v1/webhook-endpoints': API_READ,
  'DELETE /api/v1/webhook-endpoints/:id': API_WRITE,
  'GET /api/partners/greenhouse/list_tests': API_READ,
  'POST /api/partners/greenhouse/send_test': API_WRITE,
  'GET /api/partners/greenhouse/test_status': API_READ,
  'POST /api/partners/greenhouse/response_error': API_READ,
};

const isApiRule = (rule: unknown): rule is typeof API_READ | typeof API_WRITE =>
  rule === API_READ || rule === API_WRITE;

let t: TestApp;
let world: RouteWorld;
let clients: Record<TRole, Client>;

before(async () => {
  t = await startTestApp();
  world = await makeRouteWorld(t.db);
  clients = await signInEveryRole(t, world);
});
after(() => t.close());

test('every route has a row in the role table', () => {
  const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
  const missing = routes.filter((r) => !(r in EXPECTED));
  assert.deepEqual(missing, [], 'add these routes to EXPECTED with the roles that may call them');
  const stale = Object.keys(EXPECTED).filter((r) => !routes.includes(r));
  assert.deepEqual(stale, [], 'these routes no longer exist');
});

test('each role × each route: allowed, or 403', async () => {
  const failures: string[] = [];
  for (const route of t.app.routeTable) {
    const key = `${route.method} ${route.url}`;
    const rule = EXPECTED[key];
    if (rule === ALL || !rule || isApiRule(rule)) continue;
    // Deactivating or demoting would change the roles the rest of this loop relies on.
    const url = fillParams(route.url, world);
    if (/deactivate|\/role$/.test(route.url)) {
      for (const role of ROLES.filter((r) => !rule.includes(r))) {
        const res = await clients[role].request(route.method, url, world.bodyFor[key] ?? {});
        if (res.statusCode !== 403) failures.push(`${role} ${key} → ${res.statusCode}, expected 403`);
      }
      continue;
    }
    for (const role of ROLES) {
      const body = route.method === 'GET' ? undefined : (world.bodyFor[key] ?? {});
      const res = await clients[role].request(route.method, url, body);
      const allowed = rule.includes(role);
      if (allowed && (res.statusCode === 403 || res.statusCode === 401 || res.statusCode >= 500))
        failures.push(`${role} ${key} → ${res.statusCode}, expected to be allowed`);
      if (!allowed && res.statusCode !== 403) failures.push(`${role} ${key} → ${res.statusCode}, expected 403`);
    }
  }
  assert.deepEqual(failures, []);
});

test('signed-out callers get 401 on every member route', async () => {
  const failures: string[] = [];
  for (const route of t.app.routeTable) {
    if (route.access === 'public') continue;
    const res = await t.anonymous.request(
      route.method,
      fillParams(route.url, world),
      route.method === 'GET' ? undefined : {},
    );
    if (res.statusCode !== 401) failures.push(`${route.method} ${route.url} → ${res.statusCode}`);
  }
  assert.deepEqual(failures, []);
});

test('integration API routes: each declares the scope in the table; sessions get 401, a read-only key 403 on writes', async () => {
  const failures: string[] = [];
  const readOnly = t.withApiKey(world.readOnlyKey.key);
  const readWrite = t.withApiKey(world.apiKey.key);
  for (const route of t.app.routeTable) {
    const key = `${route.method} ${route.url}`;
    const rule = EXPECTED[key];
    const isApi = route.access === 'api:read' || route.access === 'api:write';
    if (isApi !== isApiRule(rule)) failures.push(`${key}: declared ${JSON.stringify(route.access)}, expected ${rule}`);
    if (!isApi || !isApiRule(rule) || route.access !== rule) continue;
    const url = fillParams(route.url, world);
    const body = route.method === 'GET' ? undefined : (world.bodyFor[key] ?? {});
    for (const role of ROLES) {
      const res = await clients[role].request(route.method, url, body);
      if (res.statusCode !== 401) failures.push(`session of ${role} ${key} → ${res.statusCode}, expected 401`);
    }
    const read = await readOnly.request(route.method, url, body);
    if (rule === API_WRITE && read.statusCode !== 403)
      failures.push(`read-only key ${key} → ${read.statusCode}, expected 403`);
    if (rule === API_READ && [401, 403].includes(read.statusCode))
      failures.push(`read-only key ${key} → ${read.statusCode}`);
    const full = await readWrite.request(route.method, url, body);
    if ([401, 403].includes(full.statusCode) || full.statusCode >= 500)
      failures.push(`read-write key ${key} → ${full.statusCode}: ${full.body.slice(0, 200)}`);
  }
  assert.deepEqual(failures, []);
});

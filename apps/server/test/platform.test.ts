import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeTwoTenants } from './helpers/factories.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

test('the OpenAPI document is 3.1 and describes every API route', async () => {
  const res = await t.anonymous.get('/api/openapi.json');
  assert.equal(res.statusCode, 200);
  const doc = res.json();
  assert.equal(doc.openapi, '3.1.0');
  const documented = new Set(
    Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    ),
  );
  const missing = t.app.routeTable
    .filter((r) => r.url !== '/api/openapi.json' && r.url !== '/api/v1/openapi.json')
    .map((r) => `${r.method} ${r.url}`)
    .filter((r) => !documented.has(r));
  assert.deepEqual(missing, []);
  const signIn = doc.paths['/api/auth/sign-in'].post;
  assert.ok(
    signIn.requestBody.content['application/json'].schema.properties.email,
    'request bodies come from the zod schemas',
  );
});

test('the browsable docs answer', async () => {
  const res = await t.anonymous.get('/api/docs/');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /swagger/i);
});

test('health reports the database and the queue', async () => {
  const res = await t.anonymous.get('/api/health');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.status, 'ok');
  assert.equal(body.database.ok, true);
  assert.equal(body.database.driver, process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  assert.equal(body.queue.ok, true);
  assert.equal(typeof body.queue.pending, 'number');
});

test('pages carry the security headers and a CSP without inline scripts; API answers only what an API needs', async () => {
  const page = await t.anonymous.get('/api/docs/');
  const csp = String(page.headers['content-security-policy']);
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers['referrer-policy'], 'no-referrer');
  assert.equal(page.headers['x-frame-options'], 'SAMEORIGIN');

  // Pages the modules render themselves carry them too: a careers page, here one that is not there.
  const careers = await t.anonymous.get('/careers/no-such-company');
  assert.equal(careers.statusCode, 404);
  assert.match(String(careers.headers['content-type']), /^text\/html/);
  assert.match(String(careers.headers['content-security-policy']), /frame-ancestors 'none'/);
  assert.equal(careers.headers['x-frame-options'], 'SAMEORIGIN');

  const api = await t.anonymous.get('/api/health');
  assert.equal(api.headers['x-content-type-options'], 'nosniff');
  assert.ok(api.headers['x-request-id']);
  for (const pageOnly of [
    'content-security-policy',
    'x-frame-options',
    'referrer-policy',
    'cross-origin-opener-policy',
  ])
    assert.equal(api.headers[pageOnly], undefined, `${pageOnly} on an API answer`);
});

test('JSON over 1 KB is compressed when the client accepts it, and only then', async () => {
  const big = await t.anonymous.get('/api/openapi.json', { 'accept-encoding': 'gzip' });
  assert.equal(big.headers['content-encoding'], 'gzip');
  assert.equal(JSON.parse(zlib.gunzipSync(big.rawPayload).toString()).openapi, '3.1.0');
  const plain = await t.anonymous.get('/api/openapi.json');
  assert.equal(plain.headers['content-encoding'], undefined);
  const small = await t.anonymous.get('/api/health', { 'accept-encoding': 'gzip' });
  assert.equal(small.headers['content-encoding'], undefined, 'under 1 KB stays as it is');
});

test('unknown API routes and errors are problem+json', async () => {
  const res = await t.anonymous.get('/api/nope');
  assert.equal(res.statusCode, 404);
  assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
  assert.equal(res.json().code, 'not_found');
  const invalid = await t.anonymous.post('/api/auth/sign-in', { email: 'not-an-email', password: '' });
  assert.equal(invalid.statusCode, 400);
  const fields = invalid
    .json()
    .errors.map((e: { field: string }) => e.field)
    .sort();
  assert.deepEqual(fields, ['email', 'password']);
});

test('a NUL character in any text field is a 400, never a 500', async () => {
  const { a } = await makeTwoTenants(t.db);
  const recruiter = await t.signIn(a.recruiter.email);
  const res = await recruiter.post('/api/candidates', { firstName: 'Nul\u0000l', lastName: 'Person' });
  assert.equal(res.statusCode, 400, res.body);
  assert.equal(res.json().code, 'bad_request');
  assert.match(res.json().detail, /NUL/);
});

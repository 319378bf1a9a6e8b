import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { API_KEY_PATTERN } from '../src/modules/integrations/api-key-auth.ts';
import { apiKeys } from '../src/modules/integrations/integrations.tables.ts';
import { apiKeyCounter } from '../src/modules/integrations/rate-limit.ts';
import { sha256 } from '../src/platform/crypto.ts';
import type { Client, TestApp } from './helpers/app.ts';
import { makeSubAccount } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const RATE_LIMIT = 5;

// Test-only API routes: they answer with what the key resolved to, so a key's company is visible.
// Hidden from the OpenAPI document (and so from the contract check of every answer): not the API.
const t = useTestApp(
  { API_RATE_LIMIT: String(RATE_LIMIT) },
  {
    routes: (app) => {
      app.get('/api/v1/test-ping', { config: { access: 'api:read' }, schema: { hide: true } }, async (request) => ({
        companyId: request.apiKey?.companyId,
        subAccountId: request.apiKey?.subAccountId,
      }));
      app.post('/api/v1/test-write', { config: { access: 'api:write' }, schema: { hide: true } }, async () => ({
        ok: true,
      }));
    },
  },
);

const asKey = (app: TestApp, key: string | null, method: 'GET' | 'POST' = 'GET', url = '/api/v1/test-ping') =>
  app.app.inject({
    method,
    url: method === 'POST' ? '/api/v1/test-write' : url,
    headers: key ? { authorization: `Bearer ${key}` } : {},
    ...(method === 'POST' ? { payload: {} } : {}),
  });

async function createKey(client: Client, body: Record<string, unknown> = {}) {
  const res = await client.post('/api/company/api-keys', { name: 'ATS', scopes: ['read', 'write'], ...body });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string; key: string; prefix: string; scopes: string[]; subAccountName: string | null };
}

describe('API keys', () => {
  test('an admin creates a key, shown once; only its hash is stored', async () => {
    const { client, member } = await companyWithMember(t, 'admin', { name: 'Ada Admin' });
    const res = await client.post('/api/company/api-keys', { name: 'Greenhouse', scopes: ['read'] });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.headers['cache-control'], 'no-store');
    const created = res.json();
    assert.match(created.key, API_KEY_PATTERN);
    assert.equal(created.key.length, 47);
    assert.equal(created.prefix, created.key.slice(0, 12));
    assert.deepEqual(created.scopes, ['read']);
    assert.equal(created.createdByName, 'Ada Admin');

    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    assert.equal(row.keyHash, sha256(created.key));
    assert.equal(row.createdById, member.membership.id);
    assert.ok(!JSON.stringify(row).includes(created.key.slice(12)), 'the stored row holds no plaintext key');

    const list = await client.get('/api/company/api-keys');
    assert.equal(list.statusCode, 200);
    const items = list.json().items;
    assert.equal(items.length, 1);
    assert.equal(items[0].name, 'Greenhouse');
    assert.equal(items[0].key, undefined, 'the list never shows the key');
    assert.ok(!list.body.includes(created.key));
  });

  test('the key authenticates as its company and records its last use', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    const { id, key } = await createKey(client, { scopes: ['read'] });
    const before = await t.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    assert.equal(before[0].lastUsedAt, null);

    const res = await asKey(t, key);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { companyId: company.id, subAccountId: null });
    const after = await t.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    assert.ok(after[0].lastUsedAt instanceof Date);
    const listed = (await client.get('/api/company/api-keys')).json().items[0];
    assert.ok(listed.lastUsedAt);
  });

  test('a missing, unknown, malformed, revoked or expired key is 401 problem+json', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const { id, key } = await createKey(client);
    const unknown = `vch_${'A'.repeat(43)}`;
    for (const bad of [null, unknown, 'vch_short', key.slice(0, -1)]) {
      const res = await asKey(t, bad);
      assert.equal(res.statusCode, 401, String(bad));
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
      assert.equal(res.json().code, 'unauthenticated');
    }
    assert.equal((await asKey(t, key)).statusCode, 200);

    const revoked = await client.post(`/api/company/api-keys/${id}/revoke`);
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.ok(revoked.json().revokedAt);
    const after = await asKey(t, key);
    assert.equal(after.statusCode, 401, 'a revoked key is refused at once');
    assert.equal(after.json().code, 'unauthenticated');

    const other = await createKey(client);
    await t.db
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKeys.id, other.id));
    assert.equal((await asKey(t, other.key)).statusCode, 401, 'an expired key is refused');
  });

  test('a read-only key may not write (403); a write key may', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const reader = await createKey(client, { scopes: ['read'] });
    const res = await asKey(t, reader.key, 'POST');
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'forbidden');
    const writer = await createKey(client, { scopes: ['write'] });
    assert.equal((await asKey(t, writer.key, 'POST')).statusCode, 200);
    assert.equal((await asKey(t, writer.key)).statusCode, 403, 'a write-only key may not read');
  });

  test('sub-account must be the company’s own; expiry must be in the future', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    const other = await companyWithMember(t, 'admin');
    const foreign = await makeSubAccount(t.db, other.company.id);
    const res = await client.post('/api/company/api-keys', {
      name: 'ATS',
      scopes: ['read'],
      subAccountId: foreign.id,
    });
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().errors[0].field, 'subAccountId');

    const past = await client.post('/api/company/api-keys', {
      name: 'ATS',
      scopes: ['read'],
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    assert.equal(past.statusCode, 400, past.body);
    assert.equal(past.json().errors[0].field, 'expiresAt');

    const noScope = await client.post('/api/company/api-keys', { name: 'ATS', scopes: [] });
    assert.equal(noScope.statusCode, 400);
    assert.equal(noScope.json().errors[0].field, 'scopes');

    const own = await makeSubAccount(t.db, company.id, { name: 'Brand North' });
    const created = await createKey(client, {
      subAccountId: own.id,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    assert.equal(created.subAccountName, 'Brand North');
    const ping = await asKey(t, created.key);
    assert.deepEqual(ping.json(), { companyId: company.id, subAccountId: own.id });
  });

  test('another company sees neither the keys nor the data; only admins manage keys', async () => {
    const a = await companyWithMember(t, 'admin');
    const b = await companyWithMember(t, 'admin');
    const keyA = await createKey(a.client);
    const keyB = await createKey(b.client);

    assert.deepEqual(
      (await b.client.get('/api/company/api-keys')).json().items.map((k: { id: string }) => k.id),
      [keyB.id],
    );
    const revoke = await b.client.post(`/api/company/api-keys/${keyA.id}/revoke`);
    assert.equal(revoke.statusCode, 404);
    assert.equal((await asKey(t, keyA.key)).statusCode, 200, 'the other admin could not revoke it');
    assert.equal((await asKey(t, keyB.key)).json().companyId, b.company.id);

    const recruiter = await companyWithMember(t, 'recruiter');
    assert.equal((await recruiter.client.get('/api/company/api-keys')).statusCode, 403);
    assert.equal(
      (await recruiter.client.post('/api/company/api-keys', { name: 'x', scopes: ['read'] })).statusCode,
      403,
    );
  });

  test('an unknown, revoked or expired key is counted against no rate limit (a scanner fills no counter)', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const live = await createKey(client);
    const revoked = await createKey(client);
    const expired = await createKey(client);
    assert.equal((await client.post(`/api/company/api-keys/${revoked.id}/revoke`)).statusCode, 200);
    await t.db
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKeys.id, expired.id));
    const unknown = `vch_${'B'.repeat(43)}`;
    const countOf = async (key: string) => (await t.app.services.rateLimits.peek(apiKeyCounter(sha256(key)))).count;
    for (const key of [unknown, revoked.key, expired.key]) {
      for (let i = 0; i < 3; i++) assert.equal((await asKey(t, key)).statusCode, 401);
      assert.equal(await countOf(key), 0, 'nothing counted for a key that resolves to no caller');
    }
    assert.equal((await asKey(t, live.key)).statusCode, 200);
    assert.equal(await countOf(live.key), 1, 'a live key is counted, so the zeros above can fail');
  });

  test('a key over its rate limit gets 429 with Retry-After; another key is unaffected', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const busy = await createKey(client);
    const calm = await createKey(client);

    const first = await asKey(t, busy.key);
    assert.equal(first.headers['ratelimit-limit'], String(RATE_LIMIT));
    assert.equal(first.headers['ratelimit-remaining'], String(RATE_LIMIT - 1));
    assert.ok(Number(first.headers['ratelimit-reset']) > 0);
    assert.equal(first.headers['ratelimit-policy'], `${RATE_LIMIT};w=60`);
    for (let i = 1; i < RATE_LIMIT; i++)
      assert.equal((await asKey(t, busy.key, i % 2 ? 'POST' : 'GET')).statusCode, 200);

    const limited = await asKey(t, busy.key);
    assert.equal(limited.statusCode, 429);
    assert.match(String(limited.headers['content-type']), /application\/problem\+json/);
    assert.equal(limited.json().code, 'rate_limited');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 60, String(limited.headers['retry-after']));
    assert.equal(limited.headers['ratelimit-remaining'], '0');

    const other = await asKey(t, calm.key);
    assert.equal(other.statusCode, 200);
    assert.equal(other.headers['ratelimit-remaining'], String(RATE_LIMIT - 1));
  });
});

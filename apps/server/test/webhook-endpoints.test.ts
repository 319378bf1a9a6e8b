import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import type { TApiKeyScope } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import {
  apiKeys,
  webhookDeliveries,
  webhookEndpoints,
  webhookEvents,
} from '../src/modules/integrations/integrations.tables.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

// An address literal on the public internet: registration resolves nothing, so no network is needed.
const PUBLIC_URL = 'https://93.184.216.34/hooks/vouch';

describe('webhook endpoints', () => {
  const t = useTestApp();

  const endpoint = (overrides: object = {}) => ({
    url: PUBLIC_URL,
    description: 'Our ATS',
    eventTypes: ['reference_check.completed', 'referral.created'],
    ...overrides,
  });

  async function makeKey(companyId: string, scopes: TApiKeyScope[]) {
    const key = `vch_${randomBytes(32).toString('base64url')}`;
    assert.equal(key.length, 47);
    const [row] = await t.db
      .insert(apiKeys)
      .values({
        companyId,
        name: 'ATS',
        prefix: key.slice(0, 12),
        keyHash: createHash('sha256').update(key).digest('hex'),
        scopes,
      })
      .returning();
    return { key, id: row.id };
  }

  const v1 = (method: 'GET' | 'POST' | 'DELETE', url: string, key: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${key}` } });

  /** A delivery as the worker leaves it after an attempt. */
  async function deliveryRow(
    companyId: string,
    endpointId: string,
    fields: Partial<typeof webhookDeliveries.$inferInsert>,
  ) {
    const eventId = `msg_${randomBytes(12).toString('hex')}`;
    await t.db.insert(webhookEvents).values({
      id: eventId,
      companyId,
      type: 'reference_check.completed',
      payload: { type: 'reference_check.completed', timestamp: new Date().toISOString(), data: {} },
    });
    const [row] = await t.db
      .insert(webhookDeliveries)
      .values({ companyId, endpointId, eventId, ...fields })
      .returning();
    return row;
  }

  test('an admin creates, lists, edits, disables, rotates and deletes; the secret only when created or rotated', async () => {
    const { client, member } = await companyWithMember(t, 'admin');
    const created = await client.post('/api/company/webhook-endpoints', endpoint());
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    assert.match(body.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.equal(Buffer.from(body.secret.slice(6), 'base64').length, 32);
    assert.equal(body.status, 'active');
    assert.deepEqual(body.eventTypes, ['reference_check.completed', 'referral.created']);
    const [stored] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, body.id));
    assert.equal(stored.secret, body.secret);
    assert.equal(stored.createdById, member.membership.id);
    assert.equal(stored.createdByApiKeyId, null);

    const list = await client.get('/api/company/webhook-endpoints');
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().items.length, 1);
    assert.equal(list.json().allowPrivateNetworks, false);
    assert.ok(!list.body.includes('whsec_'), 'no secret in lists');
    assert.ok(!('secret' in list.json().items[0]));

    const disabled = await client.put(`/api/company/webhook-endpoints/${body.id}`, {
      ...endpoint({ description: '', eventTypes: ['referral.status_changed'] }),
      enabled: false,
    });
    assert.equal(disabled.statusCode, 200, disabled.body);
    assert.equal(disabled.json().status, 'disabled');
    assert.equal(disabled.json().description, null);
    assert.deepEqual(disabled.json().eventTypes, ['referral.status_changed']);
    assert.ok(!disabled.body.includes('whsec_'));

    // Failing for days then disabled by the worker: enabling clears both.
    await t.db
      .update(webhookEndpoints)
      .set({ failingSince: new Date(Date.now() - 86_400_000 * 5) })
      .where(eq(webhookEndpoints.id, body.id));
    const enabled = await client.put(`/api/company/webhook-endpoints/${body.id}`, { ...endpoint(), enabled: true });
    assert.equal(enabled.json().status, 'active');
    const [again] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, body.id));
    assert.equal(again.disabledAt, null);
    assert.equal(again.failingSince, null);

    const rotated = await client.post(`/api/company/webhook-endpoints/${body.id}/rotate-secret`);
    assert.equal(rotated.statusCode, 200, rotated.body);
    assert.match(rotated.json().secret, /^whsec_/);
    assert.notEqual(rotated.json().secret, body.secret);
    const [afterRotate] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, body.id));
    assert.equal(afterRotate.secret, rotated.json().secret);

    const waiting = await deliveryRow(stored.companyId, body.id, { status: 'failed', attempts: 2 });
    const done = await deliveryRow(stored.companyId, body.id, { status: 'delivered', attempts: 1 });
    assert.equal((await client.delete(`/api/company/webhook-endpoints/${body.id}`)).statusCode, 200);
    assert.equal((await client.delete(`/api/company/webhook-endpoints/${body.id}`)).statusCode, 404);
    assert.equal((await client.get('/api/company/webhook-endpoints')).json().items.length, 0);
    const [gone] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, body.id));
    assert.ok(gone.deletedAt, 'soft-deleted');
    const deliveries = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, body.id));
    assert.equal(deliveries.find((d) => d.id === waiting.id)?.status, 'dead', 'waiting deliveries stop');
    assert.equal(deliveries.find((d) => d.id === done.id)?.status, 'delivered');
  });

  test('bad input answers 400 naming the field', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const cases: [object, string][] = [
      [endpoint({ url: 'not a url' }), 'url'],
      [endpoint({ url: 'ftp://93.184.216.34/x' }), 'url'],
      [endpoint({ url: `https://93.184.216.34/${'x'.repeat(2000)}` }), 'url'],
      [endpoint({ eventTypes: [] }), 'eventTypes'],
      [endpoint({ eventTypes: ['reference_check.exploded'] }), 'eventTypes.0'],
      [endpoint({ description: 'x'.repeat(501) }), 'description'],
    ];
    for (const [body, field] of cases) {
      const res = await client.post('/api/company/webhook-endpoints', body);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      assert.equal(res.json().errors[0].field, field);
    }
    assert.equal((await t.db.select().from(webhookEndpoints)).filter((e) => e.url !== PUBLIC_URL).length, 0);
  });

  test('private, loopback and link-local addresses are refused; the operator allows no private network here', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://10.1.2.3/hook',
      'http://169.254.169.254/latest',
      'http://[::1]/x',
    ]) {
      const res = await client.post('/api/company/webhook-endpoints', endpoint({ url }));
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.equal(res.json().errors[0].field, 'url');
      assert.match(res.json().errors[0].message, /private|metadata/);
    }
    // WEBHOOK_ALLOW_PRIVATE is off in this app: the company cannot turn private networks on.
    const on = await client.put('/api/company/webhook-endpoints/settings', { allowPrivateNetworks: true });
    assert.equal(on.statusCode, 422, on.body);
    assert.match(on.json().errors[0].message, /WEBHOOK_ALLOW_PRIVATE/);
    const [row] = await t.db.select().from(companies).where(eq(companies.id, company.id));
    assert.equal(row.webhooksAllowPrivateNetworks, false);
    const list = (await client.get('/api/company/webhook-endpoints')).json();
    assert.equal(list.allowPrivateNetworks, false);
    assert.equal(list.operatorPrivateNetworks, 'off');
  });

  test('the delivery log pages newest first; resend sets a delivery pending again; a test event is queued', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    const { id } = (await client.post('/api/company/webhook-endpoints', endpoint())).json();
    const first = await deliveryRow(company.id, id, {
      status: 'dead',
      attempts: 8,
      lastStatusCode: 500,
      lastAttemptAt: new Date(),
      lastError: 'HTTP 500',
      lastResponseExcerpt: 'Internal error <b>oops</b>',
      createdAt: new Date(Date.now() - 3000),
    });
    await deliveryRow(company.id, id, {
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 204,
      createdAt: new Date(Date.now() - 2000),
    });
    const third = await deliveryRow(company.id, id, {
      status: 'failed',
      attempts: 1,
      createdAt: new Date(Date.now() - 1000),
    });

    const page1 = await client.get(`/api/company/webhook-endpoints/${id}/deliveries?limit=2`);
    assert.equal(page1.statusCode, 200, page1.body);
    assert.deepEqual(
      page1
        .json()
        .items.map((d: { id: string }) => d.id)
        .slice(0, 1),
      [third.id],
    );
    assert.equal(page1.json().items.length, 2);
    assert.ok(page1.json().nextCursor);
    const page2 = (
      await client.get(`/api/company/webhook-endpoints/${id}/deliveries?limit=2&cursor=${page1.json().nextCursor}`)
    ).json();
    assert.equal(page2.items.length, 1);
    assert.equal(page2.nextCursor, null);
    const dead = page2.items[0];
    assert.equal(dead.id, first.id);
    assert.equal(dead.eventType, 'reference_check.completed');
    assert.equal(dead.status, 'dead');
    assert.equal(dead.attempts, 8);
    assert.equal(dead.lastStatusCode, 500);
    assert.equal(dead.lastResponseExcerpt, 'Internal error <b>oops</b>');
    assert.equal(dead.nextAttemptAt, null);
    const bad = await client.get(`/api/company/webhook-endpoints/${id}/deliveries?cursor=nope`);
    assert.equal(bad.statusCode, 400);

    const resent = await client.post(`/api/company/webhook-deliveries/${first.id}/resend`);
    assert.equal(resent.statusCode, 200, resent.body);
    const [row] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, first.id));
    assert.equal(row.status, 'pending');
    assert.ok(row.nextAttemptAt.getTime() <= Date.now() + 1000);

    const tested = await client.post(`/api/company/webhook-endpoints/${id}/test`);
    assert.equal(tested.statusCode, 201, tested.body);
    assert.equal(tested.json().eventType, 'webhook.test');
    assert.equal(tested.json().status, 'pending');
    const queued = await t.db
      .select({ type: webhookEvents.type, companyId: webhookEvents.companyId })
      .from(webhookDeliveries)
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
      .where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.status, 'pending')));
    assert.ok(queued.some((q) => q.type === 'webhook.test' && q.companyId === company.id));
    const log = (await client.get(`/api/company/webhook-endpoints/${id}/deliveries`)).json();
    assert.equal(log.items[0].eventType, 'webhook.test');

    // A disabled endpoint gets no test event: it would never be sent.
    await client.put(`/api/company/webhook-endpoints/${id}`, { ...endpoint(), enabled: false });
    const refused = await client.post(`/api/company/webhook-endpoints/${id}/test`);
    assert.equal(refused.statusCode, 409, refused.body);
  });

  test('only admins manage webhooks; another company’s ids answer 404', async () => {
    const { client: admin, company } = await companyWithMember(t, 'admin');
    const { id } = (await admin.post('/api/company/webhook-endpoints', endpoint())).json();
    const delivery = await deliveryRow(company.id, id, { status: 'failed' });
    for (const role of ['recruiter', 'hiring_manager', 'employee', 'agent'] as const) {
      const { client } = await companyWithMember(t, role);
      assert.equal((await client.get('/api/company/webhook-endpoints')).statusCode, 403, role);
      assert.equal((await client.post('/api/company/webhook-endpoints', endpoint())).statusCode, 403, role);
    }
    const { client: other } = await companyWithMember(t, 'admin');
    const calls = [
      other.put(`/api/company/webhook-endpoints/${id}`, { ...endpoint(), enabled: false }),
      other.delete(`/api/company/webhook-endpoints/${id}`),
      other.post(`/api/company/webhook-endpoints/${id}/rotate-secret`),
      other.get(`/api/company/webhook-endpoints/${id}/deliveries`),
      other.post(`/api/company/webhook-endpoints/${id}/test`),
      other.post(`/api/company/webhook-deliveries/${delivery.id}/resend`),
    ];
    for (const res of await Promise.all(calls)) assert.equal(res.statusCode, 404, res.body);
    assert.equal((await other.get('/api/company/webhook-endpoints')).json().items.length, 0);
    const [row] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    assert.equal(row.deletedAt, null);
    assert.equal(row.disabledAt, null);
  });

  test('/api/v1/webhook-endpoints: create with the secret once, list without, delete; scopes and companies apart', async () => {
    const { company } = await companyWithMember(t, 'admin');
    const writer = await makeKey(company.id, ['read', 'write']);
    const reader = await makeKey(company.id, ['read']);

    const created = await v1('POST', '/api/v1/webhook-endpoints', writer.key, {
      url: PUBLIC_URL,
      event_types: ['reference_check.completed', 'reference_check.referee_answered'],
      description: 'Greenhouse',
    });
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    assert.deepEqual(Object.keys(body).sort(), [
      'created_at',
      'description',
      'enabled',
      'event_types',
      'id',
      'secret',
      'url',
    ]);
    assert.match(body.secret, /^whsec_/);
    const [row] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, body.id));
    assert.equal(row.createdByApiKeyId, writer.id);
    assert.equal(row.secret, body.secret);

    const invalid = await v1('POST', '/api/v1/webhook-endpoints', writer.key, {
      url: PUBLIC_URL,
      event_types: ['nope'],
    });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().errors[0].field, 'event_types.0');
    const refused = await v1('POST', '/api/v1/webhook-endpoints', writer.key, {
      url: 'http://192.168.1.10/hook',
      event_types: ['referral.created'],
    });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().errors[0].field, 'url');

    const readOnly = await v1('POST', '/api/v1/webhook-endpoints', reader.key, {
      url: PUBLIC_URL,
      event_types: ['referral.created'],
    });
    assert.equal(readOnly.statusCode, 403);
    assert.equal((await v1('DELETE', `/api/v1/webhook-endpoints/${body.id}`, reader.key)).statusCode, 403);

    const list = await v1('GET', '/api/v1/webhook-endpoints', reader.key);
    assert.equal(list.statusCode, 200, list.body);
    assert.equal(list.json().data.length, 1);
    assert.equal(list.json().next_cursor, null);
    assert.equal(list.json().data[0].id, body.id);
    assert.deepEqual(list.json().data[0].event_types, [
      'reference_check.completed',
      'reference_check.referee_answered',
    ]);
    assert.ok(!list.body.includes('whsec_'));

    const { company: elsewhere } = await companyWithMember(t, 'admin');
    const stranger = await makeKey(elsewhere.id, ['read', 'write']);
    assert.equal((await v1('GET', '/api/v1/webhook-endpoints', stranger.key)).json().data.length, 0);
    assert.equal((await v1('DELETE', `/api/v1/webhook-endpoints/${body.id}`, stranger.key)).statusCode, 404);

    const deleted = await v1('DELETE', `/api/v1/webhook-endpoints/${body.id}`, writer.key);
    assert.equal(deleted.statusCode, 204, deleted.body);
    assert.equal((await v1('GET', '/api/v1/webhook-endpoints', writer.key)).json().data.length, 0);
    assert.equal((await v1('DELETE', `/api/v1/webhook-endpoints/${body.id}`, writer.key)).statusCode, 404);
    assert.equal((await v1('GET', '/api/v1/webhook-endpoints', 'vch_wrong')).statusCode, 401);
  });

  test('the v1 list pages by cursor', async () => {
    const { company } = await companyWithMember(t, 'admin');
    const { key } = await makeKey(company.id, ['read', 'write']);
    for (const n of [1, 2, 3]) {
      const res = await v1('POST', '/api/v1/webhook-endpoints', key, {
        url: `${PUBLIC_URL}/${n}`,
        event_types: ['referral.created'],
      });
      assert.equal(res.statusCode, 201, res.body);
      // Distinct creation times, so the order does not hang on two requests in one millisecond.
      await t.db
        .update(webhookEndpoints)
        .set({ createdAt: new Date(Date.now() - (4 - n) * 1000) })
        .where(eq(webhookEndpoints.id, res.json().id));
    }
    const first = (await v1('GET', '/api/v1/webhook-endpoints?limit=2', key)).json();
    assert.equal(first.data.length, 2);
    assert.equal(first.data[0].url, `${PUBLIC_URL}/3`);
    const second = (await v1('GET', `/api/v1/webhook-endpoints?limit=2&cursor=${first.next_cursor}`, key)).json();
    assert.deepEqual(
      second.data.map((d: { url: string }) => d.url),
      [`${PUBLIC_URL}/1`],
    );
    assert.equal(second.next_cursor, null);
  });
});

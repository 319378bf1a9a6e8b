import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { idempotencyKeys, webhookEndpoints } from '../src/modules/integrations/integrations.tables.ts';
import { referenceChecks } from '../src/modules/references/references.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { fieldError, notFound } from '../src/platform/errors.ts';
import type { Client } from './helpers/app.ts';
import { makeQuestionnaire } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

// Test-only API routes that count their calls, so "the work ran once" is observable. Hidden from the
// OpenAPI document (and so from the contract check of every answer): they are not the API.
const hide = true;
const calls = { create: 0, flaky: 0, missing: 0, checked: 0 };
const t = useTestApp(
  {},
  {
    routes: (app) => {
      app.post(
        '/api/v1/test-things',
        { config: { access: 'api:write' }, schema: { hide, body: z.object({ name: z.string().min(1) }) } },
        async (request, reply) => {
          calls.create++;
          const n = calls.create;
          await sleep(150); // long enough for a concurrent repeat to arrive while this runs
          reply.status(201);
          return { n, name: (request.body as { name: string }).name, at: new Date().toISOString() };
        },
      );
      app.post('/api/v1/test-other', { config: { access: 'api:write' }, schema: { hide } }, async () => ({
        other: true,
      }));
      app.post('/api/v1/test-flaky', { config: { access: 'api:write' }, schema: { hide } }, async () => {
        calls.flaky++;
        if (calls.flaky === 1) throw new Error('the first attempt fails');
        return { attempt: calls.flaky };
      });
      // Valid by its schema, refused by the handler's own check: a 400 after the key was claimed.
      app.post(
        '/api/v1/test-checked',
        { config: { access: 'api:write' }, schema: { hide, body: z.object({ name: z.string() }) } },
        async (request, reply) => {
          calls.checked++;
          if ((request.body as { name: string }).name === 'bad') throw fieldError('name', 'validation_failed');
          return reply.status(201).send({ checked: calls.checked });
        },
      );
      app.post('/api/v1/test-missing', { config: { access: 'api:write' }, schema: { hide } }, async () => {
        calls.missing++;
        throw notFound();
      });
    },
  },
);

async function newKey(client: Client) {
  const res = await client.post('/api/company/api-keys', { name: 'ATS', scopes: ['read', 'write'] });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string; key: string };
}

const post = (key: string, url: string, body: unknown, idempotencyKey?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: body as object,
    headers: { authorization: `Bearer ${key}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
  });

describe('Idempotency-Key on API POSTs', () => {
  test('a repeat returns the stored status and body without running the handler again', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const { id: apiKeyId, key } = await newKey(client);
    const before = calls.create;

    const first = await post(key, '/api/v1/test-things', { name: 'Ada' }, 'order-1');
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const again = await post(key, '/api/v1/test-things', { name: 'Ada' }, 'order-1');
    assert.equal(again.statusCode, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.body, first.body, 'the identical body');
    assert.match(String(again.headers['content-type']), /application\/json/);
    assert.equal(calls.create, before + 1, 'the work ran once');

    const [row] = await t.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, 'order-1')));
    assert.equal(row.state, 'done');
    assert.equal(row.responseStatus, 201);
    assert.equal(row.responseBody, first.body);
    assert.equal(row.path, '/api/v1/test-things');
    assert.equal(row.requestHash, sha256(JSON.stringify({ name: 'Ada' })));
    const hoursLeft = (row.expiresAt.getTime() - Date.now()) / 3_600_000;
    assert.ok(hoursLeft > 23.9 && hoursLeft <= 24, String(hoursLeft));

    // Without the header every request does the work.
    await post(key, '/api/v1/test-things', { name: 'Ada' });
    await post(key, '/api/v1/test-things', { name: 'Ada' });
    assert.equal(calls.create, before + 3);
  });

  test('the same key with another body or path is 422 idempotency_key_reused', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const { key } = await newKey(client);
    const before = calls.create;
    assert.equal((await post(key, '/api/v1/test-things', { name: 'Ada' }, 'k-2')).statusCode, 201);

    const otherBody = await post(key, '/api/v1/test-things', { name: 'Grace' }, 'k-2');
    assert.equal(otherBody.statusCode, 422, otherBody.body);
    assert.match(String(otherBody.headers['content-type']), /application\/problem\+json/);
    assert.equal(otherBody.json().code, 'idempotency_key_reused');

    const otherPath = await post(key, '/api/v1/test-other', { name: 'Ada' }, 'k-2');
    assert.equal(otherPath.statusCode, 422);
    assert.equal(otherPath.json().code, 'idempotency_key_reused');
    assert.equal(calls.create, before + 1);
  });

  test('two concurrent requests do the work once and both get the same answer', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const { key } = await newKey(client);
    const before = calls.create;
    const [a, b] = await Promise.all([
      post(key, '/api/v1/test-things', { name: 'Ada' }, 'together'),
      post(key, '/api/v1/test-things', { name: 'Ada' }, 'together'),
    ]);
    assert.equal(calls.create, before + 1, 'the handler ran once');
    assert.equal(a.statusCode, 201);
    assert.equal(b.statusCode, 201);
    assert.equal(a.body, b.body);
    assert.deepEqual(
      [a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].sort(),
      ['true', undefined].sort(),
    );
  });

  test('another API key with the same Idempotency-Key is independent', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const one = await newKey(client);
    const two = await newKey(client);
    const before = calls.create;
    const a = await post(one.key, '/api/v1/test-things', { name: 'Ada' }, 'shared');
    const b = await post(two.key, '/api/v1/test-things', { name: 'Ada' }, 'shared');
    assert.equal(calls.create, before + 2);
    assert.notEqual(a.json().n, b.json().n);
    assert.equal(b.headers['idempotent-replayed'], undefined);
  });

  test('a 5xx frees the key so a retry runs; another 4xx (404) is kept and replayed', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const { id: apiKeyId, key } = await newKey(client);
    const failed = await post(key, '/api/v1/test-flaky', {}, 'retry-me');
    assert.equal(failed.statusCode, 500);
    const rows = await t.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, 'retry-me')));
    assert.equal(rows.length, 0, 'the failed attempt left no row');
    const retried = await post(key, '/api/v1/test-flaky', {}, 'retry-me');
    assert.equal(retried.statusCode, 200);
    assert.deepEqual(retried.json(), { attempt: 2 });

    const missing = await post(key, '/api/v1/test-missing', {}, 'gone');
    assert.equal(missing.statusCode, 404);
    const replayed = await post(key, '/api/v1/test-missing', {}, 'gone');
    assert.equal(replayed.statusCode, 404);
    assert.equal(replayed.headers['idempotent-replayed'], 'true');
    assert.match(String(replayed.headers['content-type']), /application\/problem\+json/);
    assert.equal(replayed.body, missing.body);
    assert.equal(calls.missing, 1);
  });

  test('a bad header or a body that fails validation claims nothing', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const { id: apiKeyId, key } = await newKey(client);
    const tooLong = await post(key, '/api/v1/test-things', { name: 'Ada' }, 'x'.repeat(256));
    assert.equal(tooLong.statusCode, 400);
    assert.equal(tooLong.json().errors[0].field, 'Idempotency-Key');
    const invalid = await post(key, '/api/v1/test-things', { name: '' }, 'v-1');
    assert.equal(invalid.statusCode, 400);
    const rows = await t.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.apiKeyId, apiKeyId));
    assert.equal(rows.length, 0);
    assert.equal((await post(key, '/api/v1/test-things', { name: 'Ada' }, 'v-1')).statusCode, 201);
  });

  test('a 400 from the handler is not kept: the corrected request with the same key runs', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const { id: apiKeyId, key } = await newKey(client);
    const refused = await post(key, '/api/v1/test-checked', { name: 'bad' }, 'fix-me');
    assert.equal(refused.statusCode, 400, refused.body);
    assert.equal(refused.json().errors[0].field, 'name');
    const rows = await t.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.apiKeyId, apiKeyId));
    assert.equal(rows.length, 0, 'the refused request left no row');

    const corrected = await post(key, '/api/v1/test-checked', { name: 'good' }, 'fix-me');
    assert.equal(corrected.statusCode, 201, corrected.body);
    assert.equal(corrected.headers['idempotent-replayed'], undefined);
    const replayed = await post(key, '/api/v1/test-checked', { name: 'good' }, 'fix-me');
    assert.equal(replayed.headers['idempotent-replayed'], 'true');
    assert.equal(replayed.body, corrected.body);
  });

  test('the real POST /api/v1/reference-checks: an unknown questionnaire (422 unknown_id), then the right one, same key', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    const { key } = await newKey(client);
    const questionnaire = await makeQuestionnaire(t.db, company.id, { language: 'en', name: 'General' });
    const body = (templateId: string) => ({
      external_id: 'app-400',
      candidate: { first_name: 'Sara', last_name: 'Lind', email: 'sara.400@mail.example', language: 'en' },
      template_id: templateId,
      candidate_channel: 'email',
      referee_channel: 'email',
    });
    const wrong = await post(key, '/api/v1/reference-checks', body(crypto.randomUUID()), 'start-400');
    assert.equal(wrong.statusCode, 422, wrong.body);
    assert.equal(wrong.json().code, 'unknown_id');
    const right = await post(key, '/api/v1/reference-checks', body(questionnaire.template.id), 'start-400');
    assert.equal(right.statusCode, 201, right.body);
    const checks = await t.db.select().from(referenceChecks).where(eq(referenceChecks.companyId, company.id));
    assert.equal(checks.length, 1);
  });

  test('an expired answer is forgotten: the key runs afresh', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const { id: apiKeyId, key } = await newKey(client);
    const before = calls.create;
    const first = await post(key, '/api/v1/test-things', { name: 'Ada' }, 'old');
    await t.db
      .update(idempotencyKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(idempotencyKeys.apiKeyId, apiKeyId));
    const second = await post(key, '/api/v1/test-things', { name: 'Ada' }, 'old');
    assert.equal(second.statusCode, 201);
    assert.equal(second.headers['idempotent-replayed'], undefined);
    assert.notEqual(second.json().n, first.json().n);
    assert.equal(calls.create, before + 2);
  });

  test('the real POST /api/v1/webhook-endpoints is idempotent', async (ctx) => {
    const { client, company } = await companyWithMember(t, 'admin');
    const { key } = await newKey(client);
    // A public address literal, so no name has to resolve and no private network is needed.
    const body = { url: 'https://93.184.216.34/vouch-events', event_types: ['reference_check.completed'] };
    const first = await post(key, '/api/v1/webhook-endpoints', body, 'hook-1');
    if (first.statusCode === 404) return ctx.skip('no /api/v1/webhook-endpoints yet');
    assert.equal(first.statusCode, 201, first.body);
    const again = await post(key, '/api/v1/webhook-endpoints', body, 'hook-1');
    assert.equal(again.statusCode, 201);
    assert.equal(again.body, first.body, 'the same endpoint and secret');
    assert.equal(again.headers['idempotent-replayed'], 'true');
    const endpoints = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.companyId, company.id));
    assert.equal(endpoints.length, 1, 'one endpoint was created');
  });

  test('the real POST /api/v1/reference-checks starts one check for two concurrent requests', async (ctx) => {
    const { client, company } = await companyWithMember(t, 'admin');
    const { key } = await newKey(client);
    const questionnaire = await makeQuestionnaire(t.db, company.id, { language: 'en', name: 'General' });
    const body = {
      external_id: 'app-1',
      candidate: { first_name: 'Sara', last_name: 'Lind', email: 'sara@mail.example', language: 'en' },
      job: { title: 'Backend Developer', external_id: 'job-1' },
      template_id: questionnaire.template.id,
      referees_wanted: 2,
      candidate_channel: 'email',
      referee_channel: 'email',
    };
    const [a, b] = await Promise.all([
      post(key, '/api/v1/reference-checks', body, 'start-1'),
      post(key, '/api/v1/reference-checks', body, 'start-1'),
    ]);
    if (a.statusCode === 404 && a.json().detail?.startsWith('No route')) return ctx.skip('no route yet');
    assert.equal(a.statusCode, 201, a.body);
    assert.equal(b.statusCode, 201, b.body);
    assert.equal(a.body, b.body);
    const again = await post(key, '/api/v1/reference-checks', body, 'start-1');
    assert.equal(again.body, a.body);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    const checks = await t.db.select().from(referenceChecks).where(eq(referenceChecks.companyId, company.id));
    assert.equal(checks.length, 1, 'one check was started');
  });
});

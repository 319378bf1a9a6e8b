import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { type Client, startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { makeCompany, makeMember } from '../../../test/helpers/factories.ts';
import { enqueueSms } from './enqueue.ts';
import { messages } from './messaging.tables.ts';
import { type Transports, transportsFromConfig } from './transports/index.ts';
import { runDueMessages } from './worker.ts';

type Received = { path: string; authorization?: string; contentType?: string; form: URLSearchParams };

/** A local stand-in for a 46elks-like provider: records each request and answers as told. */
describe('SMS over an HTTP provider', () => {
  let provider: http.Server;
  let t: TestApp;
  let transports: Transports;
  let admin: Client;
  let companyId: string;
  let answer: { status: number; body: string } = { status: 200, body: '{"id":"s1"}' };
  const received: Received[] = [];

  before(async () => {
    provider = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({
          path: req.url ?? '',
          authorization: req.headers.authorization,
          contentType: req.headers['content-type'],
          form: new URLSearchParams(body),
        });
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const { port } = provider.address() as AddressInfo;
    t = await startTestApp({
      SMS_PROVIDER_URL: `http://127.0.0.1:${port}/a1/sms`,
      SMS_PROVIDER_USERNAME: 'u0123',
      SMS_PROVIDER_PASSWORD: 'provider-secret',
      SMS_FROM: 'Acme',
    });
    transports = transportsFromConfig(t.config);
    const company = await makeCompany(t.db);
    companyId = company.id;
    admin = await t.signIn((await makeMember(t.db, companyId, 'admin')).email);
  });

  after(async () => {
    await t.close();
    await new Promise<void>((resolve) => provider.close(() => resolve()));
  });

  const row = async (id: string) => (await t.db.select().from(messages).where(eq(messages.id, id)))[0];
  const send = (text: string) =>
    enqueueSms(t.db, { companyId, to: '+46701234567', language: 'sv', template: 'test_message', data: { text } });

  test('posts from, to and message as a form with basic auth, and keeps the provider id', async () => {
    answer = { status: 200, body: '{"id":"s17b1f","status":"created"}' };
    const { id } = await send('hej');
    assert.deepEqual(await runDueMessages({ db: t.db, transports }), { claimed: 1, sent: 1, failed: 0, dead: 0 });

    const request = received.at(-1)!;
    assert.equal(request.path, '/a1/sms');
    assert.equal(request.authorization, `Basic ${Buffer.from('u0123:provider-secret').toString('base64')}`);
    assert.equal(request.contentType, 'application/x-www-form-urlencoded');
    assert.equal(request.form.get('from'), 'Acme');
    assert.equal(request.form.get('to'), '+46701234567');
    assert.equal(request.form.get('message'), 'Testmeddelande från Vouch: hej');

    const stored = await row(id);
    assert.equal(stored.status, 'sent');
    assert.equal(stored.transport, 'sms_http');
    assert.equal(stored.providerId, 's17b1f');
  });

  test('a number that is not E.164 is refused at enqueue', async () => {
    await assert.rejects(
      enqueueSms(t.db, { companyId, to: '0701234567', language: 'en', template: 'test_message', data: { text: 'x' } }),
      /international number/,
    );
  });

  test('a 500 backs off, dies after max attempts, and an admin retry sends it', async () => {
    answer = { status: 500, body: 'Internal trouble' };
    const { id } = await send('retry me');
    const start = new Date();
    assert.equal((await runDueMessages({ db: t.db, transports, now: start })).failed, 1);

    let stored = await row(id);
    assert.equal(stored.status, 'failed');
    assert.equal(stored.attempts, 1);
    assert.match(stored.lastError ?? '', /HTTP 500: Internal trouble/);
    assert.ok(!stored.lastError?.includes('provider-secret'));
    const wait = stored.nextAttemptAt.getTime() - start.getTime();
    assert.ok(wait >= 24_000 && wait <= 36_000, `first backoff ${wait} ms`);

    // Not due yet: nothing is claimed or sent.
    const early = new Date(start.getTime() + 10_000);
    assert.equal((await runDueMessages({ db: t.db, transports, now: early })).claimed, 0);

    let clock = start.getTime();
    let previousWait = wait;
    for (let attempt = 2; attempt <= 8; attempt++) {
      clock = (await row(id)).nextAttemptAt.getTime();
      const result = await runDueMessages({ db: t.db, transports, now: new Date(clock) });
      stored = await row(id);
      assert.equal(stored.attempts, attempt);
      if (attempt < 8) {
        assert.deepEqual(result, { claimed: 1, sent: 0, failed: 1, dead: 0 });
        const nextWait = stored.nextAttemptAt.getTime() - clock;
        assert.ok(nextWait > previousWait * 1.2, `backoff grows: ${previousWait} → ${nextWait}`);
        previousWait = nextWait;
      } else {
        assert.deepEqual(result, { claimed: 1, sent: 0, failed: 0, dead: 1 });
      }
    }
    assert.equal(stored.status, 'dead');
    const far = new Date(clock + 30 * 86_400_000);
    assert.equal((await runDueMessages({ db: t.db, transports, now: far })).claimed, 0, 'dead stays dead');

    const retry = await admin.post(`/api/messages/${id}/retry`);
    assert.equal(retry.statusCode, 200, retry.body);
    assert.equal(retry.json().status, 'pending');
    assert.equal(retry.json().attempts, 0);

    answer = { status: 202, body: 'not json' };
    assert.equal((await runDueMessages({ db: t.db, transports })).sent, 1);
    stored = await row(id);
    assert.equal(stored.status, 'sent');
    assert.equal(stored.attempts, 1);
    assert.equal(stored.providerId, null);
    assert.equal(received.filter((r) => r.form.get('message')?.endsWith('retry me')).length, 9);
  });
});

import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { checkWebhookTarget, isNonPublicAddress } from '../src/modules/integrations/address-guard.ts';
import { WEBHOOK_MAX_ATTEMPTS } from '../src/modules/integrations/delivery-queue.ts';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '../src/modules/integrations/integrations.tables.ts';
import { WEBHOOK_DISABLE_AFTER_MS } from '../src/modules/integrations/use-cases/disable-endpoint.ts';
import { emitWebhookEvent } from '../src/modules/integrations/use-cases/emit-webhook-event.ts';
import { resendDelivery } from '../src/modules/integrations/use-cases/resend-delivery.ts';
import { sendTestEvent } from '../src/modules/integrations/use-cases/send-test-event.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { generateWebhookSecret } from '../src/modules/integrations/webhook-signing.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { RETRY_SCHEDULE_MS, retryDelayMs } from '../src/platform/retry.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';
import { useTestApp } from './helpers/suite.ts';

type Received = { path: string; headers: Record<string, string>; body: string };
/** How the receiver answers a request: a status (and optional headers/body), or `hang` to never answer. */
type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

/** A local receiver whose answer per request is set by the test. */
async function startReceiver() {
  const received: Received[] = [];
  const hanging: http.ServerResponse[] = [];
  let answer: (request: Received) => Answer = () => ({ status: 204 });
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = String(value);
      const request = { path: req.url ?? '', headers, body };
      received.push(request);
      const reply = answer(request);
      if (reply === 'hang') hanging.push(res);
      else res.writeHead(reply.status, reply.headers).end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answerWith: (next: (request: Received) => Answer) => {
      answer = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const t = useTestApp({ PUBLIC_URL: 'https://vouch.test', WEBHOOK_ALLOW_PRIVATE: 'on' });
let receiver: Awaited<ReturnType<typeof startReceiver>>;
before(async () => {
  receiver = await startReceiver();
});
after(async () => {
  await receiver.close();
});

/** A company (private networks allowed unless said otherwise) with one endpoint at the receiver. */
async function world(options: { allowPrivate?: boolean; url?: string } = {}) {
  const company = await makeCompany(t.db, { webhooksAllowPrivateNetworks: options.allowPrivate ?? true });
  const secret = generateWebhookSecret();
  const [endpoint] = await t.db
    .insert(webhookEndpoints)
    .values({
      companyId: company.id,
      url: options.url ?? receiver.url,
      eventTypes: ['reference_check.completed'],
      secret,
    })
    .returning();
  const emit = async (data: Record<string, unknown> = { id: crypto.randomUUID(), status: 'completed' }) => {
    const id = await emitWebhookEvent(t.db, company.id, 'reference_check.completed', data);
    assert.ok(id, 'the event is queued');
    return id;
  };
  const delivery = async (eventId: string) =>
    (
      await t.db
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.eventId, eventId), eq(webhookDeliveries.endpointId, endpoint.id)))
    )[0];
  const endpointNow = async () =>
    (await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id)))[0];
  return { company, secret, endpoint, emit, delivery, endpointNow };
}

const forEvent = (eventId: string) => receiver.received.filter((r) => r.headers['webhook-id'] === eventId);

describe('webhook delivery', () => {
  test('a delivery is signed the Standard Webhooks way and verifies with the reference library', async () => {
    receiver.answerWith(() => ({ status: 200, body: 'thanks' }));
    const w = await world();
    const eventId = await w.emit({ id: 'c1', status: 'completed' });
    const result = await runDueWebhooks({ db: t.db, config: t.config });
    assert.ok(result.delivered >= 1);
    const [request] = forEvent(eventId);
    assert.ok(request, 'the receiver got the event');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.match(request.headers['webhook-timestamp'], /^\d{10}$/);
    assert.match(request.headers['webhook-signature'], /^v1,[A-Za-z0-9+/]+=*$/);
    const verified = new Webhook(w.secret).verify(request.body, request.headers) as Record<string, unknown>;
    assert.equal(verified.type, 'reference_check.completed');
    assert.deepEqual(verified.data, { id: 'c1', status: 'completed' });
    assert.match(String(verified.timestamp), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    // A wrong secret does not verify.
    assert.throws(() => new Webhook(generateWebhookSecret()).verify(request.body, request.headers));
    const [event] = await t.db.select().from(webhookEvents).where(eq(webhookEvents.id, eventId));
    assert.equal(request.body, JSON.stringify(event.payload), 'the body is the stored payload');

    const done = await w.delivery(eventId);
    assert.equal(done.status, 'delivered');
    assert.equal(done.attempts, 1);
    assert.equal(done.lastStatusCode, 200);
    assert.equal(done.lastResponseExcerpt, 'thanks');
    assert.ok(done.deliveredAt);
    assert.equal(done.lockedUntil, null);
  });

  test('a 500 is retried after a jittered backoff with the same webhook-id and a byte-identical body', async () => {
    const w = await world();
    const eventId = await w.emit();
    receiver.answerWith(() => ({ status: 500, body: 'x'.repeat(2000) }));
    const start = new Date();
    await runDueWebhooks({ db: t.db, config: t.config, now: start });
    const failed = await w.delivery(eventId);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.attempts, 1);
    assert.equal(failed.lastStatusCode, 500);
    assert.equal(failed.lastResponseExcerpt?.length, 500, 'only the start of the body is kept');
    assert.match(failed.lastError ?? '', /500/);
    const wait = failed.nextAttemptAt.getTime() - start.getTime();
    assert.ok(wait >= 0.8 * 30_000 - 5 && wait <= 1.2 * 30_000 + 5, `first retry after about 30 s, not ${wait} ms`);
    assert.ok((await w.endpointNow()).failingSince, 'the endpoint is failing since the first failure');

    // Not due before its time.
    await runDueWebhooks({ db: t.db, config: t.config, now: new Date(start.getTime() + 10_000) });
    assert.equal(forEvent(eventId).length, 1);

    receiver.answerWith(() => ({ status: 204 }));
    await runDueWebhooks({ db: t.db, config: t.config, now: failed.nextAttemptAt });
    const attempts = forEvent(eventId);
    assert.equal(attempts.length, 2);
    assert.equal(attempts[0].headers['webhook-id'], attempts[1].headers['webhook-id']);
    assert.equal(attempts[0].body, attempts[1].body, 'the body is byte-identical on every attempt');
    for (const attempt of attempts) new Webhook(w.secret).verify(attempt.body, attempt.headers);
    const delivered = await w.delivery(eventId);
    assert.equal(delivered.status, 'delivered');
    assert.equal(delivered.attempts, 2);
    assert.equal(delivered.lastError, null);
    assert.equal((await w.endpointNow()).failingSince, null, 'a success clears failingSince');
  });

  test('backoff grows over about a day, each wait jittered within ±20 %', () => {
    let previous = 0;
    let total = 0;
    for (let attempt = 1; attempt < WEBHOOK_MAX_ATTEMPTS; attempt++) {
      const base = RETRY_SCHEDULE_MS[attempt - 1];
      const low = retryDelayMs(attempt, () => 0);
      const high = retryDelayMs(attempt, () => 0.999999);
      assert.equal(low, Math.round(base * 0.8));
      assert.ok(high <= Math.round(base * 1.2) && high > base * 1.19);
      for (let i = 0; i < 20; i++) {
        const wait = retryDelayMs(attempt);
        assert.ok(wait >= low && wait <= high, `${wait} within [${low}, ${high}]`);
      }
      assert.ok(base >= previous, 'never shorter than the wait before');
      previous = base;
      total += base;
    }
    assert.ok(retryDelayMs(2, () => 0) > retryDelayMs(1, () => 1), 'grows faster than the jitter');
    assert.ok(total > 20 * 3_600_000 && total < 28 * 3_600_000, `about 24 h in all, not ${total / 3_600_000} h`);
  });

  test('after the whole schedule of failures the delivery is dead', async () => {
    const w = await world();
    const eventId = await w.emit();
    receiver.answerWith(() => ({ status: 503 }));
    const start = new Date();
    let now = start;
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      await runDueWebhooks({ db: t.db, config: t.config, now });
      const row = await w.delivery(eventId);
      assert.equal(row.attempts, attempt);
      assert.equal(row.status, attempt < WEBHOOK_MAX_ATTEMPTS ? 'failed' : 'dead');
      now = row.nextAttemptAt;
    }
    assert.equal(forEvent(eventId).length, WEBHOOK_MAX_ATTEMPTS);
    const hours = (now.getTime() - start.getTime()) / 3_600_000;
    assert.ok(hours > 18 && hours < 30, `dead after about a day, not ${hours} h`);
    // Dead is dead: nothing more goes out, however late.
    await runDueWebhooks({ db: t.db, config: t.config, now: new Date(now.getTime() + 7 * 86_400_000) });
    assert.equal(forEvent(eventId).length, WEBHOOK_MAX_ATTEMPTS);
    assert.equal((await w.endpointNow()).disabledAt, null, 'a day of failures does not disable the endpoint');

    // Another company's id finds nothing: the dead delivery stays dead.
    const dead = await w.delivery(eventId);
    assert.equal(await resendDelivery(t.db, (await makeCompany(t.db)).id, dead.id), false, 'not another company’s');
    assert.equal((await w.delivery(eventId)).status, 'dead');

    // An admin's resend gives it one more attempt, with the same webhook-id.
    assert.equal(await resendDelivery(t.db, w.company.id, (await w.delivery(eventId)).id), true);
    receiver.answerWith(() => ({ status: 200 }));
    await runDueWebhooks({ db: t.db, config: t.config });
    assert.equal((await w.delivery(eventId)).status, 'delivered');
    assert.equal(forEvent(eventId).length, WEBHOOK_MAX_ATTEMPTS + 1);
  });

  test('a redirect is not followed and counts as a failure', async () => {
    const w = await world();
    const eventId = await w.emit();
    receiver.answerWith((r) =>
      r.path === '/hooks' ? { status: 302, headers: { location: '/elsewhere' } } : { status: 200 },
    );
    await runDueWebhooks({ db: t.db, config: t.config });
    assert.deepEqual(
      receiver.received.filter((r) => r.headers['webhook-id'] === eventId).map((r) => r.path),
      ['/hooks'],
      'the redirect target was never called',
    );
    const row = await w.delivery(eventId);
    assert.equal(row.status, 'failed');
    assert.equal(row.lastStatusCode, 302);
    assert.match(row.lastError ?? '', /redirect/i);
  });

  test('a receiver that never answers times out', async () => {
    const w = await world();
    const eventId = await w.emit();
    receiver.answerWith(() => 'hang');
    const began = Date.now();
    await runDueWebhooks({ db: t.db, config: t.config, timeoutMs: 300 });
    assert.ok(Date.now() - began < 5_000, 'the attempt was cut off');
    const row = await w.delivery(eventId);
    assert.equal(row.status, 'failed');
    assert.equal(row.lastStatusCode, null);
    assert.match(row.lastError ?? '', /No answer within 0\.3 s/);
    receiver.answerWith(() => ({ status: 204 }));
  });

  test('private and loopback addresses are refused unless the company allows private networks', async () => {
    receiver.answerWith(() => ({ status: 204 }));
    const w = await world({ allowPrivate: false });
    const eventId = await w.emit();
    await runDueWebhooks({ db: t.db, config: t.config });
    assert.equal(forEvent(eventId).length, 0, 'nothing connected to the receiver');
    const row = await w.delivery(eventId);
    assert.equal(row.status, 'failed');
    assert.match(row.lastError ?? '', /Refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1/);

    const operatorOn = { kind: 'on' } as const;
    const companyOff = { operator: operatorOn, companyAllows: false };
    const companyOn = { operator: operatorOn, companyAllows: true };
    for (const url of [
      'http://localhost/hook',
      'http://127.0.0.1/hook',
      'http://127.1.2.3:8080/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00::1]/hook',
      'http://10.0.0.8/hook',
      'http://172.20.1.1/hook',
      'http://192.168.1.1/hook',
      'http://100.64.0.1/hook',
    ]) {
      const checked = await checkWebhookTarget(url, companyOff);
      assert.equal(checked.ok, false, `${url} is refused`);
      assert.equal((await checkWebhookTarget(url, companyOn)).ok, true, `${url} is allowed when private networks are`);
    }
    // Metadata, link-local and "this host" are refused even then.
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'http://[fe80::1]/hook',
      'http://0.0.0.0/hook',
      'http://[::]/hook',
    ])
      assert.equal((await checkWebhookTarget(url, companyOn)).ok, false, `${url} is refused always`);
    for (const url of ['ftp://93.184.216.34/x', 'file:///etc/passwd', 'https://user:pw@93.184.216.34/', 'nonsense'])
      assert.equal((await checkWebhookTarget(url, companyOn)).ok, false, `${url} is refused`);
    const off = { operator: { kind: 'off' } as const, companyAllows: false };
    assert.equal((await checkWebhookTarget('https://93.184.216.34/hook', off)).ok, true, 'a public address is fine');
    assert.equal((await checkWebhookTarget('https://[2606:4700::1111]/hook', off)).ok, true);
    // A name that resolves to a private address is refused too, whatever it looks like.
    const sneaky = await checkWebhookTarget('https://ats.example/hook', off, async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ]);
    assert.equal(sneaky.ok, false);
    assert.ok(isNonPublicAddress('172.31.255.255') && !isNonPublicAddress('172.32.0.1'));
  });

  test('the connection goes to the address that was checked, not to a second lookup', async () => {
    receiver.answerWith(() => ({ status: 204 }));
    const port = new URL(receiver.url).port;
    // `.invalid` never resolves in real DNS: only the checked (injected) answer can reach the receiver.
    const w = await world({ url: `http://ats-receiver.invalid:${port}/hooks` });
    const eventId = await w.emit();
    await runDueWebhooks({ db: t.db, config: t.config, lookup: async () => [{ address: '127.0.0.1', family: 4 }] });
    const [request] = forEvent(eventId);
    assert.ok(request, 'delivered to the checked address');
    assert.equal(request.headers.host, `ats-receiver.invalid:${port}`);
    assert.equal((await w.delivery(eventId)).status, 'delivered');
  });

  test('five days of failures without a success disable the endpoint and email the admins', async () => {
    const w = await world();
    const admin = await makeMember(t.db, w.company.id, 'admin');
    const recruiter = await makeMember(t.db, w.company.id, 'recruiter');
    receiver.answerWith(() => ({ status: 500 }));
    const first = await w.emit();
    const start = new Date();
    await runDueWebhooks({ db: t.db, config: t.config, now: start });
    assert.equal((await w.endpointNow()).failingSince?.getTime(), start.getTime());

    // Four days later it still fails: failing, not disabled.
    const second = await w.emit();
    await runDueWebhooks({ db: t.db, config: t.config, now: new Date(start.getTime() + 4 * 86_400_000) });
    assert.equal((await w.delivery(second)).status, 'failed');
    assert.equal((await w.endpointNow()).disabledAt, null);

    // Past five days, the next failure disables it.
    const third = await w.emit();
    const later = new Date(start.getTime() + WEBHOOK_DISABLE_AFTER_MS + 60_000);
    const result = await runDueWebhooks({ db: t.db, config: t.config, now: later });
    assert.ok(result.disabled >= 1, 'this run disabled it');
    const disabled = await w.endpointNow();
    assert.ok(disabled.disabledAt, 'disabled');

    const mails = await t.db
      .select()
      .from(messages)
      .where(and(eq(messages.companyId, w.company.id), eq(messages.template, 'webhook_endpoint_disabled')));
    assert.deepEqual(
      mails.map((m) => m.recipient),
      [admin.email],
      'every admin (and only admins) is told, once',
    );
    assert.ok(!mails.some((m) => m.recipient === recruiter.email));
    assert.match(mails[0].subject ?? '', /webhook endpoint was turned off/);
    assert.ok(mails[0].bodyText.includes(receiver.url), mails[0].bodyText);
    assert.ok(mails[0].bodyText.includes('5 days'), mails[0].bodyText);
    assert.ok(mails[0].bodyText.includes('https://vouch.test/integrations'), mails[0].bodyText);

    // A disabled endpoint gets no new events and its queued deliveries wait.
    assert.equal(await emitWebhookEvent(t.db, w.company.id, 'reference_check.completed', { id: 'x' }), null);
    const before = [first, second, third].map((id) => forEvent(id).length);
    await runDueWebhooks({ db: t.db, config: t.config, now: new Date(later.getTime() + 86_400_000) });
    assert.deepEqual(
      [first, second, third].map((id) => forEvent(id).length),
      before,
    );
    assert.equal((await w.delivery(third)).status, 'failed');
  });

  test('a test event goes to one endpoint, whatever it subscribes to', async () => {
    receiver.answerWith(() => ({ status: 200 }));
    const w = await world();
    const sent = await sendTestEvent(t.db, w.company.id, w.endpoint.id);
    assert.ok(sent);
    assert.equal(await sendTestEvent(t.db, (await makeCompany(t.db)).id, w.endpoint.id), null, 'not another company’s');
    await runDueWebhooks({ db: t.db, config: t.config });
    const [request] = forEvent(sent.eventId);
    const payload = new Webhook(w.secret).verify(request.body, request.headers) as { type: string; data: object };
    assert.equal(payload.type, 'webhook.test');
    assert.deepEqual(payload.data, { endpoint_id: w.endpoint.id, message: 'A test event from Vouch' });
    assert.equal((await w.delivery(sent.eventId)).status, 'delivered');
  });
});

import assert from 'node:assert/strict';
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { webhookDeliveries, webhookEndpoints } from '../src/modules/integrations/integrations.tables.ts';
import { emitWebhookEvent } from '../src/modules/integrations/use-cases/emit-webhook-event.ts';
import { queuePartnerCallback } from '../src/modules/integrations/use-cases/partner-callbacks.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { generateWebhookSecret } from '../src/modules/integrations/webhook-signing.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { usingPostgres, withDatabase } from './helpers/database.ts';
import { makeCompany } from './helpers/factories.ts';
import { makeReferenceCheck } from './helpers/reference-factories.ts';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.ts';

const childEntry = new URL('./helpers/webhook-worker-child.ts', import.meta.url);

/**
 * A worker killed (SIGKILL) while a receiver holds its request open: the delivery is not lost and not
 * marked delivered; once the dead worker's claim runs out another worker sends it again with the same
 * `webhook-id`, so a receiver that drops repeats by that id processes the event exactly once.
 * Needs PostgreSQL (TEST_DATABASE_URL): the embedded database is single-process.
 */
describe('the webhook worker killed mid-delivery', {
  skip: usingPostgres() ? false : 'needs TEST_DATABASE_URL (PostgreSQL): the embedded database allows one process only',
}, () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let databaseUrl: string;
  const children: ChildProcess[] = [];
  before(async () => {
    // The receiver takes the first request and never answers it: the worker is mid-delivery.
    receiver = await startWebhookReceiver({ hold: () => receiver.received.length === 1 });
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'on' });
    const [{ name }] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
    databaseUrl = withDatabase(process.env.TEST_DATABASE_URL!, name);
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await receiver.close();
    await t.close();
  });

  const startWorker = async () => {
    const child = fork(childEntry, {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, WEBHOOK_WORKER_DATABASE_URL: databaseUrl, WEBHOOK_ALLOW_PRIVATE: 'on' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    await once(child, 'message');
    return child;
  };

  test('SIGKILL mid-delivery → redelivered with the same webhook-id → exactly once after dedup, delivered', async () => {
    const company = await makeCompany(t.db);
    await t.db.update(companies).set({ webhooksAllowPrivateNetworks: true }).where(eq(companies.id, company.id));
    const secret = generateWebhookSecret();
    const [endpoint] = await t.db
      .insert(webhookEndpoints)
      .values({ companyId: company.id, url: receiver.url, eventTypes: ['reference_check.completed'], secret })
      .returning();
    const eventId = await emitWebhookEvent(t.db, company.id, 'reference_check.completed', {
      id: crypto.randomUUID(),
      status: 'completed',
    });
    assert.ok(eventId);
    const delivery = async () =>
      (await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id)))[0];

    // The first worker claims the delivery and sends it; the receiver holds the response.
    const first = await startWorker();
    await receiver.waitFor(1);
    const claimed = await delivery();
    assert.equal(claimed.status, 'sending');
    assert.equal(claimed.attempts, 1);
    assert.ok(claimed.lockedUntil);

    first.kill('SIGKILL');
    await once(first, 'exit');
    assert.equal(first.signalCode, 'SIGKILL');
    const orphan = await delivery();
    assert.equal(orphan.status, 'sending', 'the killed attempt is neither delivered nor lost');
    assert.equal(orphan.deliveredAt, null);

    // A second worker process started at once leaves it alone while the dead worker's claim holds.
    const second = await startWorker();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(receiver.received.length, 1, 'no second send while the claim holds');
    second.kill('SIGTERM');
    await once(second, 'exit');

    // Past the claim, a worker takes it over and sends the same event again.
    const past = new Date(claimed.lockedUntil.getTime() + 1_000);
    const run = await runDueWebhooks({ db: t.db, config: t.config, now: past });
    assert.equal(run.claimed, 1);
    assert.equal(run.delivered, 1);
    assert.equal(receiver.received.length, 2);

    const verifier = new Webhook(secret);
    const ids = receiver.received.map((r) => {
      verifier.verify(r.body, r.headers);
      return r.headers['webhook-id'];
    });
    assert.deepEqual(ids, [eventId, eventId], 'both attempts carry the event id as webhook-id');
    // The receiver drops repeats by webhook-id: the event is processed exactly once.
    const processed = new Map(receiver.received.map((r) => [r.headers['webhook-id'], JSON.parse(r.body)]));
    assert.equal(processed.size, 1);
    assert.equal(processed.get(eventId)?.type, 'reference_check.completed');

    const done = await delivery();
    assert.equal(done.status, 'delivered');
    assert.equal(done.attempts, 2);
    assert.equal(done.lastStatusCode, 204);
    assert.ok(done.deliveredAt);
  });

  test('a Greenhouse callback that failed in a worker killed afterwards is retried on schedule and delivered', async () => {
    // Greenhouse answers the first PATCH 503, later ones 200.
    const greenhouse = await startWebhookReceiver({ status: () => (greenhouse.received.length === 1 ? 503 : 200) });
    try {
      const company = await makeCompany(t.db, { webhooksAllowPrivateNetworks: true });
      const check = await makeReferenceCheck(t.db, company.id, {
        status: 'completed',
        completedAt: new Date(),
        partner: 'greenhouse',
        partnerCallbackUrl: `${greenhouse.url}/take_home_tests/42`,
      });
      await queuePartnerCallback(t.db, company.id, check.id);
      const callback = async () =>
        (await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.checkId, check.id)))[0];

      const worker = await startWorker();
      await greenhouse.waitFor(1);
      // The worker records the failure (and the time of the next try) on the row, then dies.
      let failed = await callback();
      const deadline = Date.now() + 10_000;
      while (failed.status !== 'failed' && Date.now() < deadline) {
        await new Promise((resolve) => setImmediate(resolve));
        failed = await callback();
      }
      assert.equal(failed.status, 'failed', 'the failure is on the row');
      worker.kill('SIGKILL');
      await once(worker, 'exit');

      // Another worker (here, the test's) sends it when it is due, not before.
      assert.equal((await runDueWebhooks({ db: t.db, config: t.config })).claimed, 0, 'not due yet');
      const run = await runDueWebhooks({ db: t.db, config: t.config, now: failed.nextAttemptAt });
      assert.equal(run.delivered, 1);
      assert.equal(greenhouse.received.length, 2);
      const done = await callback();
      assert.equal(done.status, 'delivered');
      assert.equal(done.attempts, 2);
    } finally {
      await greenhouse.close();
    }
  });
});

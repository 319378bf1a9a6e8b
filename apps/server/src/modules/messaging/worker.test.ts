import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq, inArray } from 'drizzle-orm';
import { openTestDatabase } from '../../../test/helpers/database.ts';
import { makeCompany } from '../../../test/helpers/factories.ts';
import { installTestSecretKey } from '../../../test/helpers/outbox.ts';
import { claimedWork, setWorkItem } from '../../../test/helpers/work.ts';
import { startBackgroundWork } from '../../background.ts';
import type { LoopLog } from '../../platform/background-loop.ts';
import { createBackgroundJobs } from '../../platform/background-work.ts';
import type { Config } from '../../platform/config.ts';
import type { Database, Db } from '../../platform/db/db.ts';
import { workItems } from '../../platform/work/work.tables.ts';
import { enqueueEmail, enqueueSms } from './enqueue.ts';
import { queueHealth } from './messages.repo.ts';
import { messages } from './messaging.tables.ts';
import { registerMessaging } from './register.ts';
import { type Transports, transportsFromConfig } from './transports/index.ts';
import { runDueMessages } from './worker.ts';

/** Counts deliveries per message id, slowly enough that concurrent runs overlap. */
function countingTransports(delayMs = 5) {
  const deliveries = new Map<string, number>();
  const count = async ({ id }: { id: string }) => {
    await sleep(delayMs);
    deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
    return { providerId: `p-${id}` };
  };
  const transports: Transports = { email: { name: 'smtp', send: count }, sms: { name: 'sms_http', send: count } };
  return { transports, deliveries };
}

describe('message worker', () => {
  let database: Database;
  let companyId: string;

  before(async () => {
    installTestSecretKey();
    database = await openTestDatabase();
    companyId = (await makeCompany(database.db)).id;
  });
  after(() => database.close());
  // Each test sees only its own messages.
  beforeEach(async () => {
    await database.db.delete(messages);
    await database.db.delete(workItems);
  });

  const db = () => database.db;
  const row = async (id: string) => (await db().select().from(messages).where(eq(messages.id, id)))[0];
  const email = (to = 'someone@example.com') =>
    enqueueEmail(db(), {
      companyId,
      to,
      language: 'en',
      template: 'password_reset',
      data: { name: 'Someone', url: 'https://vouch.example/r', expiresInMinutes: 60 },
    });

  test('enqueue writes a pending row that is due now, inside the caller’s transaction', async () => {
    const { id } = await email();
    const stored = await row(id);
    assert.equal(stored.status, 'pending');
    assert.equal(stored.attempts, 0);
    assert.ok(stored.nextAttemptAt.getTime() <= Date.now());
    assert.equal(stored.subject, 'Reset your Vouch password');
    assert.ok(stored.bodyHtml?.includes('<html'));

    // A rolled-back transaction leaves no message behind.
    let rolledBackId = '';
    await assert.rejects(
      db().transaction(async (tx) => {
        rolledBackId = (await enqueueEmail(tx, { ...baseEmail(companyId), to: 'rollback@example.com' })).id;
        throw new Error('roll back');
      }),
    );
    assert.equal(await row(rolledBackId), undefined);
  });

  test('with nothing configured, messages are sent in-app', async () => {
    const transports = transportsFromConfig({ smtpUrl: null, mailFrom: 'noreply@vouch.test', sms: null });
    const a = await email();
    const b = await enqueueSms(db(), {
      companyId,
      to: '+46701234567',
      language: 'en',
      template: 'test_message',
      data: { text: 'hi' },
    });
    assert.equal((await runDueMessages({ db: db(), transports })).sent, 2);
    for (const id of [a.id, b.id]) {
      const stored = await row(id);
      assert.equal(stored.status, 'sent');
      assert.equal(stored.transport, 'in_app');
      assert.ok(stored.sentAt);
    }
  });

  test('a crashed worker’s claim is taken over once its lock runs out, not before', async () => {
    const { transports, deliveries } = countingTransports();
    const stale = await email();
    const fresh = await email();
    const now = new Date();
    await db()
      .update(messages)
      .set({ status: 'sending', attempts: 1, lockedUntil: new Date(now.getTime() - 1000) })
      .where(eq(messages.id, stale.id));
    await setWorkItem(db(), stale.id, claimedWork(1, new Date(now.getTime() - 1000)));
    await db()
      .update(messages)
      .set({ status: 'sending', attempts: 1, lockedUntil: new Date(now.getTime() + 60_000) })
      .where(eq(messages.id, fresh.id));
    await setWorkItem(db(), fresh.id, claimedWork(1, new Date(now.getTime() + 60_000)));

    assert.deepEqual(await runDueMessages({ db: db(), transports, now }), { claimed: 1, sent: 1, failed: 0, dead: 0 });
    assert.equal(deliveries.get(stale.id), 1);
    assert.equal(deliveries.get(fresh.id), undefined);
    assert.equal((await row(stale.id)).attempts, 2);
    assert.equal((await row(fresh.id)).status, 'sending');
  });

  test('a crashed claim with no attempts left is dead, not sent again', async () => {
    const { transports, deliveries } = countingTransports();
    const { id } = await email();
    await db()
      .update(messages)
      .set({ status: 'sending', attempts: 8, lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(messages.id, id));
    await setWorkItem(db(), id, claimedWork(8, new Date(Date.now() - 1000)));
    assert.equal((await runDueMessages({ db: db(), transports })).claimed, 0);
    assert.equal(deliveries.size, 0);
    const stored = await row(id);
    assert.equal(stored.status, 'dead');
    assert.match(stored.lastError ?? '', /interrupted/);
  });

  test('concurrent runs deliver every message exactly once', async () => {
    const { transports, deliveries } = countingTransports(3);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push((await email(`c${i}@example.com`)).id);
    const worker = async () => {
      let total = 0;
      for (;;) {
        const { claimed } = await runDueMessages({ db: db(), transports, batchSize: 4 });
        if (!claimed) return total;
        total += claimed;
      }
    };
    const totals = await Promise.all([worker(), worker(), worker(), worker()]);
    assert.equal(
      totals.reduce((a, b) => a + b, 0),
      40,
    );
    assert.deepEqual(
      ids.map((id) => deliveries.get(id)),
      ids.map(() => 1),
    );
    const rows = await db().select().from(messages).where(inArray(messages.id, ids));
    assert.ok(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.providerId === `p-${r.id}`));
  });

  test('the worker loop delivers, sleeps when idle, and stop() waits for the batch', async () => {
    const { transports, deliveries } = countingTransports(200);
    const logged: string[] = [];
    const log = {
      info: (_: object, msg: string) => logged.push(msg),
      error: (_: object, msg: string) => logged.push(msg),
    };
    // Messaging's own background work, started the one way every process starts it.
    type Context = {
      db: Db;
      config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'sms'>;
      transports: Transports;
      log: LoopLog;
    };
    const jobs = createBackgroundJobs<Context>();
    registerMessaging({ background: jobs });
    const config = { smtpUrl: null, mailFrom: 'x@y.z', sms: null };
    const worker = startBackgroundWork({ db: db(), config, transports, log }, jobs, { idleMs: 20 });
    const { id } = await email();
    for (let i = 0; i < 100 && (await row(id)).status !== 'sent'; i++) await sleep(20);
    assert.equal((await row(id)).status, 'sent');

    const late = await email();
    // Stop while the slow delivery is in flight.
    for (let i = 0; i < 100 && (await row(late.id)).status !== 'sending'; i++) await sleep(5);
    await worker.stop();
    assert.equal(deliveries.get(late.id), 1);
    assert.equal((await row(late.id)).status, 'sent', 'the batch in flight finished before stop resolved');
    assert.ok(logged.includes('messages processed'));
  });

  test('queue health counts waiting and dead messages and flags a stale queue', async () => {
    assert.deepEqual(await queueHealth(db()), { ok: true, pending: 0, dead: 0, oldestPendingSeconds: null });
    const a = await email();
    const b = await email();
    await db().update(messages).set({ status: 'dead' }).where(eq(messages.id, b.id));
    let health = await queueHealth(db());
    assert.equal(health.pending, 1);
    assert.equal(health.dead, 1);
    assert.ok(health.ok);
    assert.equal(typeof health.oldestPendingSeconds, 'number');

    await db()
      .update(messages)
      .set({ nextAttemptAt: new Date(Date.now() - 20 * 60_000) })
      .where(eq(messages.id, a.id));
    health = await queueHealth(db());
    assert.equal(health.ok, false);
    assert.ok(health.oldestPendingSeconds! >= 20 * 60 - 5);
  });
});

function baseEmail(companyId: string) {
  return {
    companyId,
    to: 'x@example.com',
    language: 'en' as const,
    template: 'password_reset' as const,
    data: { name: 'X', url: 'https://vouch.example/r', expiresInMinutes: 60 },
  };
}

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { webhookDeliveries, webhookEndpoints } from '../src/modules/integrations/integrations.tables.ts';
import { emitWebhookEvent } from '../src/modules/integrations/use-cases/emit-webhook-event.ts';
import { queuePartnerCallback } from '../src/modules/integrations/use-cases/partner-callbacks.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { generateWebhookSecret } from '../src/modules/integrations/webhook-signing.ts';
import { enqueueEmail, runDueMessages, type Transports } from '../src/modules/messaging/index.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { RETRY_JITTER, RETRY_SCHEDULE_MS, retryDelayMs } from '../src/platform/retry.ts';
import { workItems } from '../src/platform/work/work.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany } from './helpers/factories.ts';
import { makeReferenceCheck } from './helpers/reference-factories.ts';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.ts';

/**
 * Messages, webhook deliveries and partner callbacks are items of one work queue: each kind's first
 * failure waits the one schedule's first step, and the time its own row shows is the queue's.
 */
describe('every kind of background work in the one queue', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  before(async () => {
    receiver = await startWebhookReceiver({ status: () => 503 });
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'on' });
  });
  after(async () => {
    await receiver.close();
    await t.close();
  });

  const workOf = async (subjectId: string) =>
    (await t.db.select().from(workItems).where(eq(workItems.subjectId, subjectId)))[0];

  test('a failed message, webhook and partner callback come back on the one schedule', async () => {
    const company = await makeCompany(t.db, { webhooksAllowPrivateNetworks: true });
    const message = await enqueueEmail(t.db, {
      companyId: company.id,
      to: 'someone@example.com',
      language: 'en',
      template: 'password_reset',
      data: { name: 'Someone', url: 'https://vouch.example/r', expiresInMinutes: 60 },
    });
    await t.db.insert(webhookEndpoints).values({
      companyId: company.id,
      url: receiver.url,
      eventTypes: ['reference_check.completed'],
      secret: generateWebhookSecret(),
    });
    const eventId = await emitWebhookEvent(t.db, company.id, 'reference_check.completed', { id: 'x' });
    const check = await makeReferenceCheck(t.db, company.id, {
      status: 'completed',
      completedAt: new Date(),
      partner: 'greenhouse',
      partnerCallbackUrl: `${receiver.url}/take_home_tests/7`,
    });
    await queuePartnerCallback(t.db, company.id, check.id);
    const [webhook] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, eventId!));
    const [callback] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.checkId, check.id));
    for (const [subjectId, kind] of [
      [message.id, 'message'],
      [webhook.id, 'webhook_delivery'],
      [callback.id, 'partner_callback'],
    ])
      assert.equal((await workOf(subjectId)).kind, kind, 'queued with its row, in one transaction');
    // The message's item is written by the message's own statement: it carries the message's company
    // and attempts, and is due at once.
    const [queuedMessage] = await t.db.select().from(messages).where(eq(messages.id, message.id));
    const queued = await workOf(message.id);
    assert.equal(queued.companyId, company.id);
    assert.equal(queued.maxAttempts, queuedMessage.maxAttempts);
    assert.equal(queued.attempts, 0);
    assert.equal(queued.status, 'pending');
    assert.ok(queued.runAfter.getTime() <= Date.now());

    const now = new Date();
    const failing: Transports = {
      email: {
        name: 'smtp',
        send: async () => {
          throw new Error('SMTP down');
        },
      },
      sms: { name: 'sms_http', send: async () => ({ providerId: null }) },
    };
    assert.equal((await runDueMessages({ db: t.db, transports: failing, now })).failed, 1);
    const random = () => 0.75;
    assert.equal((await runDueWebhooks({ db: t.db, config: t.config, now, random })).failed, 2);

    const [sent] = await t.db.select().from(messages).where(eq(messages.id, message.id));
    const messageWork = await workOf(message.id);
    assert.equal(messageWork.attempts, 1);
    assert.equal(messageWork.runAfter.getTime(), sent.nextAttemptAt.getTime(), 'the row shows the queue’s time');
    const wait = messageWork.runAfter.getTime() - now.getTime();
    assert.ok(wait >= RETRY_SCHEDULE_MS[0] * (1 - RETRY_JITTER) && wait <= RETRY_SCHEDULE_MS[0] * (1 + RETRY_JITTER));

    for (const delivery of [webhook, callback]) {
      const [row] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
      const work = await workOf(delivery.id);
      assert.equal(row.status, 'failed');
      assert.equal(work.attempts, 1);
      assert.equal(work.runAfter.getTime(), row.nextAttemptAt.getTime());
      assert.equal(work.runAfter.getTime() - now.getTime(), retryDelayMs(1, random));
    }
  });
});

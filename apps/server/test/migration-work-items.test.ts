import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { runMigrations } from '../src/platform/db/db.ts';
import { emptyDatabase, folderBefore, migrateFrom } from './helpers/migrations.ts';

/**
 * The migration that adds the work queue moves the work still waiting in the old queue columns (of
 * `messages` and `webhook_deliveries`) into it: waiting rows become due items, a row being sent stays
 * claimed until its lock runs out, and finished rows bring nothing.
 */
test('waiting messages and deliveries move into the work queue', async () => {
  const { database, drop } = await emptyDatabase();
  const dir = folderBefore('work_items_subject_uq');
  try {
    await migrateFrom(database, dir);
    const rows = async (query: ReturnType<typeof sql>) =>
      ((await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
    const [{ id: company }] = await rows(sql`insert into companies (name) values ('Acme') returning id`);
    const later = new Date(Date.now() + 60 * 60_000).toISOString();
    const lock = new Date(Date.now() + 60_000).toISOString();
    const message = async (status: string, attempts = 0, nextAttemptAt = new Date().toISOString()) =>
      (
        await rows(sql`insert into messages (company_id, channel, recipient, body_text, template, language, status,
            attempts, next_attempt_at, locked_until)
          values (${company}, 'email', 'a@example.com', 'hi', 'test_message', 'en', ${status}, ${attempts},
            ${nextAttemptAt}, ${status === 'sending' ? lock : null}) returning id`)
      )[0].id as string;
    const messages = {
      pending: await message('pending'),
      failed: await message('failed', 2, later),
      sending: await message('sending', 1),
      sent: await message('sent', 1),
      dead: await message('dead', 8),
    };
    const [{ id: endpoint }] = await rows(sql`insert into webhook_endpoints (company_id, url, event_types, secret)
      values (${company}, 'https://example.com/hook', '{reference_check.completed}', 'whsec_x') returning id`);
    const delivery = async (eventId: string, status: string, attempts: number) => {
      await rows(sql`insert into webhook_events (id, company_id, type, payload)
        values (${eventId}, ${company}, 'reference_check.completed', '{"type":"x","timestamp":"t","data":{}}')`);
      return (
        await rows(sql`insert into webhook_deliveries (company_id, endpoint_id, event_id, status, attempts, next_attempt_at)
          values (${company}, ${endpoint}, ${eventId}, ${status}, ${attempts}, ${later}) returning id`)
      )[0].id as string;
    };
    const deliveries = {
      failed: await delivery('msg_1', 'failed', 3),
      delivered: await delivery('msg_2', 'delivered', 1),
    };

    await runMigrations(database);

    const items = await rows(sql`select kind, subject_id, status, attempts, max_attempts, run_after, locked_until
      from work_items order by kind, subject_id`);
    const of = (id: string) => items.find((item) => item.subject_id === id);
    assert.equal(items.length, 4, 'only what still waits moves');
    assert.equal(of(messages.sent), undefined);
    assert.equal(of(messages.dead), undefined);
    assert.equal(of(deliveries.delivered), undefined);
    assert.deepEqual(
      { ...of(messages.pending), run_after: undefined, subject_id: undefined },
      {
        kind: 'message',
        status: 'pending',
        attempts: 0,
        max_attempts: 8,
        run_after: undefined,
        locked_until: null,
        subject_id: undefined,
      },
    );
    const failed = of(messages.failed)!;
    assert.equal(failed.status, 'pending');
    assert.equal(failed.attempts, 2);
    assert.equal(new Date(failed.run_after as string).toISOString(), later, 'it keeps its next attempt’s time');
    const sending = of(messages.sending)!;
    assert.equal(sending.status, 'running');
    assert.equal(new Date(sending.locked_until as string).toISOString(), lock, 'still claimed until the lock runs out');
    const webhook = of(deliveries.failed)!;
    assert.equal(webhook.kind, 'webhook_delivery');
    assert.equal(webhook.attempts, 3);
    assert.equal(webhook.max_attempts, 10);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await drop();
  }
});

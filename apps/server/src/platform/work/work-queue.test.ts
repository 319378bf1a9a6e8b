import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase, usingPostgres, withDatabase } from '../../../test/helpers/database.ts';
import { claimedWork, setWorkItem } from '../../../test/helpers/work.ts';
import { type Database, openDatabase } from '../db/db.ts';
import { rowsOf } from '../db/ids.ts';
import { RETRY_SCHEDULE_MS, retryDelayMs } from '../retry.ts';
import { queueWork } from './work.repo.ts';
import { workItems } from './work.tables.ts';
import { runDueWork, WORK_CLAIM_MS, type WorkHandler, type WorkOutcome } from './work-runner.ts';

const KIND = 'test_job';

/** A handler that counts its runs per subject and answers what `answer` says. */
function countingHandler(answer: (subjectId: string) => WorkOutcome = () => ({ tally: 'done' }), delayMs = 0) {
  const runs = new Map<string, number>();
  const abandoned: string[] = [];
  const handler: WorkHandler = {
    kind: KIND,
    run: async (item) => {
      if (delayMs) await sleep(delayMs);
      runs.set(item.subjectId, (runs.get(item.subjectId) ?? 0) + 1);
      return answer(item.subjectId);
    },
    abandoned: async (_tx, items) => {
      abandoned.push(...items.map((item) => item.subjectId));
    },
  };
  return { handler, runs, abandoned };
}

describe('the work queue', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());
  beforeEach(() => database.db.delete(workItems));

  const db = () => database.db;
  const queue = async (maxAttempts = 3) => {
    const subjectId = randomUUID();
    await queueWork(db(), { kind: KIND, subjectId, companyId: null, maxAttempts });
    return subjectId;
  };
  const item = async (subjectId: string) =>
    (await db().select().from(workItems).where(eq(workItems.subjectId, subjectId)))[0];

  test('a claim a crashed worker left is run again once its lock runs out, not before', async () => {
    const { handler, runs } = countingHandler();
    const subject = await queue();
    const now = new Date();
    // A worker claimed it (attempt 1) and died: its lock still holds for a while.
    await setWorkItem(db(), subject, claimedWork(1, new Date(now.getTime() + 30_000)));
    const early = await runDueWork({ db: db(), handlers: [handler], now, batchSize: 10 });
    assert.equal(early.claimed, 0, 'not while the dead worker’s lock holds');
    assert.equal(runs.size, 0);

    const later = new Date(now.getTime() + 31_000);
    const run = await runDueWork({ db: db(), handlers: [handler], now: later, batchSize: 10 });
    assert.deepEqual(run, { claimed: 1, tallies: { done: 1 } });
    assert.equal(runs.get(subject), 1);
    assert.equal(await item(subject), undefined, 'done: the item leaves the queue');
  });

  test('a crashed claim with no attempts left is handed back as abandoned, not run again', async () => {
    const { handler, runs, abandoned } = countingHandler();
    const subject = await queue(3);
    await setWorkItem(db(), subject, claimedWork(3, new Date(Date.now() - 1000)));
    assert.equal((await runDueWork({ db: db(), handlers: [handler], batchSize: 10 })).claimed, 0);
    assert.equal(runs.size, 0);
    assert.deepEqual(abandoned, [subject]);
    assert.equal(await item(subject), undefined);
  });

  test('a claim holds the item for the claim time and counts the attempt', async () => {
    const started: Date[] = [];
    const handler: WorkHandler = {
      ...countingHandler().handler,
      run: async (claimed) => {
        started.push(claimed.lockedUntil);
        const row = await item(claimed.subjectId);
        assert.equal(row.status, 'running');
        assert.equal(row.attempts, 1);
        assert.ok(row.claimedBy?.includes(String(process.pid)));
        return { tally: 'done' };
      },
    };
    await queue();
    const now = new Date();
    await runDueWork({ db: db(), handlers: [handler], now, batchSize: 10 });
    assert.equal(started[0].getTime(), now.getTime() + WORK_CLAIM_MS);
  });

  test('failed attempts wait the one retry schedule (platform/retry.ts), then the item is given up', async () => {
    const attempts = RETRY_SCHEDULE_MS.length + 1;
    const subject = await queue(attempts);
    const random = () => 0.25;
    const { handler, runs } = countingHandler(() => ({ tally: 'failed', retry: { error: 'receiver down' } }));
    let now = new Date();
    for (let attempt = 1; attempt < attempts; attempt++) {
      const run = await runDueWork({ db: db(), handlers: [handler], now, batchSize: 10, random });
      assert.deepEqual(run.tallies, { failed: 1 });
      const waiting = await item(subject);
      assert.equal(waiting.status, 'pending');
      assert.equal(waiting.attempts, attempt);
      assert.equal(waiting.lastError, 'receiver down');
      assert.equal(waiting.runAfter.getTime() - now.getTime(), retryDelayMs(attempt, random), `wait ${attempt}`);
      // Not a moment before its time.
      const early = new Date(waiting.runAfter.getTime() - 1);
      assert.equal((await runDueWork({ db: db(), handlers: [handler], now: early, batchSize: 10 })).claimed, 0);
      now = waiting.runAfter;
    }
    // The last attempt has no time to come back at: the handler records it as given up.
    let lastRetryAt: Date | null | undefined;
    const last: WorkHandler = {
      ...handler,
      run: async (claimed) => {
        lastRetryAt = claimed.retryAt();
        return { tally: 'dead' };
      },
    };
    assert.deepEqual((await runDueWork({ db: db(), handlers: [last], now, batchSize: 10 })).tallies, { dead: 1 });
    assert.equal(lastRetryAt, null);
    assert.equal(await item(subject), undefined);
    assert.equal(runs.get(subject), attempts - 1);
  });

  test('a handler that throws leaves its item claimed, to come back when the lock runs out', async () => {
    const { handler: ok, runs } = countingHandler(undefined, 20);
    const subject = await queue();
    const other = await queue();
    const handler: WorkHandler = {
      ...ok,
      run: async (claimed) => {
        if (claimed.subjectId === subject) throw new Error('database gone');
        return ok.run(claimed, () => new Date());
      },
    };
    await assert.rejects(runDueWork({ db: db(), handlers: [handler], batchSize: 10 }), /database gone/);
    assert.equal(runs.get(other), 1, 'the rest of the batch finished first');
    assert.equal(await item(other), undefined);
    const left = await item(subject);
    assert.equal(left.status, 'running');
    assert.equal(left.attempts, 1);
  });

  test('what an attempt records commits with the queue’s step, or neither does', async () => {
    const subject = await queue();
    const failing: WorkHandler = {
      ...countingHandler().handler,
      run: async () => ({
        tally: 'done',
        record: async (tx) => {
          await tx.execute(sql`select 1`);
          throw new Error('the record failed');
        },
      }),
    };
    await assert.rejects(runDueWork({ db: db(), handlers: [failing], batchSize: 10 }), /the record failed/);
    const left = await item(subject);
    assert.equal(left.status, 'running', 'still claimed: it comes back when the lock runs out');
  });

  test('queuing a subject again moves its waiting item instead of adding one', async () => {
    const subject = await queue();
    const later = new Date(Date.now() + 60_000);
    await setWorkItem(db(), subject, { runAfter: later, attempts: 2 });
    await queueWork(db(), { kind: KIND, subjectId: subject, companyId: null, maxAttempts: 3 });
    const rows = await db().select().from(workItems).where(eq(workItems.subjectId, subject));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].attempts, 0);
    assert.ok(rows[0].runAfter < later);
  });

  test('two workers on two connections never run the same item', {
    skip: usingPostgres() ? false : 'needs TEST_DATABASE_URL (PostgreSQL): the embedded database is one connection',
  }, async () => {
    const [{ name }] = rowsOf<{ name: string }>(await db().execute(sql`select current_database() as name`));
    const url = withDatabase(process.env.TEST_DATABASE_URL!, name);
    const second = await openDatabase({ driver: 'postgres', url, poolSize: 2 });
    try {
      const subjects: string[] = [];
      for (let i = 0; i < 60; i++) subjects.push(await queue());
      const { handler, runs } = countingHandler(undefined, 3);
      const worker = async (on: Database) => {
        let total = 0;
        for (;;) {
          const { claimed } = await runDueWork({ db: on.db, handlers: [handler], batchSize: 4 });
          if (!claimed) return total;
          total += claimed;
        }
      };
      const totals = await Promise.all([worker(database), worker(second), worker(database), worker(second)]);
      assert.equal(
        totals.reduce((a, b) => a + b, 0),
        subjects.length,
      );
      assert.ok(totals[1] + totals[3] > 0, 'the second connection did claim work');
      assert.deepEqual(
        subjects.map((id) => runs.get(id)),
        subjects.map(() => 1),
      );
      assert.equal((await db().select().from(workItems)).length, 0);
    } finally {
      await second.close();
    }
  });
});

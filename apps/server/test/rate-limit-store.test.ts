import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { rateLimitCounters } from '../src/platform/rate-limit/rate-limit.tables.ts';
import { databaseRateLimitStore, memoryRateLimitStore, type RateLimitStore } from '../src/platform/rate-limit/store.ts';
import { openTestDatabase } from './helpers/database.ts';

const MINUTE = 60_000;

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

/** Both stores obey one contract; the database one is what several app processes share. */
const kinds: Array<[string, (clock: () => number) => RateLimitStore]> = [
  ['database', (clock) => databaseRateLimitStore(database.db, clock)],
  ['memory', (clock) => memoryRateLimitStore(clock)],
];

for (const [kind, makeStore] of kinds) {
  describe(`the ${kind} rate-limit store`, () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    const clock = () => now;

    test('counts hits in a fixed window, says how long is left, and starts afresh after it', async () => {
      const store = makeStore(clock);
      const key = `${kind}-window`;
      assert.deepEqual(await store.hit(key, MINUTE), { count: 1, resetInMs: MINUTE });
      now += 20_000;
      assert.deepEqual(await store.hit(key, MINUTE), { count: 2, resetInMs: 40_000 });
      assert.deepEqual(await store.peek(key), { count: 2, resetInMs: 40_000 });
      assert.equal((await store.hit(`${key}-other`, MINUTE)).count, 1, 'each key counts apart');
      now += 40_000;
      assert.deepEqual(await store.peek(key), { count: 0, resetInMs: 0 }, 'the window is over');
      assert.deepEqual(await store.hit(key, MINUTE), { count: 1, resetInMs: MINUTE });
    });

    test('a refund takes one hit back, never below zero and never from a window that is over', async () => {
      const store = makeStore(clock);
      const key = `${kind}-refund`;
      await store.hit(key, MINUTE);
      await store.hit(key, MINUTE);
      await store.refund(key);
      assert.equal((await store.peek(key)).count, 1);
      await store.refund(key);
      await store.refund(key);
      assert.equal((await store.peek(key)).count, 0);
      now += MINUTE;
      await store.refund(key);
      assert.equal((await store.hit(key, MINUTE)).count, 1);
    });

    test('a lookup and its hit: counted only when the lookup finds its row, in the same counter as `hit`', async () => {
      const store = makeStore(clock);
      const key = `${kind}-lookup`;
      const lookup = {
        name: 'test_lookup',
        sql: sql`select 'the row' as "name" where ${sql.placeholder('found')}::boolean`,
      };
      const lookUp = (found: boolean) => store.lookUpAndHit(database.db, lookup, { found }, key, MINUTE);
      assert.equal(await lookUp(false), null);
      assert.deepEqual(await store.peek(key), { count: 0, resetInMs: 0 }, 'nothing found, nothing counted');
      assert.deepEqual(await lookUp(true), {
        row: { name: 'the row' },
        hit: { count: 1, resetInMs: MINUTE },
      });
      now += 15_000;
      assert.deepEqual(await store.hit(key, MINUTE), { count: 2, resetInMs: 45_000 });
      const again = await lookUp(true);
      assert.deepEqual(again?.hit, { count: 3, resetInMs: 45_000 });
      now += 45_000;
      const fresh = await lookUp(true);
      assert.deepEqual(fresh?.hit, { count: 1, resetInMs: MINUTE }, 'a new window once the last one is over');
    });

    test('concurrent hits are each counted once', async () => {
      const store = makeStore(clock);
      const key = `${kind}-concurrent`;
      const counts = await Promise.all(Array.from({ length: 40 }, () => store.hit(key, MINUTE)));
      assert.deepEqual(
        counts.map((c) => c.count).sort((a, b) => a - b),
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
    });
  });
}

describe('the database store’s table', () => {
  test('keeps only a hash of each key and sweeps rows whose window is over', async () => {
    let now = Date.parse('2026-03-03T09:00:00Z');
    const store = databaseRateLimitStore(database.db, () => now);
    await database.db.delete(rateLimitCounters);
    await store.hit('sign-in|address|203.0.113.5', MINUTE);
    await store.hit('sign-in|account|203.0.113.5|ada@example.com', 10 * MINUTE);
    const stored = await database.db.select().from(rateLimitCounters);
    assert.equal(stored.length, 2);
    for (const row of stored) assert.match(row.keyHash, /^[0-9a-f]{64}$/, 'no address or email at rest');

    // Past the short window (and the sweep interval), the next hit deletes the expired row only.
    now += 2 * MINUTE;
    await store.hit('another-key', MINUTE);
    const [{ left }] = rowsOf<{ left: number }>(
      await database.db.execute(sql`select count(*)::int as left from rate_limit_counters`),
    );
    assert.equal(left, 2, 'the ten-minute row and the new one stay');
  });
});

describe('the database store’s durability', () => {
  test('the counters are unlogged: a hit writes no WAL, so its commit waits for no flush', async () => {
    const [table] = rowsOf<{ persistence: string }>(
      await database.db.execute(
        sql`select relpersistence as persistence from pg_class where oid = 'rate_limit_counters'::regclass`,
      ),
    );
    assert.equal(table.persistence, 'u');
  });
});

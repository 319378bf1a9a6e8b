import { and, eq, gt, lt, type SQL, sql } from 'drizzle-orm';
import { sha256 } from '../crypto.ts';
import type { Database, Db } from '../db/db.ts';
import { preparedOnce, preparedSql, type RawStatement } from '../db/prepared.ts';
import { rateLimitCounters } from './rate-limit.tables.ts';

/** One key's count in its current window, and how long until that window ends. */
export type Hit = { count: number; resetInMs: number };

/**
 * Fixed-window counters behind every rate limit in the app and the API. `hit` counts one request and
 * answers the new count; the caller compares it with its limit. `refund` takes one back (a sign-in
 * that succeeded was no guess).
 */
export type RateLimitStore = {
  hit: (key: string, windowMs: number) => Promise<Hit>;
  peek: (key: string) => Promise<Hit>;
  refund: (key: string) => Promise<void>;
  /**
   * Runs `lookup` (a select of at most one row) with `values` and, only when it finds its row, counts
   * a hit on `key`. Where the counters are a table, both go in one statement: a caller that must look
   * something up before it is counted (an API key) pays one round trip, not two.
   */
  lookUpAndHit: <Row>(
    db: Db,
    lookup: Lookup,
    values: Record<string, unknown>,
    key: string,
    windowMs: number,
  ) => Promise<{ row: Row; hit: Hit } | null>;
};

/**
 * A select whose values are `sql.placeholder`s, under a name of its own: each store builds its
 * statement once (a constant, not a function of the values) and sends it named.
 */
export type Lookup = { name: string; sql: SQL };

/** One statement per lookup's name, built the first time that lookup runs. */
function perLookup<T>(build: (lookup: Lookup) => T) {
  const built = new Map<string, T>();
  return (lookup: Lookup) => {
    let statement = built.get(lookup.name);
    if (!statement) {
      statement = build(lookup);
      built.set(lookup.name, statement);
    }
    return statement;
  };
}

export type Clock = () => number;

/** Expired rows are deleted at most this often per process, by the request that comes due. */
const SWEEP_EVERY_MS = 60_000;

const t = rateLimitCounters;

/** A hit on a key already counted at `now`: a new window once the last one ended, else one more. */
const afterHitAt = (now: unknown) => {
  const expired = sql`${t.windowEndsAt} <= ${now}::timestamptz`;
  return {
    count: sql`case when ${expired} then 1 else ${t.count} + 1 end`,
    windowEndsAt: sql`case when ${expired} then excluded.window_ends_at else ${t.windowEndsAt} end`,
  };
};

/**
 * Every API request and sign-in counts itself: a named statement, planned once per connection. The
 * table is unlogged (see its migration), so the hit's commit waits for no WAL flush.
 */
const hitStatement = preparedOnce((db) =>
  db
    .insert(t)
    .values({
      keyHash: sql.placeholder('keyHash'),
      count: 1,
      windowEndsAt: sql`${sql.placeholder('windowEndsAt')}::timestamptz`,
    })
    .onConflictDoUpdate({ target: t.keyHash, set: afterHitAt(sql.placeholder('now')) })
    .returning({ count: t.count, windowEndsAt: t.windowEndsAt })
    .prepare('rate_limit_hit'),
);

/**
 * The lookup and its hit in one statement, named after the lookup. The insert reads `found`, so a
 * lookup that finds nothing counts nothing.
 */
const lookUpAndHitStatements = perLookup((lookup) => {
  const afterHit = afterHitAt(sql.placeholder('hitNow'));
  return preparedSql<Record<string, unknown> & { hitCount: number; hitWindowEndsAt: string | Date }>(
    `${lookup.name}_and_hit`,
    () => sql`with found as (${lookup.sql}),
      hit as (insert into ${t} (key_hash, count, window_ends_at)
        select ${sql.placeholder('hitKeyHash')}, 1, ${sql.placeholder('hitWindowEndsAt')}::timestamptz from found
        on conflict (key_hash) do update set count = ${afterHit.count}, window_ends_at = ${afterHit.windowEndsAt}
        returning count, window_ends_at)
      select found.*, hit.count as "hitCount", hit.window_ends_at as "hitWindowEndsAt"
      from found cross join hit`,
  );
});
const lookUpAndHitStatement = <Row>(lookup: Lookup) =>
  lookUpAndHitStatements(lookup) as (
    db: Db,
  ) => RawStatement<Row & { hitCount: number; hitWindowEndsAt: string | Date }>;

/**
 * PostgreSQL: one `INSERT … ON CONFLICT DO UPDATE … RETURNING` per hit, so any number of app processes
 * count together and two concurrent hits never read the same count.
 */
export function databaseRateLimitStore(db: Db, clock: Clock = Date.now): RateLimitStore {
  let nextSweepAt = 0;
  const sweep = async (now: number) => {
    if (now < nextSweepAt) return;
    nextSweepAt = now + SWEEP_EVERY_MS;
    await db.delete(t).where(lt(t.windowEndsAt, new Date(now)));
  };
  const answer = (row: { count: number; windowEndsAt: Date } | undefined, now: number): Hit =>
    row && row.windowEndsAt.getTime() > now
      ? { count: row.count, resetInMs: row.windowEndsAt.getTime() - now }
      : { count: 0, resetInMs: 0 };

  return {
    hit: async (key, windowMs) => {
      const now = clock();
      await sweep(now);
      const [row] = await hitStatement(db).execute({
        keyHash: sha256(key),
        now: new Date(now).toISOString(),
        windowEndsAt: new Date(now + windowMs).toISOString(),
      });
      return answer(row, now);
    },
    lookUpAndHit: async <Row>(
      on: Db,
      lookup: Lookup,
      values: Record<string, unknown>,
      key: string,
      windowMs: number,
    ) => {
      const now = clock();
      await sweep(now);
      const [found] = await lookUpAndHitStatement<Row>(lookup)(on)({
        ...values,
        hitKeyHash: sha256(key),
        hitNow: new Date(now).toISOString(),
        hitWindowEndsAt: new Date(now + windowMs).toISOString(),
      });
      if (!found) return null;
      const { hitCount, hitWindowEndsAt, ...row } = found;
      return { row: row as Row, hit: answer({ count: hitCount, windowEndsAt: new Date(hitWindowEndsAt) }, now) };
    },
    peek: async (key) => {
      const now = clock();
      const [row] = await db
        .select({ count: t.count, windowEndsAt: t.windowEndsAt })
        .from(t)
        .where(eq(t.keyHash, sha256(key)));
      return answer(row, now);
    },
    refund: async (key) => {
      await db
        .update(t)
        .set({ count: sql`${t.count} - 1` })
        .where(and(eq(t.keyHash, sha256(key)), gt(t.count, 0), gt(t.windowEndsAt, new Date(clock()))));
    },
  };
}

/** The lookup alone (the embedded database counts in memory). */
const lookupStatements = perLookup((lookup) => preparedSql(lookup.name, () => lookup.sql));

/** The embedded database serves one process, so its counters live in that process's memory. */
export function memoryRateLimitStore(clock: Clock = Date.now): RateLimitStore {
  const counters = new Map<string, { count: number; windowEndsAt: number }>();
  let nextSweepAt = 0;
  const sweep = (now: number) => {
    if (now < nextSweepAt) return;
    nextSweepAt = now + SWEEP_EVERY_MS;
    for (const [key, counter] of counters) if (counter.windowEndsAt <= now) counters.delete(key);
  };
  const live = (key: string, now: number) => {
    const counter = counters.get(key);
    return counter && counter.windowEndsAt > now ? counter : undefined;
  };
  const answer = (counter: { count: number; windowEndsAt: number } | undefined, now: number): Hit =>
    counter ? { count: counter.count, resetInMs: counter.windowEndsAt - now } : { count: 0, resetInMs: 0 };

  const store: RateLimitStore = {
    hit: async (key, windowMs) => {
      const now = clock();
      sweep(now);
      const counter = live(key, now) ?? { count: 0, windowEndsAt: now + windowMs };
      counter.count += 1;
      counters.set(key, counter);
      return answer(counter, now);
    },
    peek: async (key) => {
      const now = clock();
      return answer(live(key, now), now);
    },
    refund: async (key) => {
      const counter = live(key, clock());
      if (counter && counter.count > 0) counter.count -= 1;
    },
    lookUpAndHit: async <Row>(
      db: Db,
      lookup: Lookup,
      values: Record<string, unknown>,
      key: string,
      windowMs: number,
    ) => {
      const [row] = await (lookupStatements(lookup) as (db: Db) => RawStatement<Row>)(db)(values);
      return row ? { row, hit: await store.hit(key, windowMs) } : null;
    },
  };
  return store;
}

/** PostgreSQL shares its counters between processes; the embedded database keeps them in memory. */
export const rateLimitStoreFor = (database: Database, clock?: Clock): RateLimitStore =>
  database.driver === 'postgres' ? databaseRateLimitStore(database.db, clock) : memoryRateLimitStore(clock);

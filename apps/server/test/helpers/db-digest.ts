import { sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/db.ts';

/**
 * Proof that a refused request wrote nothing: a digest of every table, read from the catalogue so
 * a new table is covered without anyone remembering to add it.
 *
 * Left out is what records that a request happened rather than what it changed: sessions (touched
 * as they are used), idempotency keys, rate-limit counters, the audit log (a refused sign-in is
 * recorded on purpose), and the last-seen / last-used stamps.
 */
const REQUEST_BOOKKEEPING_TABLES = new Set(['sessions', 'idempotency_keys', 'audit_log']);
const isBookkeeping = (table: string) => REQUEST_BOOKKEEPING_TABLES.has(table) || table.includes('rate_limit');
const BOOKKEEPING_COLUMNS = ['last_seen_at', 'last_used_at'];

export type Digest = Record<string, string>;

/** Each table's digest, by name, in one query. */
export async function makeDigester(db: Db) {
  const result = await db.execute(
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const tables = rowsOf<{ table_name: string }>(result)
    .map((r) => r.table_name)
    .filter((name) => !isBookkeeping(name));
  const dropped = BOOKKEEPING_COLUMNS.map((c) => ` - '${c}'`).join('');
  const query = tables
    .map(
      (name) =>
        `select '${name}' as name, md5(coalesce(string_agg(h, ',' order by h), '')) as digest ` +
        `from (select md5((to_jsonb(t)${dropped})::text) as h from "${name}" t) hashed`,
    )
    .join(' union all ');
  const digest = async (): Promise<Digest> => {
    const rows = rowsOf<{ name: string; digest: string }>(await db.execute(sql.raw(query)));
    return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
  };
  return { tables, digest };
}

/** The tables whose digest differs, for a failure message that says where the write went. */
export function changedTables(before: Digest, after: Digest): string[] {
  return Object.keys(after).filter((name) => before[name] !== after[name]);
}

/**
 * Watches for writes between calls. Hashing every table costs about as much as a request, so it is
 * done only when PostgreSQL handed out a transaction id since the last call: a transaction gets one
 * only when it writes (even if it then rolls back), so an unchanged next id means nothing was written.
 */
export async function watchWrites(db: Db) {
  const { digest } = await makeDigester(db);
  const nextTransactionId = async () =>
    rowsOf<{ next: string }>(await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as next`))[0]
      .next;
  let next = await nextTransactionId();
  let last = await digest();
  /** The tables written to since the previous call. */
  return async function writtenSinceLastCall(): Promise<string[]> {
    const now = await nextTransactionId();
    if (now === next) return [];
    const current = await digest();
    const changed = changedTables(last, current);
    // The digest reads nothing into a transaction id, so the next call starts from here.
    next = await nextTransactionId();
    last = current;
    return changed;
  };
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

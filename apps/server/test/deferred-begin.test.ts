import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/platform/db/db.ts';
import type { Db } from '../src/platform/db/db-handle.ts';
import { openTestDatabase, usingPostgres } from './helpers/database.ts';

/** drizzle wraps the database's error: its cause says what PostgreSQL refused. */
const failsWith = (pattern: RegExp) => (error: { cause?: { message?: string } }) =>
  pattern.test(error.cause?.message ?? '');

const databasePort = () => Number(new URL(process.env.TEST_DATABASE_URL ?? 'postgres://x').port || 5432);

/** How many times the process writes to the database's socket while `work` runs (a corked burst is one write). */
async function socketWrites<T>(work: () => Promise<T>): Promise<{ result: T; writes: number }> {
  const proto = net.Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
  const originals = { _write: proto._write, _writev: proto._writev };
  const port = databasePort();
  let writes = 0;
  for (const method of ['_write', '_writev'] as const)
    proto[method] = function (this: net.Socket, ...args: unknown[]) {
      if (this.remotePort === port) writes++;
      return originals[method].apply(this, args);
    };
  try {
    return { result: await work(), writes };
  } finally {
    Object.assign(proto, originals);
  }
}

/** The id of the transaction a statement runs in: the same for two statements only inside one transaction. */
const transactionId = async (db: Db) =>
  String((await db.execute(sql`select txid_current()::text as id where ${1}::int = 1`)).rows[0].id);

describe('a transaction’s BEGIN goes out with its first statement (PostgreSQL)', { skip: !usingPostgres() }, () => {
  let database: Database;
  before(async () => {
    // One connection, so nothing else writes while a test counts.
    database = await openTestDatabase({ appRole: undefined, poolSize: 1 });
    await database.db.execute(sql`select 1`);
  });
  after(() => database?.close());

  test('the first statement runs inside the transaction', async () => {
    const [first, second] = await database.db.transaction(async (tx) => [
      await transactionId(tx),
      await transactionId(tx),
    ]);
    assert.equal(first, second, 'both statements in one transaction');
    // Outside a transaction each statement is its own.
    assert.notEqual(await transactionId(database.db), await transactionId(database.db));
  });

  test('BEGIN and the first statement are one write; COMMIT another', async () => {
    const { writes } = await socketWrites(() => database.db.transaction((tx) => transactionId(tx)));
    assert.equal(writes, 2);
    const outside = await socketWrites(() => transactionId(database.db));
    assert.equal(outside.writes, 1, 'a statement alone is one write');
  });

  test('a transaction that runs no statement sends nothing', async () => {
    const { result, writes } = await socketWrites(() => database.db.transaction(async () => 42));
    assert.equal(result, 42);
    assert.equal(writes, 0);
    const refused = await socketWrites(() =>
      assert.rejects(
        database.db.transaction(async () => {
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      ),
    );
    assert.equal(refused.writes, 0);
  });

  test('a first statement that fails rolls the transaction back and leaves the connection usable', async () => {
    await assert.rejects(
      database.db.transaction((tx) => tx.execute(sql`select 1 / ${0}::int`)),
      failsWith(/division by zero/),
    );
    const status = await database.db.execute(sql`select ${'ok'}::text as status`);
    assert.equal(status.rows[0].status, 'ok');
    const [first, second] = await database.db.transaction(async (tx) => [
      await transactionId(tx),
      await transactionId(tx),
    ]);
    assert.equal(first, second);
  });

  test('a write of the first statement is undone with the transaction', async () => {
    const table = sql.raw(`deferred_begin_probe_${process.pid}`);
    await database.db.execute(sql`create table ${table} (value int)`);
    try {
      await assert.rejects(
        database.db.transaction(async (tx) => {
          await tx.execute(sql`insert into ${table} values (${1}::int)`);
          throw new Error('undo');
        }),
        /undo/,
      );
      const { rows } = await database.db.execute(sql`select count(*)::int as n from ${table}`);
      assert.equal(rows[0].n, 0);
    } finally {
      await database.db.execute(sql`drop table ${table}`);
    }
  });
});

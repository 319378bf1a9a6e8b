import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { candidates } from '../src/modules/hiring/hiring.tables.ts';
import type { Database } from '../src/platform/db/db.ts';
import { preparedPerHandle, preparedPerShape, preparedSql } from '../src/platform/db/prepared.ts';
import { openTestDatabase } from './helpers/database.ts';
import { makeCompany } from './helpers/factories.ts';

/**
 * A statement is built once and then sent through whichever handle asks for it: a transaction's
 * statements run on its connection (they see its rows, and its rollback takes them back), not on
 * the handle the statement happened to be built on (on the embedded database that would wait for
 * the transaction forever: hence the timeout).
 */
describe('statements built once, run on the caller’s handle (both databases)', { timeout: 60_000 }, () => {
  let database: Database;
  let companyId: string;
  let builds = 0;
  const namesByEmail = preparedPerHandle((db) => {
    builds++;
    return db
      .select({ firstName: candidates.firstName })
      .from(candidates)
      .where(eq(candidates.email, sql.placeholder('email')))
      .prepare('test_names_by_email');
  });
  const countByShape = preparedPerShape(
    (shape: { named: boolean }) => (shape.named ? 'named' : 'all'),
    (db, shape, key) =>
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(candidates)
        .where(shape.named ? eq(candidates.firstName, sql.placeholder('firstName')) : undefined)
        .prepare(`test_count_${key}`),
  );
  const rawCount = preparedSql<{ n: number }>(
    'test_raw_count',
    () =>
      sql`select count(*)::int as n from ${candidates} where ${candidates.companyId} = ${sql.placeholder('companyId')}`,
  );

  const insertCandidate = (db: Database['db'], firstName: string, email: string) =>
    db.insert(candidates).values({ companyId, firstName, lastName: 'Prepared', email });

  before(async () => {
    database = await openTestDatabase({ appRole: undefined, poolSize: 2 });
    companyId = (await makeCompany(database.db)).id;
  });
  after(() => database?.close());

  test('inside a transaction a statement built on the pool sees the transaction’s own rows', async () => {
    // Built on the pool handle first.
    assert.deepEqual(await namesByEmail(database.db).execute({ email: 'ada@prepared.example' }), []);
    await database.db.transaction(async (tx) => {
      await insertCandidate(tx, 'Ada', 'ada@prepared.example');
      assert.deepEqual(await namesByEmail(tx).execute({ email: 'ada@prepared.example' }), [{ firstName: 'Ada' }]);
      assert.deepEqual((await countByShape(tx, { named: true }).execute({ firstName: 'Ada' }))[0], { n: 1 });
      assert.deepEqual((await rawCount(tx)({ companyId }))[0], { n: 1 });
    });
    assert.equal(builds, 1, 'built once, not again for the transaction');
  });

  test('a rolled-back transaction’s rows are gone, whichever handle built the statement', async () => {
    const rollback = new Error('roll back');
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await insertCandidate(tx, 'Grace', 'grace@prepared.example');
        // Built inside this transaction first, this time.
        assert.deepEqual((await countByShape(tx, { named: false }).execute())[0], { n: 2 });
        assert.deepEqual(await namesByEmail(tx).execute({ email: 'grace@prepared.example' }), [{ firstName: 'Grace' }]);
        throw rollback;
      }),
      (error) => error === rollback,
    );
    // Outside it, on the pool: the statement first built in the rolled-back transaction still works.
    assert.deepEqual((await countByShape(database.db, { named: false }).execute())[0], { n: 1 });
    assert.deepEqual(await namesByEmail(database.db).execute({ email: 'grace@prepared.example' }), []);
    assert.deepEqual((await rawCount(database.db)({ companyId }))[0], { n: 1 });
  });

  test('only prepared statements can be built once (anything else would keep its first handle)', () => {
    const notAStatement = preparedPerHandle(() => new Map());
    assert.throws(() => notAStatement(database.db), /drizzle prepared statements/);
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { candidates } from '../src/modules/hiring/hiring.tables.ts';
import { type Database, openDatabase } from '../src/platform/db/db.ts';
import { preparedInsert, preparedOnce, preparedPerShape, preparedSql } from '../src/platform/db/prepared.ts';
import { openTestDatabase, PGLITE_SNAPSHOT, usingPostgres } from './helpers/database.ts';
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
  const namesByEmail = preparedOnce((db) => {
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

  const insertCandidate = (db: Database['db'], firstName: string, email: string, company = companyId) =>
    db.insert(candidates).values({ companyId: company, firstName, lastName: 'Prepared', email });

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

  test('an insert is built once per set of columns: one left out gets its default, a null stays null', async () => {
    let insertsBuilt = 0;
    const insertRow = preparedInsert('test_insert_candidate', (db, row: typeof candidates.$inferInsert, name) => {
      insertsBuilt++;
      return db
        .insert(candidates)
        .values(row)
        .returning({ lastName: candidates.lastName, email: candidates.email, language: candidates.language })
        .prepare(name);
    });
    const rows = await database.db.transaction(async (tx) => [
      ...(await insertRow(tx, { companyId, firstName: 'Lin', lastName: 'Default' })),
      ...(await insertRow(tx, {
        companyId,
        firstName: 'Lin',
        lastName: 'Given',
        email: 'lin@prepared.example',
        language: 'sv',
      })),
      // `undefined` is a column left out, as in drizzle's own insert: the first statement again.
      ...(await insertRow(tx, { companyId, firstName: 'Lin', lastName: 'Undefined', email: undefined })),
    ]);
    const lin = await insertRow(database.db, {
      companyId,
      firstName: 'Lin',
      lastName: 'Null',
      email: null,
      language: 'en',
    });
    assert.deepEqual(
      [...rows, ...lin],
      [
        { lastName: 'Default', email: null, language: 'en' },
        { lastName: 'Given', email: 'lin@prepared.example', language: 'sv' },
        { lastName: 'Undefined', email: null, language: 'en' },
        { lastName: 'Null', email: null, language: 'en' },
      ],
    );
    assert.equal(
      insertsBuilt,
      2,
      'one per set of columns (without email and language; with both, given or null), not one per value',
    );
  });

  test('a process holding both drivers runs each statement on its own driver (PostgreSQL run)', {
    skip: usingPostgres() ? false : 'needs a PostgreSQL server beside the embedded database',
  }, async () => {
    // The benchmarks measure PostgreSQL and then the embedded database in one process.
    const snapshot = new Blob([fs.readFileSync(PGLITE_SNAPSHOT)]);
    const instance = new PGlite({ loadDataDir: snapshot });
    const embedded = await openDatabase({ driver: 'pglite', instance });
    try {
      const embeddedCompany = (await makeCompany(embedded.db)).id;
      await insertCandidate(embedded.db, 'Embe', 'embe@prepared.example', embeddedCompany);
      assert.deepEqual(await namesByEmail(database.db).execute({ email: 'ada@prepared.example' }), [
        { firstName: 'Ada' },
      ]);
      assert.deepEqual(await namesByEmail(embedded.db).execute({ email: 'embe@prepared.example' }), [
        { firstName: 'Embe' },
      ]);
      assert.deepEqual((await rawCount(embedded.db)({ companyId: embeddedCompany }))[0], { n: 1 });
      assert.deepEqual(await namesByEmail(database.db).execute({ email: 'embe@prepared.example' }), []);
    } finally {
      await embedded.close();
    }
  });

  test('only prepared statements can be built once (anything else would keep its first handle)', () => {
    const notAStatement = preparedOnce(() => new Map());
    assert.throws(() => notAStatement(database.db), /drizzle prepared statements/);
  });
});

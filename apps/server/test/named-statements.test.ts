import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/platform/db/db.ts';
import { NAMED_STATEMENTS_PER_CONNECTION } from '../src/platform/db/named-statements.ts';
import { openTestDatabase, usingPostgres } from './helpers/database.ts';

type Prepared = { name: string; statement: string };

/** drizzle wraps the database's error: its cause says what PostgreSQL refused. */
const failsWith = (pattern: RegExp) => (error: { cause?: { message?: string } }) =>
  pattern.test(error.cause?.message ?? '');

/** The named statements of the pool's only connection, as PostgreSQL keeps them. */
async function preparedStatements(database: Database): Promise<Prepared[]> {
  const { rows } = await database.db.execute(sql`select name, statement from pg_prepared_statements
    where name like ${'q\\_%'} order by prepare_time`);
  return rows as Prepared[];
}

describe('statements with parameters are named by their text (PostgreSQL)', { skip: !usingPostgres() }, () => {
  let database: Database;
  before(async () => {
    // One connection, so every statement below meets the same connection's named statements.
    database = await openTestDatabase({ appRole: undefined, poolSize: 1 });
  });
  after(() => database?.close());

  test('one shape is parsed once whatever its values, and runs with each value', async () => {
    const answers: number[] = [];
    for (const value of [1, 2, 3]) {
      const { rows } = await database.db.execute(sql`select ${value}::int * 10 as answer`);
      answers.push((rows[0] as { answer: number }).answer);
    }
    assert.deepEqual(answers, [10, 20, 30]);
    const times = (await preparedStatements(database)).filter((s) => s.statement.includes('* 10 as answer'));
    assert.equal(times.length, 1, 'the three executions share one named statement');
    assert.match(times[0].name, /^q_[\w-]{20}$/);
  });

  test('statements without parameters stay unnamed (several statements in one text still work)', async () => {
    await database.db.execute(sql.raw('select 1; select 2'));
    const named = await preparedStatements(database);
    assert.ok(!named.some((s) => s.statement.includes('select 1; select 2')));
  });

  test('a statement that fails leaves its name usable on the connection', async () => {
    const divide = (by: number) => database.db.execute(sql`select 100 / ${by}::int as quotient`);
    await assert.rejects(divide(0), failsWith(/division by zero/));
    const { rows } = await divide(4);
    assert.equal((rows[0] as { quotient: number }).quotient, 25);
  });

  test('a statement PostgreSQL cannot parse fails the same way each time, not as a missing statement', async () => {
    const broken = () => database.db.execute(sql`select no_such_column from candidates where id = ${'x'}`);
    await assert.rejects(broken(), failsWith(/column "no_such_column" does not exist/));
    await assert.rejects(broken(), failsWith(/column "no_such_column" does not exist/));
  });

  test(`a connection keeps at most ${NAMED_STATEMENTS_PER_CONNECTION} named statements; the rest run unnamed`, async () => {
    const before = (await preparedStatements(database)).length;
    const shapes = NAMED_STATEMENTS_PER_CONNECTION + 20;
    for (let i = 0; i < shapes; i++) {
      const { rows } = await database.db.execute(sql`select ${i}::int as ${sql.raw(`shape_${i}`)}`);
      assert.equal((rows[0] as Record<string, number>)[`shape_${i}`], i);
    }
    const after = (await preparedStatements(database)).length;
    // The listing query itself is one more shape, named while there was room.
    assert.ok(after <= NAMED_STATEMENTS_PER_CONNECTION, `${after} named statements`);
    assert.ok(after > before, 'new shapes were named while there was room');
  });
});

import type { SQL } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Db } from './db-handle.ts';
import { rowsOf } from './ids.ts';

/**
 * A statement built once per database handle instead of on every call. Built with drizzle's
 * `.prepare('name')` it is also a named statement: node-postgres parses and plans it once per
 * connection and then only binds parameters (PGlite runs it unnamed, in process). A transaction is a
 * handle of its own, so a statement prepared on the pool never runs outside a caller's transaction.
 */
export function preparedPerHandle<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}

/**
 * `preparedPerHandle` for a query of several shapes, such as a list whose filters each add a
 * condition: one statement per shape and handle, built the first time that shape is asked for.
 * `keyOf` must tell apart every choice `build` makes; the values go in as placeholders. A list has
 * a few dozen shapes in use at most, so the statements kept stay few.
 */
export function preparedPerShape<Shape, T>(
  keyOf: (shape: Shape) => string,
  build: (db: Db, shape: Shape, key: string) => T,
) {
  const statementsOf = preparedPerHandle(() => new Map<string, T>());
  return (db: Db, shape: Shape): T => {
    const statements = statementsOf(db);
    const key = keyOf(shape);
    let statement = statements.get(key);
    if (!statement) {
      statement = build(db, shape, key);
      statements.set(key, statement);
    }
    return statement;
  };
}

/** A statement of raw SQL whose values are `sql.placeholder`s, run with them; its rows as objects. */
export type RawStatement<Row> = (values: Record<string, unknown>) => Promise<Row[]>;

/**
 * `preparedPerHandle` for raw SQL that drizzle's query builder cannot express (a `WITH` that writes,
 * say): turned into text once per handle and sent named, so neither drizzle nor PostgreSQL builds it
 * again per call. drizzle has no public API for this; its own `execute` does the same per call.
 */
export function preparedSql<Row>(name: string, build: () => SQL): (db: Db) => RawStatement<Row> {
  return preparedPerHandle((db) => {
    const { session, dialect } = db as unknown as { session: PgSession; dialect: PgDialect };
    const statement = session.prepareQuery(dialect.sqlToQuery(build()), undefined, name, false);
    return async (values) => rowsOf<Row>(await statement.execute(values));
  });
}

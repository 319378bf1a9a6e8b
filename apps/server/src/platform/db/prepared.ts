import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Db } from './db-handle.ts';
import { rowsOf } from './ids.ts';

/**
 * A handle's session: its driver (the session's class) and the client it sends through (the pool or
 * the embedded database, or a transaction's own).
 */
const sessionOf = (db: Db) => (db as unknown as { session: { client: object; constructor: object } }).session;

/**
 * A statement built once per process (and driver) instead of on every call. Built with drizzle's
 * `.prepare('name')` it is also a named statement: node-postgres parses and plans it once per
 * connection and then only binds parameters (PGlite runs it unnamed, in process).
 *
 * drizzle ties a prepared statement to the handle it was built on, and a transaction is a handle of
 * its own, so building per handle rebuilt every statement of a write on every request (its SQL text,
 * the costliest part). The statement is built once, on the first handle that asks; another handle
 * gets the same statement sending through that handle's client (a copy that differs only in
 * `client`, the one thing drizzle's `execute` reads of its handle), so it runs inside the caller's
 * transaction, on the caller's connection, and a company's walled pool stays that company's.
 */
export function preparedOnce<T extends object>(build: (db: Db) => T): (db: Db) => T {
  // One per driver: a statement is its driver's, and a process may hold the embedded database beside
  // a server's pool (the benchmarks do, one after the other).
  const builtFor = new Map<object, { statement: T; client: object }>();
  const boundTo = new WeakMap<object, T>();
  return (db) => {
    const { client, constructor: driver } = sessionOf(db);
    let built = builtFor.get(driver);
    if (!built) {
      const statement = build(db);
      // Anything else (a Map, a closure) would keep the first handle's connection: refuse it at once.
      if ((statement as { client?: unknown }).client !== client)
        throw new Error('preparedOnce builds drizzle prepared statements (`.prepare(name)`) only');
      built = { statement, client };
      builtFor.set(driver, built);
    }
    if (client === built.client) return built.statement;
    let bound = boundTo.get(client);
    if (!bound) {
      // A copy with its own properties (not a view through the prototype chain): it keeps the
      // statement's shape, so `execute` stays as fast on it as on the original.
      bound = Object.assign(Object.create(Object.getPrototypeOf(built.statement)), built.statement, { client }) as T;
      boundTo.set(client, bound);
    }
    return bound;
  };
}

/**
 * `preparedOnce` for a query of several shapes, such as a list whose filters each add a
 * condition: one statement per shape, built the first time that shape is asked for.
 * `keyOf` must tell apart every choice `build` makes; the values go in as placeholders. A list has
 * a few dozen shapes in use at most, so the statements kept stay few.
 */
export function preparedPerShape<Shape, T extends object>(
  keyOf: (shape: Shape) => string,
  build: (db: Db, shape: Shape, key: string) => T,
) {
  const shapes = new Map<string, (db: Db) => T>();
  return (db: Db, shape: Shape): T => {
    const key = keyOf(shape);
    let statement = shapes.get(key);
    if (!statement) {
      statement = preparedOnce((handle) => build(handle, shape, key));
      shapes.set(key, statement);
    }
    return statement(db);
  };
}

/**
 * A one-row insert built once per set of columns given (a column left out gets its default), its
 * values bound as placeholders. drizzle otherwise builds an insert's SQL (each of the table's
 * columns, `default` for those not given) on every call: a check's start spent more of its Node time
 * building its inserts than sending them. `build` gets the row as placeholders (typed as the row, the
 * form drizzle's `values` takes) and the statement's name, and adds what it needs (`returning`,
 * `on conflict`) before `.prepare(name)`. A value that is itself SQL cannot be a placeholder: such an
 * insert stays a plain one. `extra` binds the statement's other placeholders (those `build` names
 * itself, in a `WITH` that writes beside the row, say); they do not change its shape.
 */
export function preparedInsert<Row extends object, Result>(
  name: string,
  build: (db: Db, row: Row, statementName: string) => { execute(values: Record<string, unknown>): Promise<Result> },
): (db: Db, row: Row, extra?: Record<string, unknown>) => Promise<Result> {
  const statementOf = preparedPerShape(
    (columns: string[]) => columns.join(' '),
    (db, columns, key) => {
      const placeholders = Object.fromEntries(columns.map((column) => [column, sql.placeholder(column)]));
      const suffix = createHash('sha1').update(key).digest('base64url').slice(0, 10);
      return build(db, placeholders as Row, `${name}_${suffix}`);
    },
  );
  return (db, row, extra) => {
    const values = row as Record<string, unknown>;
    const columns = Object.keys(values)
      .filter((column) => values[column] !== undefined)
      .sort();
    return statementOf(db, columns).execute(extra ? { ...extra, ...values } : values);
  };
}

/** A statement of raw SQL whose values are `sql.placeholder`s, run with them; its rows as objects. */
export type RawStatement<Row> = (values: Record<string, unknown>) => Promise<Row[]>;

/**
 * `preparedOnce` for raw SQL that drizzle's query builder cannot express (a `WITH` that writes,
 * say): turned into text once and sent named, so neither drizzle nor PostgreSQL builds it
 * again per call. drizzle has no public API for this; its own `execute` does the same per call.
 */
export function preparedSql<Row>(name: string, build: () => SQL): (db: Db) => RawStatement<Row> {
  const statementOf = preparedOnce((db) => {
    const { session, dialect } = db as unknown as { session: PgSession; dialect: PgDialect };
    return session.prepareQuery(dialect.sqlToQuery(build()), undefined, name, false);
  });
  return (db) => {
    const statement = statementOf(db);
    return async (values) => rowsOf<Row>(await statement.execute(values));
  };
}

import type { Db } from './db-handle.ts';

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

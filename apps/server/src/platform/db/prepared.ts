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

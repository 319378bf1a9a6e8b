import type { Database } from '../../src/platform/db/db.ts';

type Queryable = { query: (...args: never[]) => unknown };

const recordings: string[][] = [];

/**
 * Records the SQL text of every statement the database runs from now on, whichever driver: the
 * handle's client (PGlite instance or pg pool) and the connections and transactions it hands out are
 * wrapped, so statements of Drizzle, raw SQL and transactions alike are seen. Tests only.
 */
export function recordStatements(database: Database): string[] {
  const statements: string[] = [];
  // A second recording on the same database (the next test of a file) finds its client already
  // wrapped: every wrapper writes to each recording made so far.
  recordings.push(statements);
  const wrapQuery = <T extends Queryable>(target: T): T => {
    if ((target as { recorded?: boolean }).recorded) return target;
    const query = target.query.bind(target) as (...args: unknown[]) => unknown;
    const recording = (...args: unknown[]) => {
      const first = args[0];
      const text = typeof first === 'string' ? first : String((first as { text?: string }).text);
      for (const list of recordings) list.push(text);
      return query(...args);
    };
    // The query counter hands out PGlite transactions whose `query` is read-only: record on an
    // object in front of such a one instead of changing it.
    const own = Object.getOwnPropertyDescriptor(target, 'query');
    if (own && !own.writable && !own.configurable)
      return Object.create(target, { query: { value: recording }, recorded: { value: true } }) as T;
    Object.assign(target, { recorded: true, query: recording });
    return target;
  };
  const client = (database.db as unknown as { $client: Queryable }).$client ?? database.pglite;
  wrapQuery(client);
  if (database.driver === 'pglite') {
    const pglite = database.pglite!;
    const transaction = pglite.transaction.bind(pglite);
    pglite.transaction = (run) => transaction((tx) => run(wrapQuery(tx)));
  } else {
    // pg's own pool.query() takes its connection through connect(callback): both forms are wrapped.
    type Callback = (error: Error | undefined, client: Queryable, release: () => void) => void;
    const pool = client as unknown as { connect: (callback?: Callback) => Promise<Queryable> | undefined };
    const connect = pool.connect.bind(pool);
    pool.connect = (callback?: Callback) =>
      callback
        ? connect((error, connection, release) => callback(error, connection && wrapQuery(connection), release))
        : connect()!.then(wrapQuery);
  }
  return statements;
}

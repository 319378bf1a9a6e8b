import type pg from 'pg';

/**
 * A transaction's BEGIN travels with its first statement: one round trip and one socket write
 * instead of two. drizzle sends `begin` and waits for its answer before the transaction's first
 * statement; here that wait is answered at once, and BEGIN is written when the first statement is,
 * in one write, on a connection in node-postgres's pipeline mode (the pool sets `pipeline: true`),
 * which sends a query without waiting for the one before. The server runs them in order, so the
 * statement runs inside the transaction, and each keeps its own answer: BEGIN's error, should it
 * have one, fails the statement's call. A transaction that ends before any statement sends neither
 * its BEGIN nor its COMMIT or ROLLBACK.
 *
 * A plain `begin` only: one with options (an isolation level) is sent as it comes.
 */
const BEGIN = /^\s*begin\s*;?\s*$/i;
const END = /^\s*(commit|rollback)\s*;?\s*$/i;

type Query = (...args: unknown[]) => unknown;

const textOf = (config: unknown) =>
  typeof config === 'string' ? config : ((config as { text?: unknown } | null)?.text ?? '');

const hasValues = (args: unknown[]) => {
  const config = args[0] as { values?: unknown[] } | string;
  const values = typeof config === 'object' && config !== null ? config.values : undefined;
  return Boolean(values?.length || (Array.isArray(args[1]) && args[1].length));
};

/** What node-postgres answers a statement with no rows, for the calls answered here. */
const answered = (command: string) =>
  Promise.resolve({ command, rowCount: null, oid: null, rows: [], fields: [] } as unknown as pg.QueryResult);

/** Wraps each new connection's `query` so that a transaction's BEGIN goes out with its first statement. */
export function deferBegin(pool: pg.Pool) {
  pool.on('connect', (client) => {
    const send = client.query.bind(client) as Query;
    const stream = (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection
      .stream;
    let beginWaits = false;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const text = String(textOf(args[0]));
      if (!hasValues(args) && BEGIN.test(text) && typeof args.at(-1) !== 'function') {
        beginWaits = true;
        return answered('BEGIN');
      }
      if (!beginWaits) return send(...args);
      beginWaits = false;
      // Nothing ran in the transaction: there is nothing to begin or end.
      const ended = hasValues(args) ? null : END.exec(text);
      if (ended) return answered(ended[1].toUpperCase());
      stream.cork();
      let begun: Promise<unknown>;
      let result: unknown;
      try {
        begun = send('begin') as Promise<unknown>;
        result = send(...args);
      } finally {
        stream.uncork();
      }
      if (!(result instanceof Promise)) {
        // A callback or a submittable: it reports its own outcome; BEGIN's failure would show in it.
        begun.catch(() => {});
        return result;
      }
      return Promise.all([begun, result]).then(([, answer]) => answer);
    };
  });
}

import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { COMPANY_SWITCH } from './company-wall.ts';

/**
 * Counts the statements a process sends to its database, BEGIN and COMMIT included, so a test can
 * hold a route to its query budget. Counting is one addition per statement; the texts are kept only
 * while someone records them.
 */
export type QueryCounter = {
  /** Statements sent since the process opened the database. */
  readonly total: number;
  /** Runs `work` and returns what it returned with the statements sent meanwhile. */
  record: <T>(work: () => Promise<T>) => Promise<{ result: T; statements: string[] }>;
};

type Sink = { total: number; recording: string[][] };

function textOf(query: unknown): string {
  if (typeof query === 'string') return query;
  const config = query as { text?: string; name?: string } | null;
  return config?.text ?? config?.name ?? String(query);
}

function counterOf(sink: Sink): QueryCounter {
  return {
    get total() {
      return sink.total;
    },
    async record(work) {
      const statements: string[] = [];
      sink.recording.push(statements);
      try {
        return { result: await work(), statements };
      } finally {
        sink.recording.splice(sink.recording.indexOf(statements), 1);
      }
    },
  };
}

function note(sink: Sink, query: unknown) {
  sink.total++;
  for (const statements of sink.recording) statements.push(textOf(query));
}

/**
 * node-postgres: every statement goes through a pooled client's `query`, the pool's own included;
 * with the company wall, both pools count into one counter. The wall's switch of a connection to a
 * company is not counted: it comes once per connection and company, not per request (what it costs
 * is measured by the row-security benchmark), and counting it would make a budget depend on which
 * connection a request happened to get.
 */
export function countPoolQueries(pools: pg.Pool[]): QueryCounter {
  const sink: Sink = { total: 0, recording: [] };
  for (const pool of pools) {
    pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        if (textOf(args[0]) !== COMPANY_SWITCH) note(sink, args[0]);
        return query(...args);
      };
    });
  }
  return counterOf(sink);
}

type Send = (text: string, ...rest: unknown[]) => unknown;

/** The same sending function, counting what it sends. */
function counting(sink: Sink, send: Send): Send {
  return (text, ...rest) => {
    note(sink, text);
    return send(text, ...rest);
  };
}

/** PGlite: `query` and `exec`, and inside a transaction its own `query`/`exec` plus BEGIN and COMMIT. */
export function countPgliteQueries(instance: PGlite): QueryCounter {
  const sink: Sink = { total: 0, recording: [] };
  const transaction = instance.transaction.bind(instance);
  instance.query = counting(sink, instance.query.bind(instance) as Send) as PGlite['query'];
  instance.exec = counting(sink, instance.exec.bind(instance) as Send) as PGlite['exec'];
  instance.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) => {
    note(sink, 'BEGIN');
    return transaction(async (tx) => {
      const counted: Transaction = Object.create(tx, {
        query: { value: counting(sink, tx.query as Send) },
        exec: { value: counting(sink, tx.exec as Send) },
      });
      const result = await callback(counted);
      note(sink, 'COMMIT');
      return result;
    });
  }) as PGlite['transaction'];
  return counterOf(sink);
}

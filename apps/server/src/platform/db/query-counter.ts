import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

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

/** node-postgres: every statement goes through a pooled client's `query`, the pool's own included. */
export function countPoolQueries(pool: pg.Pool): QueryCounter {
  const sink: Sink = { total: 0, recording: [] };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      note(sink, args[0]);
      return query(...args);
    };
  });
  return counterOf(sink);
}

/** PGlite: `query` and `exec`, and inside a transaction its own `query`/`exec` plus BEGIN and COMMIT. */
export function countPgliteQueries(instance: PGlite): QueryCounter {
  const sink: Sink = { total: 0, recording: [] };
  const query = instance.query.bind(instance);
  const exec = instance.exec.bind(instance);
  const transaction = instance.transaction.bind(instance);
  instance.query = ((text: string, ...rest: unknown[]) => {
    note(sink, text);
    return (query as (...args: unknown[]) => unknown)(text, ...rest);
  }) as PGlite['query'];
  instance.exec = ((text: string, ...rest: unknown[]) => {
    note(sink, text);
    return (exec as (...args: unknown[]) => unknown)(text, ...rest);
  }) as PGlite['exec'];
  instance.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) => {
    note(sink, 'BEGIN');
    return transaction(async (tx) => {
      const counted: Transaction = Object.create(tx, {
        query: {
          value: (text: string, ...rest: unknown[]) => (
            note(sink, text), (tx.query as (...a: unknown[]) => unknown)(text, ...rest)
          ),
        },
        exec: {
          value: (text: string, ...rest: unknown[]) => (
            note(sink, text), (tx.exec as (...a: unknown[]) => unknown)(text, ...rest)
          ),
        },
      });
      const result = await callback(counted);
      note(sink, 'COMMIT');
      return result;
    });
  }) as PGlite['transaction'];
  return counterOf(sink);
}

import { fork } from 'node:child_process';
import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import type { LoadRequest, LoadResult } from './load.ts';

export type Stats = { p50: number; p95: number; p99: number; perSecond: number; count: number; failures: number };

/** Nearest-rank percentile of samples sorted ascending. */
const percentile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

export function statsOf(samplesMs: number[], seconds: number, failures = 0): Stats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    perSecond: samplesMs.length / seconds,
    count: samplesMs.length,
    failures,
  };
}

/**
 * Times `iterations` calls made `concurrency` at a time, after a warm-up that fills caches and the
 * connection pool, so the figures compare with HTTP at the same number of connections.
 */
export async function timeCalls(
  call: () => Promise<unknown>,
  { iterations, concurrency, warmup = 30 }: { iterations: number; concurrency: number; warmup?: number },
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await call();
  const samples: number[] = [];
  let started = 0;
  const lane = async () => {
    while (started++ < iterations) {
      const begin = performance.now();
      await call();
      samples.push(performance.now() - begin);
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, lane));
  return statsOf(samples, (performance.now() - begin) / 1000);
}

/** Runs autocannon against `url` from a child process and returns latency and throughput. */
export function loadHttp(request: LoadRequest): Promise<Stats> {
  return new Promise((resolve, reject) => {
    // The child inherits this process's loader flags, so it runs TypeScript like we do.
    const child = fork(new URL('./load.ts', import.meta.url));
    child.once('message', (result: LoadResult) => {
      resolve(statsOf(result.latenciesMs, result.seconds, result.non2xx + result.errors));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
    child.send(request);
  });
}

/** A short warm-up through HTTP so the first measured requests don't pay for JIT and cold caches. */
export async function warmUp(url: string, headers: Record<string, string>, times = 50) {
  for (let i = 0; i < times; i++) {
    const res = await fetch(url, { headers });
    if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  }
}

/** The benchmarks' HTTP latency: a short warm-up, then `seconds` of requests over one connection. */
export async function loadHttpOneConnection(url: string, headers: Record<string, string>, seconds: number) {
  await warmUp(url, headers, 20);
  return loadHttp({ url, headers, connections: 1, seconds });
}

/** Milliseconds for the reports: two decimals under 10 ms, one above. */
export const formatMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/** A report cell of `p50 / p95`, or a dash where nothing was measured. */
export const p50p95 = (stats: Stats | null) => (stats ? `${formatMs(stats.p50)} / ${formatMs(stats.p95)}` : '–');

/** The `p50 ms | p95 ms | req/s` cells of a report row. */
export const latencyCells = (stats: Stats) =>
  `${formatMs(stats.p50)} | ${formatMs(stats.p95)} | ${Math.round(stats.perSecond).toLocaleString('en')}`;

/** The `met` cell: blank where no target applies. */
export const metMark = (met: boolean | undefined) => (met === undefined ? '' : met ? '✓' : '✗');

/** `explain analyze` of `statement`, indented for the report's plans section. */
export async function queryPlan(db: Database['db'], statement: SQL) {
  const lines = rowsOf<{ 'QUERY PLAN': string }>(await db.execute(sql`explain analyze ${statement}`));
  return lines.map((line) => `    ${line['QUERY PLAN']}`).join('\n');
}

/** Counts the statements node-postgres sends while `run` runs (null on PGlite, which has no client). */
export async function countingQueries<T>(driver: string, run: () => Promise<T>) {
  if (driver !== 'PostgreSQL') return { result: await run(), queries: null };
  const original = pg.Client.prototype.query;
  let queries = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await run(), queries };
  } finally {
    pg.Client.prototype.query = original;
  }
}

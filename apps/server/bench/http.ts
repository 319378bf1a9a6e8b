import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/db.ts';
import { openBenchDatabase } from './dataset.ts';

/**
 * What the benchmarks share around HTTP: signing in, serving the app on a free port, and running one
 * benchmark on its own (`tsx bench/<name>.ts`) beside the full `npm run bench`.
 */

export type Credentials = { email: string; password: string };

/** Production settings need a secret key on PostgreSQL; a bench's messages live only as long as it runs. */
export const BENCH_SECRET_KEY = randomBytes(32).toString('base64');

async function postSignIn(base: string, credentials: Credentials) {
  const post = () =>
    fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
  // After a long in-process load on PGlite the event loop was blocked past the server's keep-alive, so
  // the pooled socket may be gone: one retry on a fresh one, not a failed bench run.
  const res = await post().catch(post);
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('vouch_session='));
  return { res, cookie: session!.split(';')[0] };
}

/** Signs in and returns the request headers of the session, as `warmUp` and `loadHttp` take them. */
export async function signIn(base: string, credentials: Credentials): Promise<Record<string, string>> {
  const { cookie } = await postSignIn(base, credentials);
  return { cookie };
}

/** Signs in for writes: the session cookie and the CSRF token they must send beside it. */
export async function signInForWrites(base: string, credentials: Credentials) {
  const { res, cookie } = await postSignIn(base, credentials);
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** Serves `app` on a free port of 127.0.0.1 and returns its base URL. */
export async function listen(app: FastifyInstance) {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

export type DatabaseLabel = 'PostgreSQL' | 'PGlite';

/**
 * One benchmark alone: for each of BENCH_DRIVERS a fresh database named `databaseName` (its own, so it
 * can run beside the full benchmark), the app on a free port, `measure`, then the report section and
 * the query plans on stdout.
 */
export async function runAlone<Result extends { plans: string[] }>({
  databaseName,
  measure,
  report,
}: {
  databaseName: string;
  measure: (db: Database['db'], base: string, database: DatabaseLabel, seconds: number) => Promise<Result>;
  report: (results: Result[]) => string[];
}) {
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const drivers = (process.env.BENCH_DRIVERS ?? 'postgres,pglite').split(',') as ('postgres' | 'pglite')[];
  const results: Result[] = [];
  for (const driver of drivers) {
    const database = await openBenchDatabase(driver, serverUrl, databaseName);
    const config = loadConfig({
      NODE_ENV: 'production',
      VOUCH_SECRET_KEY: BENCH_SECRET_KEY,
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'never',
      WORKER: 'off',
      // One address sends everything: the public links' per-address limit would answer 429.
      PUBLIC_LINK_RATE_LIMIT: '1000000',
      // One API key sends everything: the integration API's per-key limit would answer 429.
      API_RATE_LIMIT: '100000000',
    });
    const app = await buildApp({ config, database, logger: false });
    const base = await listen(app);
    try {
      const label = driver === 'postgres' ? 'PostgreSQL' : 'PGlite';
      results.push(await measure(database.db, base, label, Number(process.env.BENCH_SECONDS ?? 6)));
    } finally {
      await app.close();
      await database.close();
    }
  }
  console.log([...report(results), '## Query plans', '', ...results.flatMap((r) => r.plans)].join('\n'));
}

/** Whether the module at `moduleUrl` is the script node was started with, rather than imported by run.ts. */
export const isEntryPoint = (moduleUrl: string) =>
  Boolean(process.argv[1] && moduleUrl.endsWith(process.argv[1].split('/').pop()!));

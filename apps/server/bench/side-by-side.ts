/**
 * `side by side`: Vouch's routes beside what the same machine answers without Vouch, in one process
 * tree and one database — a bare Fastify route, and a hand-written Fastify route on the same database
 * client that looks the session up and reads one candidate with two prepared statements (no ORM, no
 * schema validation, no hooks) — each at 1, 10 and 50 connections, with the ratio of req/s to the
 * hand-written route. Every request says it accepts gzip, as browsers do.
 *
 * Run alone with `tsx bench/side-by-side.ts` (BENCH_DRIVERS, BENCH_SECONDS as in run.ts; BENCH_SIZE sets
 * the candidates, BENCH_BOARD_SIZE the referrals); it uses its own database.
 */
import http from 'node:http';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { referenceApiAccess, startBody } from './api-v1.ts';
import { BOARD_RECRUITER, createBoardDataset } from './board-dataset.ts';
import { createDataset, RECRUITER } from './dataset.ts';
import { handWrittenServer } from './hand-written.ts';
import { isEntryPoint, listen, runAlone, signIn } from './http.ts';
import { formatMs, loadHttp, metMark, type Stats, warmUp } from './measure.ts';
import { createReferenceDataset, REFERENCE_RECRUITER } from './reference-dataset.ts';

const CONNECTIONS = [1, 10, 50] as const;
const HAND_WRITTEN_READ = 'hand-written Fastify + pg: session + one candidate, prepared';
const HAND_WRITTEN_START = 'hand-written start of a check: key, version, 6 inserts in a transaction, prepared';
const GZIP = { 'accept-encoding': 'gzip' };

type Target = { describe: string; met: (stats: Stats, ratio: number, connections: number) => boolean | undefined };
type Route = {
  name: string;
  url: string;
  headers: Record<string, string>;
  post?: { body: string };
  target?: Target;
  /** The route whose req/s this one's ratio divides by: the hand-written read unless named. */
  yardstick?: string;
};
type Row = { route: string; connections: number; stats: Stats; ratio: number; target?: string; met?: boolean };
export type SideBySideResult = { database: string; notes: string[]; rows: Row[]; plans: string[] };

const shareOfHandWritten = (share: number): Target => ({
  describe: `≥ ${share * 100}% of hand-written req/s`,
  met: (_stats, ratio) => ratio >= share,
});

/** The API key, template and completed check of the reference company (made by the api-v1 bench when it ran first). */
async function referenceRoutes(db: Database['db'], base: string, handWrittenBase: string): Promise<Route[]> {
  const [existing] = rowsOf<{ companyId: string; membershipId: string }>(
    await db.execute(sql`select m.company_id as "companyId", m.id as "membershipId"
      from users u join memberships m on m.user_id = u.id where u.email = ${REFERENCE_RECRUITER.email}`),
  );
  const { companyId, membershipId } =
    existing ?? (await createReferenceDataset(db, Number(process.env.BENCH_REFERENCE_CHECKS ?? 2_000), 2));
  const { key, template, check } = await referenceApiAccess(db, companyId, membershipId, 'Side by side');
  const headers = { ...GZIP, authorization: `Bearer ${key}` };
  return [
    {
      name: 'GET /api/v1/reference-checks/{id}',
      url: `${base}/api/v1/reference-checks/${check.id}`,
      headers,
      target: shareOfHandWritten(0.5),
    },
    {
      name: HAND_WRITTEN_START,
      url: `${handWrittenBase}/reference-checks`,
      headers: { ...headers, 'content-type': 'application/json' },
      post: { body: startBody(template.id) },
    },
    {
      name: 'POST /api/v1/reference-checks (a new candidate each)',
      yardstick: HAND_WRITTEN_START,
      url: `${base}/api/v1/reference-checks`,
      headers: { ...headers, 'content-type': 'application/json' },
      post: { body: startBody(template.id) },
      target: {
        describe: '≥ 500 req/s',
        met: (stats, _ratio, connections) => (connections === 1 ? undefined : stats.perSecond >= 500),
      },
    },
  ];
}

/** The board's recruiter (the referral board bench's company when it ran first, else a smaller one). */
async function boardRoute(db: Database['db'], base: string): Promise<Route> {
  const [existing] = rowsOf<{ departmentId: string }>(
    await db.execute(sql`select d.id as "departmentId" from users u join memberships m on m.user_id = u.id
      join departments d on d.company_id = m.company_id where u.email = ${BOARD_RECRUITER.email} order by d.name limit 1`),
  );
  const departmentId =
    existing?.departmentId ??
    (await createBoardDataset(db, Number(process.env.BENCH_BOARD_SIZE ?? 20_000))).departmentId;
  const headers = { ...GZIP, ...(await signIn(base, BOARD_RECRUITER)) };
  return {
    name: 'GET /api/referrals (board, first page of 50)',
    url: `${base}/api/referrals?tab=active&source=referral_request&departmentId=${departmentId}&limit=50`,
    headers,
  };
}

/**
 * The routes of the table in order, the first two served by their own servers (closed by `close`):
 * the bare route and the hand-written yardstick. Makes the datasets the routes need when missing.
 */
export async function sideBySideRoutes(db: Database['db'], base: string) {
  const [existing] = rowsOf<{ companyId: string }>(
    await db.execute(sql`select m.company_id as "companyId" from users u join memberships m on m.user_id = u.id
      where u.email = ${RECRUITER.email}`),
  );
  if (!existing) await createDataset(db, Number(process.env.BENCH_SIZE ?? 10_000));
  const [job] = rowsOf<{ companyId: string; jobId: string; stepId: string; candidateId: string }>(
    await db.execute(sql`select p.company_id as "companyId", p.job_id as "jobId", p.step_id as "stepId",
        p.candidate_id as "candidateId"
      from users u join memberships m on m.user_id = u.id join placements p on p.company_id = m.company_id
      where u.email = ${RECRUITER.email} order by p.job_id, p.step_id desc limit 1`),
  );
  const session = { ...GZIP, ...(await signIn(base, RECRUITER)) };
  const handWritten = await handWrittenServer(db);
  const bare = Fastify({ logger: false });
  bare.get('/ping', () => ({ ok: true }));
  const bareBase = await listen(bare);
  const routes: Route[] = [
    { name: 'bare Fastify GET /ping', url: `${bareBase}/ping`, headers: {} },
    {
      name: HAND_WRITTEN_READ,
      url: `${handWritten.base}/candidates/${job.candidateId}`,
      headers: session,
    },
    { name: 'GET /api/auth/me', url: `${base}/api/auth/me`, headers: session, target: shareOfHandWritten(0.6) },
    {
      name: 'GET /api/candidates/{id}',
      url: `${base}/api/candidates/${job.candidateId}`,
      headers: session,
      target: shareOfHandWritten(0.5),
    },
    {
      name: 'GET /api/candidates (one step, 50 a page)',
      url: `${base}/api/candidates?jobId=${job.jobId}&stepId=${job.stepId}&sort=updated_desc&limit=50`,
      headers: session,
      target: {
        describe: 'p95 < 30 ms at 10',
        met: (stats, _r, connections) => (connections === 10 ? stats.p95 < 30 : undefined),
      },
    },
    await boardRoute(db, base),
    ...(await referenceRoutes(db, base, handWritten.base)),
  ];
  const close = async () => {
    await handWritten.app.close();
    await bare.close();
  };
  return { routes, close };
}

/** `route` under load at `connections` for `seconds`; a POST sends a new record's body each time. */
export const loadRoute = (route: Route, connections: number, seconds: number) =>
  loadHttp({
    url: route.url,
    headers: route.headers,
    connections,
    seconds,
    ...(route.post ? { method: 'POST', body: route.post.body, uniqueIds: true } : {}),
  });

export async function measureSideBySide(
  db: Database['db'],
  base: string,
  database: string,
  seconds: number,
): Promise<SideBySideResult> {
  const onPg = database === 'PostgreSQL';
  const { routes, close } = await sideBySideRoutes(db, base);
  const rows: Row[] = [];
  // Each yardstick's req/s at each number of connections, by route name.
  const measured = new Map<string, Map<number, number>>();
  try {
    for (const route of routes) {
      if (!route.post) await warmUp(route.url, route.headers);
      for (const connections of CONNECTIONS) {
        const stats = await loadRoute(route, connections, seconds);
        if (!measured.has(route.name)) measured.set(route.name, new Map());
        measured.get(route.name)!.set(connections, stats.perSecond);
        const yardstick = measured.get(route.yardstick ?? HAND_WRITTEN_READ)?.get(connections);
        const ratio = stats.perSecond / (yardstick ?? Number.NaN);
        const met = onPg && route.target ? route.target.met(stats, ratio, connections) : undefined;
        rows.push({ route: route.name, connections, stats, ratio, target: route.target?.describe, met });
      }
    }
  } finally {
    await close();
  }
  // The answer sizes: as JSON, as sent to a client that accepts gzip, and the headers beside them.
  const notes: string[] = [];
  for (const route of routes.slice(2)) {
    if (route.post) continue;
    const plain = await rawGet(route.url, { ...route.headers, 'accept-encoding': 'identity' });
    const gzipped = await rawGet(route.url, route.headers);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    notes.push(
      `${route.name}: ${kb(plain.bodyBytes)} of JSON, ${kb(gzipped.bodyBytes)} sent ` +
        `(${gzipped.encoding ?? 'uncompressed'}), ${plain.headerBytes} bytes of headers`,
    );
  }
  return { database, notes, rows, plans: [] };
}

/** One GET as it goes over the wire: the body's bytes as sent (fetch would decompress them) and the headers'. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ bodyBytes: number; headerBytes: number; encoding: string | undefined }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let bodyBytes = 0;
        res.on('data', (chunk: Buffer) => {
          bodyBytes += chunk.length;
        });
        res.on('end', () => {
          const headerBytes = res.rawHeaders.reduce((n, part) => n + part.length + 2, 0);
          resolve({ bodyBytes, headerBytes, encoding: res.headers['content-encoding'] });
        });
      })
      .on('error', reject);
  });
}

export function sideBySideReport(results: SideBySideResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Side by side: Vouch beside a bare route and a hand-written route',
    '',
    'All in this process tree and on the same database: a bare Fastify route; a hand-written Fastify route that looks ' +
      'the session up and reads one candidate with two prepared statements through the same database client (the ' +
      'yardstick of the reads’ ratios); a hand-written start of a check that reads the API key and the questionnaire’s ' +
      'version and writes the six rows a started check needs in one transaction, checking no rules (the yardstick of ' +
      'the POST’s ratio: the floor under what a start costs on this schema); and Vouch’s routes. Each at 1, 10 and 50 ' +
      'connections; ratio = req/s ÷ its yardstick’s req/s at the same connections. Targets are judged on PostgreSQL.',
    '',
    '| database | route | conns | req/s | p50 ms | p95 ms | p99 ms | ratio | failures | target | met |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|:-:|',
    ...results.flatMap((r) =>
      r.rows.map(
        (row) =>
          `| ${r.database} | ${row.route} | ${row.connections} | ${Math.round(row.stats.perSecond).toLocaleString('en')} | ` +
          // Nothing answered within the run (every request still queued at its end): no latency to show.
          (row.stats.count
            ? `${formatMs(row.stats.p50)} | ${formatMs(row.stats.p95)} | ${formatMs(row.stats.p99)} | `
            : '> run | > run | > run | ') +
          `${Number.isFinite(row.ratio) ? `${Math.round(row.ratio * 100)}%` : '–'} | ${row.stats.failures} | ` +
          `${row.target ?? ''} | ${metMark(row.met)} |`,
      ),
    ),
    '',
    ...results.flatMap((r) => r.notes.map((note) => `- ${r.database}: ${note}`)),
    '',
  ];
}

if (isEntryPoint(import.meta.url)) {
  await runAlone({
    databaseName: process.env.BENCH_DATABASE_NAME ?? 'vouch_bench_side_by_side',
    measure: measureSideBySide,
    report: sideBySideReport,
  });
}

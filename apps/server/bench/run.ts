import fs from 'node:fs';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { listCandidates } from '../src/modules/hiring/candidates.repo.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { decodeCursor } from '../src/platform/http/cursor.ts';
import { type ApiV1Result, apiV1Report, bareFastifyCeiling, measureApiV1 } from './api-v1.ts';
import { type CareersPageResult, careersPageReport, measureCareersPage } from './careers-page.ts';
import { type ConnectionsResult, connectionsReport, measureConnections } from './connections.ts';
import { type ContactsImportResult, contactsImportReport, measureContactsImport } from './contacts-import.ts';
import { createDataset, openBenchDatabase, RECRUITER } from './dataset.ts';
import { type FootprintResult, footprintReport, measureFootprint } from './footprint.ts';
import { BENCH_SECRET_KEY, listen, signIn } from './http.ts';
import {
  type ImportConcurrencyResult,
  importConcurrencyReport,
  measureImportConcurrency,
} from './import-concurrency.ts';
import { formatMs, loadHttp, metMark, queryPlan, type Stats, timeCalls, warmUp } from './measure.ts';
import { measureNetworkSearch, type NetworkSearchResult, networkSearchReport } from './network-search.ts';
import {
  ensureWebBuilt,
  measureReferenceChecks,
  type ReferenceChecksResult,
  referenceChecksReport,
} from './reference-checks.ts';
import { type BoardBenchResult, measureReferralBoard, referralBoardReport } from './referral-board.ts';
import { type BonusBenchResult, measureReferralBonuses, referralBonusesReport } from './referral-bonuses.ts';
import { measureRetention, type RetentionBenchResult, retentionReport } from './retention.ts';
import { measureSideBySide, type SideBySideResult, sideBySideReport } from './side-by-side.ts';
import { measureTriage, type TriageResult, triageReport } from './triage.ts';

/**
 * `npm run bench`: the candidate list a recruiter opens most (one job, one step, latest first) over
 * 50,000 candidates, on PostgreSQL and on PGlite: raw beside HTTP, first page beside a deep keyset
 * page. Plus the ceilings: a bare Fastify route and the authenticated /api/auth/me.
 */
const SIZE = 50_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
/** Pages followed before the deep page: it shows rows 501–550 of the ~1,000 at that step. */
const DEEP_PAGE = 10;
const P95_TARGET_MS = 30;
const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const drivers = (process.env.BENCH_DRIVERS ?? 'postgres,pglite').split(',') as ('postgres' | 'pglite')[];

type Row = { database: string; measure: string; stats: Stats; target?: string; met?: boolean };
const rows: Row[] = [];
const notes: string[] = [];
const plans: string[] = [];
const imports: ContactsImportResult[] = [];
const importsBesideOthers: ImportConcurrencyResult[] = [];
const networkSearches: NetworkSearchResult[] = [];
const triages: TriageResult[] = [];
const boards: BoardBenchResult[] = [];
const connections: ConnectionsResult[] = [];
const referenceChecks: ReferenceChecksResult[] = [];
const apiV1: ApiV1Result[] = [];
const sideBySide: SideBySideResult[] = [];
const careersPages: CareersPageResult[] = [];
const bonuses: BonusBenchResult[] = [];
const retentions: RetentionBenchResult[] = [];
let footprint: FootprintResult | undefined;
const SERIAL = { iterations: 300, concurrency: 1 };

/** The list query as the repository sends it, for the SQL-only timings and the plan. */
function listSql(companyId: string, jobId: string, stepId: string, cursor: string | undefined) {
  const after = decodeCursor(cursor, ['timestamp', 'uuid']);
  return sql`select c.id, c.first_name, c.last_name, c.email, c.current_company, c.current_title, c.location,
      c.skills, c.tags, c.updated_at, c.created_at,
      (select coalesce(json_agg(json_build_object('id', p.id, 'jobId', j.id, 'jobTitle', j.title, 'stepId', s.id,
        'stepName', s.name) order by j.title, p.id), '[]'::json)
       from placements p join jobs j on j.id = p.job_id join job_steps s on s.id = p.step_id
       where p.candidate_id = c.id) as placements
    from candidates c
    where c.company_id = ${companyId} and c.anonymized_at is null
      and exists (select 1 from placements p where p.company_id = ${companyId} and p.candidate_id = c.id
        and p.job_id = ${jobId} and p.step_id = ${stepId})
      ${after ? sql`and (c.updated_at, c.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
    order by c.updated_at desc, c.id desc limit 51`;
}

async function benchDriver(driver: 'postgres' | 'pglite') {
  const label = driver === 'postgres' ? 'PostgreSQL' : 'PGlite';
  let database: Database;
  try {
    database = await openBenchDatabase(driver, serverUrl);
  } catch (error) {
    notes.push(`${label}: skipped, could not open the database (${(error as Error).message}).`);
    return;
  }
  const { db } = database;
  const dataset = await createDataset(db, SIZE);
  notes.push(
    `${label}: ${dataset.rowsInserted.toLocaleString('en')} rows (candidates and placements) inserted and analysed ` +
      `in ${dataset.insertSeconds.toFixed(1)} s.`,
  );
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
    const headers = await signIn(base, RECRUITER);
    const [jobId, stepId] = [dataset.jobs[0].id, dataset.jobs[0].stepIds[2]];
    const [atStep] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from placements where job_id = ${jobId} and step_id = ${stepId}`),
    );
    notes.push(`${label}: the measured job and step hold ${atStep.n} candidates.`);

    const listUrl = (cursor?: string) =>
      `${base}/api/candidates?jobId=${jobId}&stepId=${stepId}&sort=updated_desc&limit=50${cursor ? `&cursor=${cursor}` : ''}`;
    let deepCursor: string | undefined;
    for (let page = 0; page < DEEP_PAGE; page++) {
      const body = (await (await fetch(listUrl(deepCursor), { headers })).json()) as { nextCursor: string | null };
      if (!body.nextCursor) throw new Error(`the list ended after ${page + 1} pages`);
      deepCursor = body.nextCursor;
    }

    for (const [page, cursor] of [
      ['first page', undefined],
      [`page ${DEEP_PAGE + 1} (keyset)`, deepCursor],
    ] as const) {
      const filter = { jobId, stepId, sort: 'updated_desc' as const, limit: 50, cursor };
      const repo = () => listCandidates(db, dataset.companyId, { kind: 'all' }, filter);
      const onPg = driver === 'postgres';
      const under30 = (stats: Stats) =>
        onPg ? { target: `p95 < ${P95_TARGET_MS} ms`, met: stats.p95 < P95_TARGET_MS } : {};
      const add = (measure: string, stats: Stats, extra: Partial<Row> = {}) =>
        rows.push({ database: label, measure: `${page} · ${measure}`, stats, ...extra });

      const rawQuery = () => db.execute(listSql(dataset.companyId, jobId, stepId, cursor));
      const rawSerial = await timeCalls(rawQuery, SERIAL);
      add('SQL query only, 1 at a time', rawSerial, under30(rawSerial));
      const serial = await timeCalls(repo, SERIAL);
      add('listCandidates(), 1 at a time', serial, under30(serial));
      await warmUp(listUrl(cursor), headers);
      const http1 = await loadHttp({ url: listUrl(cursor), headers, connections: 1, seconds: SECONDS });
      add('HTTP, 1 connection', http1, versus(http1, rawSerial, onPg));
      const rawParallel = await timeCalls(rawQuery, { iterations: 600, concurrency: 10 });
      add('SQL query only, 10 at a time', rawParallel);
      const http10 = await loadHttp({ url: listUrl(cursor), headers, connections: 10, seconds: SECONDS });
      add('HTTP, 10 connections', http10, versus(http10, rawParallel, onPg));
      if (cursor)
        plans.push(`${label}, deep page:\n${await queryPlan(db, listSql(dataset.companyId, jobId, stepId, cursor))}`);
    }
    // /api/auth/me is the brief's authenticated ceiling (six queries); /api/departments, the cheapest
    // signed-in route (the session lookup and one query), shows what the session costs on its own.
    for (const [path, what] of [
      ['/api/auth/me', 'authenticated ceiling'],
      ['/api/departments', 'session + 1 query'],
    ] as const) {
      await warmUp(`${base}${path}`, headers);
      const stats = await loadHttp({ url: `${base}${path}`, headers, connections: 10, seconds: SECONDS });
      rows.push({ database: label, measure: `GET ${path}, 10 connections (${what})`, stats });
    }
    imports.push(await measureContactsImport(base, label, RECRUITER));
    importsBesideOthers.push(await measureImportConcurrency(base, label, RECRUITER));
    triages.push(await measureTriage(db, base, label));
    // Before the network search: the board's 100,000 referrals are measured on their own.
    const board = await measureReferralBoard(db, base, label, SECONDS);
    boards.push(board);
    plans.push(...board.plans);
    const connection = await measureConnections(db, base, label, SECONDS);
    connections.push(connection);
    plans.push(...connection.plans);
    const references = await measureReferenceChecks(db, base, label, SECONDS);
    referenceChecks.push(references);
    plans.push(...references.plans);
    apiV1.push(await measureApiV1(db, base, label, SECONDS));
    // After the board and the integration API: it measures their companies beside a hand-written route.
    sideBySide.push(await measureSideBySide(db, base, label, SECONDS));
    careersPages.push(await measureCareersPage(db, base, label, SECONDS));
    // The board's ownership and bonus filters and the eligibility job, in a company of their own.
    const bonus = await measureReferralBonuses(db, base, label, SECONDS);
    bonuses.push(bonus);
    plans.push(...bonus.plans);
    // The retention job over candidates of a company of its own, with the candidate list measured while it runs.
    retentions.push(await measureRetention(db, base, label, SECONDS));
    // Last: it adds a million referrals to this database.
    const networkSearch = await measureNetworkSearch(db, base, label, SECONDS);
    networkSearches.push(networkSearch);
    plans.push(...networkSearch.plans);
  } finally {
    await app.close();
    await database.close();
  }
}

/** HTTP against the same query run raw: at most twice the p95, and under 30 ms on PostgreSQL. */
function versus(http: Stats, raw: Stats, onPg: boolean): Partial<Row> {
  const ratio = http.p95 / raw.p95;
  const target = `≤ 2× raw SQL p95 (${ratio.toFixed(1)}×)${onPg ? `, < ${P95_TARGET_MS} ms` : ''}`;
  return { target, met: ratio <= 2 && (!onPg || http.p95 < P95_TARGET_MS) };
}

/** One server process started as `npm start` starts it, on PostgreSQL only: its start-up and memory under load. */
async function benchFootprint() {
  if (!drivers.includes('postgres')) return;
  try {
    footprint = await measureFootprint(serverUrl);
  } catch (error) {
    notes.push(`Footprint: skipped, it failed (${(error as Error).message}).`);
  }
}

async function benchBareFastify() {
  const stats = await bareFastifyCeiling(10, SECONDS);
  rows.push({ database: '–', measure: 'bare Fastify GET /ping, 10 connections (framework ceiling)', stats });
}

function report() {
  const cpu = os.cpus();
  const lines = [
    `# Vouch benchmark — ${new Date().toISOString()}`,
    '',
    `${SIZE.toLocaleString('en')} candidates in one company · ${cpu.length} × ${cpu[0]?.model.trim()} · Node ${process.version} · ` +
      `autocannon runs of ${SECONDS} s on 127.0.0.1 from a separate process · load average at start ${loadAtStart}`,
    '',
    'Direct calls and HTTP at 1 connection compare latency; at 10 connections everything shares the same cores, so',
    "latency is about connections ÷ throughput (Little's law) and the 30 ms target there needs > 330 req/s.",
    '',
    '| database | measure | p50 ms | p95 ms | req/s | failures | target | met |',
    '|---|---|---:|---:|---:|---:|---|:-:|',
    ...rows.map(
      (r) =>
        `| ${r.database} | ${r.measure} | ${formatMs(r.stats.p50)} | ${formatMs(r.stats.p95)} | ${Math.round(r.stats.perSecond).toLocaleString('en')} | ` +
        `${r.stats.failures} | ${r.target ?? ''} | ${metMark(r.met)} |`,
    ),
    '',
    ...notes.map((note) => `- ${note}`),
    '',
    ...contactsImportReport(imports),
    ...importConcurrencyReport(importsBesideOthers),
    ...networkSearchReport(networkSearches),
    ...triageReport(triages),
    ...referralBoardReport(boards),
    ...connectionsReport(connections),
    ...referenceChecksReport(referenceChecks),
    ...apiV1Report(apiV1),
    ...sideBySideReport(sideBySide),
    ...careersPageReport(careersPages),
    ...referralBonusesReport(bonuses),
    ...retentionReport(retentions),
    ...(footprint ? footprintReport(footprint) : []),
    '## Query plans',
    '',
    ...plans.flatMap((plan) => [plan, '']),
  ];
  return lines.join('\n');
}

const started = performance.now();
const loadAtStart = os
  .loadavg()
  .map((n) => n.toFixed(1))
  .join(' ');
const webProblem = ensureWebBuilt();
if (webProblem) notes.push(webProblem);
for (const driver of drivers) await benchDriver(driver);
await benchBareFastify();
await benchFootprint();
const text = report();
console.log(`\n${text}`);
const outDir = new URL('../bench-results/', import.meta.url);
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(new URL('latest.md', outDir), text);
console.log(`Written to bench-results/latest.md in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

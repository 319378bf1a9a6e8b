/**
 * `who knows this candidate` (issue 4, benchmark 14): 2,000 colleagues, 1,000,000 contacts and
 * 1,000,000 work-history rows in one company. The profile's query for one candidate and the
 * table's summary for a page of 50, each as the raw SQL and through HTTP with one connection, on
 * PostgreSQL and (smaller, see SCALES) on PGlite. The indexes the lookups need across all owners are
 * dropped for the load and built after it.
 *
 * Run alone with `tsx bench/connections.ts` (BENCH_DRIVERS and BENCH_SECONDS as in run.ts); it uses
 * its own database, so it can run beside the full benchmark.
 */
import { sql } from 'drizzle-orm';
import { connectionsSql } from '../src/modules/network/connections/connections.sql.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { CONNECTIONS_RECRUITER, createConnectionsDataset } from './connections-dataset.ts';
import { suspendIndexes } from './dataset.ts';
import { type DatabaseLabel, isEntryPoint, runAlone, signIn } from './http.ts';
import { latencyCells, loadHttpOneConnection, metMark, queryPlan, type Stats, timeCalls } from './measure.ts';

const P95_TARGET_MS = 30;
const PAGE = 50;
/** PGlite loads about five times slower; a quarter of the data keeps its run to minutes. */
const SCALES = {
  PostgreSQL: { employees: 2_000, candidates: 250_000, contacts: 1_000_000 },
  PGlite: { employees: 2_000, candidates: 62_500, contacts: 250_000 },
} as const;

/** The lookups of a candidate's keys across every owner's contacts; built once after the load. */
const CONNECTION_INDEXES = {
  contacts: ['contacts_company_email_idx', 'contacts_company_linkedin_idx', 'contacts_company_name_company_idx'],
  work_history: ['work_history_member_company_key_idx'],
};

export type ConnectionsResult = {
  database: string;
  counts: { employees: number; candidates: number; contacts: number; workHistory: number };
  loadSeconds: number;
  connectionsPerCandidate: number;
  rows: { measure: string; stats: Stats; target?: boolean }[];
  plans: string[];
};

const SERIAL = { iterations: 200, concurrency: 1, warmup: 20 };

/** Loads the company into `db` (served by the app at `base`) and times the profile and the page. */
export async function measureConnections(
  db: Database['db'],
  base: string,
  database: DatabaseLabel,
  seconds: number,
): Promise<ConnectionsResult> {
  // BENCH_CONNECTIONS_SCALE=0.1 for a quick look; colleagues stay at full count.
  const scale = Number(process.env.BENCH_CONNECTIONS_SCALE ?? 1);
  const full = SCALES[database];
  const rebuildContacts = await suspendIndexes(db, 'contacts', CONNECTION_INDEXES.contacts);
  const rebuildHistory = await suspendIndexes(db, 'work_history', CONNECTION_INDEXES.work_history);
  const dataset = await createConnectionsDataset(db, {
    employees: full.employees,
    candidates: Math.round(full.candidates * scale),
    contacts: Math.round(full.contacts * scale),
  });
  console.error(`${database}: ${JSON.stringify(dataset.counts)} loaded in ${dataset.loadSeconds.toFixed(0)} s`);
  await rebuildContacts();
  await rebuildHistory();
  await db.execute(sql`analyze contacts`);
  await db.execute(sql`analyze work_history`);
  const { companyId, candidateIds } = dataset;
  const headers = await signIn(base, CONNECTIONS_RECRUITER);
  const page = candidateIds.slice(0, PAGE);
  const [average] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select avg(total)::float8 as n from (${connectionsSql(companyId, page, { best: true })}) page`,
    ),
  );
  const result: ConnectionsResult = {
    database,
    counts: dataset.counts,
    loadSeconds: dataset.loadSeconds,
    connectionsPerCandidate: average.n,
    rows: [],
    plans: [],
  };
  const onPg = database === 'PostgreSQL';
  // Each call asks about another candidate, as recruiters opening profiles would.
  let next = 0;
  const someCandidate = () => candidateIds[next++ % candidateIds.length];
  const measures = [
    {
      name: 'profile (one candidate)',
      statement: () => connectionsSql(companyId, [someCandidate()], { best: false }),
      url: () => `${base}/api/candidates/${someCandidate()}/connections`,
    },
    {
      name: `table page (${PAGE} candidates)`,
      statement: () => connectionsSql(companyId, page, { best: true }),
      url: () => `${base}/api/candidates/connections?ids=${page.join(',')}`,
    },
  ];
  for (const m of measures) {
    console.error(`${database}: timing ${m.name}`);
    const raw = await timeCalls(() => db.execute(m.statement()), SERIAL);
    result.rows.push({
      measure: `${m.name} · SQL query only`,
      stats: raw,
      target: onPg ? raw.p95 < P95_TARGET_MS : undefined,
    });
    const url = m.url();
    // The first request after the long SQL timings may meet a keep-alive socket the server closed.
    await fetch(url, { headers }).then(
      (res) => res.arrayBuffer(),
      () => undefined,
    );
    const http = await loadHttpOneConnection(url, headers, seconds);
    result.rows.push({
      measure: `${m.name} · HTTP, 1 connection`,
      stats: http,
      target: onPg ? http.p95 < P95_TARGET_MS : undefined,
    });
    result.plans.push(`${database}, ${m.name}:\n${await queryPlan(db, m.statement())}`);
  }
  return result;
}

export function connectionsReport(results: ConnectionsResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Who knows this candidate',
    '',
    'Colleagues connected to a candidate by an imported contact (email, LinkedIn, name and employer), overlapping ' +
      'employment, or a mark. The profile asks for one candidate (another one each call), the candidate table for a page ' +
      `of ${PAGE}. The indexes on contacts and work_history that serve it are built after the load.`,
    '',
    ...results.map(
      (r) =>
        `- ${r.database}: ${r.counts.employees.toLocaleString('en')} colleagues, ${r.counts.candidates.toLocaleString('en')} ` +
        `candidates, ${r.counts.contacts.toLocaleString('en')} contacts, ${r.counts.workHistory.toLocaleString('en')} ` +
        `work-history rows, generated in ${r.loadSeconds.toFixed(1)} s; ${r.connectionsPerCandidate.toFixed(1)} connections per candidate on average.`,
    ),
    '',
    '| database | measure | p50 ms | p95 ms | req/s | target | met |',
    '|---|---|---:|---:|---:|---|:-:|',
    ...results.flatMap((r) =>
      r.rows.map(
        (row) =>
          `| ${r.database} | ${row.measure} | ${latencyCells(row.stats)} | ` +
          `${row.target === undefined ? '' : `p95 < ${P95_TARGET_MS} ms`} | ${metMark(row.target)} |`,
      ),
    ),
    '',
  ];
}

if (isEntryPoint(import.meta.url))
  await runAlone({ databaseName: 'vouch_bench_connections', measure: measureConnections, report: connectionsReport });

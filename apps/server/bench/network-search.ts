/**
 * `network search` (issue 3, benchmark 16): the recruiters' boolean search over 1,000,000 passed-on
 * people in one company, five query shapes, each timed as the raw ranked SQL, as the repository call
 * (that SQL and the page's rows), and through HTTP with one connection, on PostgreSQL and on PGlite
 * (loading takes about 30 s and 80 s). BENCH_NETWORK_SIZE sets another size.
 *
 * Run alone with `tsx bench/network-search.ts` (BENCH_DRIVERS and BENCH_SECONDS as in run.ts); it
 * uses its own database, so it can run beside the full benchmark.
 */
import { sql } from 'drizzle-orm';
import { parseQuery } from '../src/modules/network/search/index.ts';
import {
  type NetworkReferralFilter,
  networkReferralConditions,
} from '../src/modules/referrals/network-referral-filters.ts';
import {
  listNewestNetworkReferrals,
  listRankedNetworkReferrals,
  RANKED_CANDIDATES,
  rankedIdsQuery,
} from '../src/modules/referrals/network-referrals.repo.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { isEntryPoint, runAlone, signIn } from './http.ts';
import { loadHttpOneConnection, p50p95, queryPlan, type Stats, timeCalls } from './measure.ts';
import { createNetworkDataset, NETWORK_RECRUITER } from './network-dataset.ts';

const NETWORK_SIZE = 1_000_000;
const P95_TARGET_MS = 100;
const PAGE = 50;

/** The five shapes of the issue, and the plain newest-first list for comparison. */
export const SHAPES = [
  ['single term', 'engineer'],
  ['phrase', '"data engineer"'],
  ['AND of two fields', 'title:engineer company:spotify'],
  ['OR with NOT', 'skill:(kotlin OR go) NOT company:klarna'],
  ['prefix field', 'title:dev*'],
] as const;

type ShapeResult = { shape: string; query: string; hits: number; sql: Stats; repo: Stats; http: Stats };
export type NetworkSearchResult = {
  database: string;
  size: number;
  loadSeconds: number;
  prospects: number;
  shapes: ShapeResult[];
  newest: { repo: Stats; http: Stats };
  plans: string[];
};

const SERIAL = { iterations: 100, concurrency: 1, warmup: 10 };

/** Loads the people into `db` (served by the app at `base`) and times every shape. */
export async function measureNetworkSearch(
  db: Database['db'],
  base: string,
  database: string,
  seconds: number,
): Promise<NetworkSearchResult> {
  const size = Number(process.env.BENCH_NETWORK_SIZE ?? NETWORK_SIZE);
  const dataset = await createNetworkDataset(db, size);
  const { companyId } = dataset;
  const headers = await signIn(base, NETWORK_RECRUITER);
  const filterOf = (q: string | null): NetworkReferralFilter => ({
    tab: 'prospects',
    scopeDepartmentIds: null,
    overdue: false,
    search: q ? parseQuery(q) : null,
  });
  const count = async (filter: NetworkReferralFilter) =>
    rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from referrals where ${networkReferralConditions(companyId, filter)}`,
      ),
    )[0].n;
  const url = (q: string | null) =>
    `${base}/api/referrals/network?tab=prospects&scope=all&limit=${PAGE}${q ? `&q=${encodeURIComponent(q)}` : ''}`;
  const result: NetworkSearchResult = {
    database,
    size,
    loadSeconds: dataset.loadSeconds,
    prospects: await count(filterOf(null)),
    shapes: [],
    newest: { repo: undefined as unknown as Stats, http: undefined as unknown as Stats },
    plans: [],
  };

  for (const [shape, query] of SHAPES) {
    const filter = filterOf(query) as NetworkReferralFilter & { search: NonNullable<NetworkReferralFilter['search']> };
    const page = { after: null, limit: PAGE + 1 };
    const statement = rankedIdsQuery(companyId, filter, page);
    const sqlStats = await timeCalls(() => db.execute(statement), SERIAL);
    const repo = await timeCalls(() => listRankedNetworkReferrals(db, companyId, filter, page), SERIAL);
    const http = await loadHttpOneConnection(url(query), headers, seconds);
    result.shapes.push({ shape, query, hits: await count(filter), sql: sqlStats, repo, http });
    result.plans.push(`${database}, ${shape} (${query}):\n${await queryPlan(db, statement)}`);
  }
  const newest = () => listNewestNetworkReferrals(db, companyId, filterOf(null), { after: null, limit: PAGE + 1 });
  result.newest.repo = await timeCalls(newest, SERIAL);
  result.newest.http = await loadHttpOneConnection(url(null), headers, seconds);
  return result;
}

export function networkSearchReport(results: NetworkSearchResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Network search',
    '',
    "Boolean search of the recruiters' Referrals area, prospects tab (70% of the people), all departments, first page " +
      `of ${PAGE}. A search ranks at most the newest ${RANKED_CANDIDATES.toLocaleString('en')} matches. Milliseconds, ` +
      "p50 / p95; SQL is the ranked-ids statement alone, repository adds loading the page's rows, HTTP is one connection.",
    '',
    ...results.map(
      (r) =>
        `- ${r.database}: ${r.size.toLocaleString('en')} passed-on people (${r.prospects.toLocaleString('en')} prospects) ` +
        `generated and indexed in ${r.loadSeconds.toFixed(1)} s.`,
    ),
    '',
    '| database | shape | query | matches | SQL | repository | HTTP | target | met |',
    '|---|---|---|---:|---:|---:|---:|---|:-:|',
    ...results.flatMap((r) => [
      ...r.shapes.map((s) => {
        const onPg = r.database === 'PostgreSQL';
        const met = onPg ? (s.http.p95 < P95_TARGET_MS ? '✓' : '✗') : '';
        return (
          `| ${r.database} | ${s.shape} | \`${s.query}\` | ${s.hits.toLocaleString('en')} | ${p50p95(s.sql)} | ` +
          `${p50p95(s.repo)} | ${p50p95(s.http)} | ${onPg ? `HTTP p95 < ${P95_TARGET_MS} ms` : ''} | ${met} |`
        );
      }),
      `| ${r.database} | no search (newest first) | | ${r.prospects.toLocaleString('en')} | | ${p50p95(r.newest.repo)} | ${p50p95(r.newest.http)} | | |`,
    ]),
    '',
  ];
}

if (isEntryPoint(import.meta.url))
  await runAlone({ databaseName: 'vouch_bench_network', measure: measureNetworkSearch, report: networkSearchReport });

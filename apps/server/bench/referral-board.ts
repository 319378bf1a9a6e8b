/**
 * `referral board` (issue 4, benchmark 13): the board over 100,000 referrals in one company, 80%
 * inactive. Measured: the first page of Active with two filters (a source and a department), and a
 * page deep in that view (keyset), each as the raw SQL statements (rows, and the counts the first
 * page adds), as the use case, and through HTTP with one connection; on PostgreSQL and PGlite.
 *
 * Run alone with `tsx bench/referral-board.ts` (BENCH_DRIVERS, BENCH_SECONDS as in run.ts;
 * BENCH_BOARD_SIZE sets another size); it uses its own database.
 */
import { sql } from 'drizzle-orm';
import { BOARD_SORT_KEYS, type BoardKey, boardRowsQuery, countBoard } from '../src/modules/referrals/board.repo.ts';
import { type BoardFilter, boardConditions } from '../src/modules/referrals/board-filters.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { decodeCursor } from '../src/platform/http/cursor.ts';
import { createBoardDataset } from './board-dataset.ts';
import { isEntryPoint, runAlone, signIn } from './http.ts';
import { loadHttpOneConnection, p50p95, queryPlan, type Stats, timeCalls } from './measure.ts';

const BOARD_SIZE = 100_000;
const P95_TARGET_MS = 50;
const PAGE = 50;
/** Pages followed before the deep page: it shows rows 1,001–1,050 of the view. */
const DEEP_PAGE = 20;
const SERIAL = { iterations: 200, concurrency: 1, warmup: 20 };

type Measure = { page: string; rows: Stats; counts: Stats | null; http: Stats; matches: number };
export type BoardBenchResult = {
  database: string;
  size: number;
  inactive: number;
  loadSeconds: number;
  measures: Measure[];
  plans: string[];
};

/** Loads the referrals into `db` (served by the app at `base`) and times both pages. */
export async function measureReferralBoard(
  db: Database['db'],
  base: string,
  database: string,
  seconds: number,
): Promise<BoardBenchResult> {
  const size = Number(process.env.BENCH_BOARD_SIZE ?? BOARD_SIZE);
  const dataset = await createBoardDataset(db, size);
  const { companyId, departmentId } = dataset;
  const headers = await signIn(base, dataset.recruiter);
  const filter: BoardFilter = { tab: 'active', statuses: [], source: 'referral_request', departmentId, search: null };
  const view = `tab=active&source=referral_request&departmentId=${departmentId}&limit=${PAGE}`;
  const url = (cursor?: string) => `${base}/api/referrals?${view}${cursor ? `&cursor=${cursor}` : ''}`;
  const [{ n: matches }] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from referrals where company_id = ${companyId} and active and status <> 'passed_on'
        and source = 'referral_request' and department_id = ${departmentId}`,
    ),
  );
  let deepCursor: string | undefined;
  for (let page = 0; page < DEEP_PAGE; page++) {
    const body = (await (await fetch(url(deepCursor), { headers })).json()) as { nextCursor: string | null };
    if (!body.nextCursor) throw new Error(`the view ended after ${page + 1} pages`);
    deepCursor = body.nextCursor;
  }
  const result: BoardBenchResult = {
    database,
    size,
    inactive: dataset.inactive,
    loadSeconds: dataset.loadSeconds,
    measures: [],
    plans: [],
  };
  for (const [page, cursor] of [
    ['first page (with counts)', undefined],
    [`page ${DEEP_PAGE + 1} (keyset)`, deepCursor],
  ] as const) {
    const after = decodeCursor(cursor, BOARD_SORT_KEYS.status_changed.cursor) as BoardKey | null;
    const statement = boardRowsQuery(db, companyId, filter, {
      sort: 'status_changed',
      after,
      limit: PAGE + 1,
    }).getSQL();
    const rows = await timeCalls(() => db.execute(statement), SERIAL);
    const counts = cursor ? null : await timeCalls(() => countBoard(db, companyId, filter), SERIAL);
    const http = await loadHttpOneConnection(url(cursor), headers, seconds);
    result.measures.push({ page, rows, counts, http, matches });
    result.plans.push(`${database}, board ${page}:\n${await queryPlan(db, statement)}`);
    if (!cursor) {
      const countsStatement = sql`select active, status, count(*) from referrals
        where ${boardConditions(companyId, filter, 'counts')}
        group by active, status`;
      result.plans.push(`${database}, board counts:\n${await queryPlan(db, countsStatement)}`);
    }
  }
  return result;
}

export function referralBoardReport(results: BoardBenchResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Referral board',
    '',
    `The board's Active tab narrowed to referral requests of one department, newest status change first, pages of ${PAGE}. ` +
      'Milliseconds, p50 / p95: SQL rows is the page statement alone, SQL counts the grouped count the first page ' +
      'adds (run beside it), HTTP is the whole request over one connection.',
    '',
    ...results.map(
      (r) =>
        `- ${r.database}: ${r.size.toLocaleString('en')} referrals (${r.inactive.toLocaleString('en')} inactive) ` +
        `generated and indexed in ${r.loadSeconds.toFixed(1)} s; the view holds ${r.measures[0]?.matches.toLocaleString('en')}.`,
    ),
    '',
    '| database | page | SQL rows | SQL counts | HTTP | target | met |',
    '|---|---|---:|---:|---:|---|:-:|',
    ...results.flatMap((r) =>
      r.measures.map((m) => {
        const onPg = r.database === 'PostgreSQL';
        const met = onPg ? (m.http.p95 < P95_TARGET_MS ? '✓' : '✗') : '';
        return `| ${r.database} | ${m.page} | ${p50p95(m.rows)} | ${p50p95(m.counts)} | ${p50p95(m.http)} | ${onPg ? `HTTP p95 < ${P95_TARGET_MS} ms` : ''} | ${met} |`;
      }),
    ),
    '',
  ];
}

if (isEntryPoint(import.meta.url))
  await runAlone({ databaseName: 'vouch_bench_board', measure: measureReferralBoard, report: referralBoardReport });

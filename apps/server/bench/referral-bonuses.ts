/**
 * `referral bonuses` (issue 13, item 21): the board over 100,000 referrals narrowed by ownership and
 * by bonus state (HTTP p95 < 50 ms on PostgreSQL), and one run of the bonus eligibility job over
 * 20,000 due bonuses: its time and how many statements it sent.
 *
 * Run alone with `tsx bench/referral-bonuses.ts` (BENCH_DRIVERS, BENCH_SECONDS as in run.ts); it uses
 * its own database.
 */
import { sql } from 'drizzle-orm';
import { runBonusEligibility } from '../src/modules/referrals/index.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { createBoardDataset } from './board-dataset.ts';
import { isEntryPoint, runAlone, signIn } from './http.ts';
import { countingQueries, formatMs, loadHttpOneConnection, p50p95, queryPlan, type Stats } from './measure.ts';

const BOARD_SIZE = 100_000;
const DUE_BONUSES = 20_000;
const P95_TARGET_MS = 50;
const PAGE = 50;

type Measure = { view: string; http: Stats; matches: number };
export type BonusBenchResult = {
  database: string;
  size: number;
  measures: Measure[];
  job: { bonuses: number; eligible: number; ms: number; queries: number | null };
  plans: string[];
};

const hash = (multiplier: number) =>
  sql.raw(`(((abs(hashtext(r.id::text))::bigint * ${multiplier}) % 4294967296) / 65536)`);

/**
 * Ownership and bonuses on the board dataset: 40% of referrals own a submission, 10% the candidate
 * (each with a candidate of its own), and every hired owner has a bonus in one of the five states.
 */
async function addOwnershipAndBonuses(db: Database['db'], companyId: string) {
  await db.execute(sql`create temporary table owned as
    select r.id as referral_id, gen_random_uuid() as candidate_id,
      case when ${hash(2654435761)} % 10 < 4 then 'submission' else 'candidate' end as ownership
    from referrals r where r.company_id = ${companyId} and ${hash(2654435761)} % 10 < 5`);
  await db.execute(sql`insert into candidates (id, company_id, first_name, last_name)
    select o.candidate_id, ${companyId}::uuid, 'Person', 'Owned' from owned o`);
  await db.execute(sql`update referrals r set candidate_id = o.candidate_id, ownership = o.ownership,
      job_id = case when o.ownership = 'candidate' then null else r.job_id end
    from owned o where r.id = o.referral_id`);
  await db.execute(sql`insert into referral_bonuses (company_id, referral_id, state, value, amount, currency, hired_at,
      start_date, waiting_days, eligible_on)
    select r.company_id, r.id,
      (array['pending','eligible','approved','paid','forfeited'])[1 + ${hash(668265263)} % 5],
      'SEK 10 000', 10000, 'SEK', r.status_changed_at, r.status_changed_at::date, 90,
      -- Not due: the job's run below counts only the bonuses made due for it.
      current_date + 30
    from referrals r where r.company_id = ${companyId} and r.ownership is not null and r.status = 'hired'`);
  await db.execute(sql`drop table owned`);
  await db.execute(sql`vacuum analyze referrals`);
  await db.execute(sql`vacuum analyze referral_bonuses`);
}

/** `count` due bonuses in a company of their own, due today. */
async function addDueBonuses(db: Database['db'], count: number) {
  const companyId = crypto.randomUUID();
  await db.execute(sql`insert into companies (id, name) values (${companyId}, 'Bonus Bench Co')`);
  await db.execute(sql`insert into referrals (company_id, source, first_name, last_name, search_vector, status)
    select ${companyId}::uuid, 'submission', 'Hire', 'Number ' || g, to_tsvector('simple', 'hire'), 'hired'
    from generate_series(1, ${count}) g`);
  await db.execute(sql`insert into referral_bonuses (company_id, referral_id, state, value, hired_at, start_date,
      waiting_days, eligible_on)
    select company_id, id, 'pending', 'SEK 5 000', now() - interval '100 days', current_date - 100, 90, current_date - 10
    from referrals where company_id = ${companyId}`);
  await db.execute(sql`vacuum analyze referral_bonuses`);
}

export async function measureReferralBonuses(
  db: Database['db'],
  base: string,
  database: string,
  seconds: number,
): Promise<BonusBenchResult> {
  const size = Number(process.env.BENCH_BOARD_SIZE ?? BOARD_SIZE);
  const dataset = await createBoardDataset(db, size);
  const { companyId } = dataset;
  await addOwnershipAndBonuses(db, companyId);
  const headers = await signIn(base, dataset.recruiter);
  const result: BonusBenchResult = {
    database,
    size,
    measures: [],
    job: { bonuses: 0, eligible: 0, ms: 0, queries: null },
    plans: [],
  };
  for (const [view, query, where] of [
    ['ownership: submission', 'ownership=submission', sql`ownership = 'submission'`],
    ['ownership: none', 'ownership=none', sql`ownership is null`],
    [
      'bonus: eligible',
      'bonusState=eligible',
      sql`exists (select 1 from referral_bonuses b where b.referral_id = referrals.id and b.state = 'eligible')`,
    ],
    [
      'ownership: candidate + bonus: paid',
      'ownership=candidate&bonusState=paid',
      sql`ownership = 'candidate' and exists (select 1 from referral_bonuses b where b.referral_id = referrals.id and b.state = 'paid')`,
    ],
    [
      'bonus: none',
      'bonusState=none',
      sql`not exists (select 1 from referral_bonuses b where b.referral_id = referrals.id)`,
    ],
  ] as const) {
    const url = `${base}/api/referrals?tab=active&${query}&limit=${PAGE}`;
    const [{ n: matches }] = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from referrals where company_id = ${companyId} and active and status <> 'passed_on' and ${where}`,
      ),
    );
    const http = await loadHttpOneConnection(url, headers, seconds);
    result.measures.push({ view, http, matches });
    result.plans.push(
      `${database}, board ${view}:\n${await queryPlan(
        db,
        sql`select id from referrals where company_id = ${companyId} and active and status <> 'passed_on' and ${where}
          order by status_changed_at desc, id desc limit ${PAGE + 1}`,
      )}`,
    );
  }

  await addDueBonuses(db, DUE_BONUSES);
  const started = performance.now();
  const { result: run, queries } = await countingQueries(database, () => runBonusEligibility({ db }));
  result.job = { bonuses: DUE_BONUSES, eligible: run.eligible, ms: performance.now() - started, queries };
  return result;
}

export function referralBonusesReport(results: BonusBenchResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Referral bonuses',
    '',
    `The board's Active tab over ${results[0].size.toLocaleString('en')} referrals (half of them owning a submission or a candidate, ` +
      'every hired owner with a bonus) narrowed by ownership and by bonus state, newest status change first, pages of ' +
      `${PAGE}; HTTP over one connection, milliseconds p50 / p95.`,
    '',
    '| database | view | matches | HTTP | target | met |',
    '|---|---|---:|---:|---|:-:|',
    ...results.flatMap((r) =>
      r.measures.map((m) => {
        const onPg = r.database === 'PostgreSQL';
        const met = onPg ? (m.http.p95 < P95_TARGET_MS ? '✓' : '✗') : '';
        return `| ${r.database} | ${m.view} | ${m.matches.toLocaleString('en')} | ${p50p95(m.http)} | ${onPg ? `p95 < ${P95_TARGET_MS} ms` : ''} | ${met} |`;
      }),
    ),
    '',
    'One run of the bonus eligibility job over due bonuses (each made eligible, with its timeline line and ' +
      '`referral.bonus_changed`; no webhook endpoint subscribed, so one check per event):',
    '',
    '| database | due bonuses | made eligible | time | statements |',
    '|---|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.database} | ${r.job.bonuses.toLocaleString('en')} | ${r.job.eligible.toLocaleString('en')} | ${formatMs(r.job.ms)} ms | ${r.job.queries?.toLocaleString('en') ?? '–'} |`,
    ),
    '',
  ];
}

if (isEntryPoint(import.meta.url))
  await runAlone({
    databaseName: 'vouch_bench_bonuses',
    measure: measureReferralBonuses,
    report: referralBonusesReport,
  });

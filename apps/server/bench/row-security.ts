import { sql } from 'drizzle-orm';
import { listCandidates } from '../src/modules/hiring/candidates.repo.ts';
import { grantWalledRole } from '../src/platform/db/company-wall.ts';
import { type Db, openDatabase } from '../src/platform/db/db.ts';
import { createDataset, openBenchDatabase } from './dataset.ts';
import { formatMs, type Stats, timeCalls } from './measure.ts';

/**
 * `npm run bench:rls -w @vouch/server`: what row-level security costs the hot reads on PostgreSQL.
 * The same calls through the owner's handle (no policies apply) and through a company's walled
 * handle (the app role, `app.company_id` set, the policies checked on every row). Goal: at most 1.3×.
 */
const SIZE = Number(process.env.BENCH_SIZE ?? 50_000);
const NAME = process.env.BENCH_DATABASE_NAME ?? 'vouch_bench_rls';
const ROLE = 'vouch_bench_app';
const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const owner = await openBenchDatabase('postgres', serverUrl, NAME);
const url = new URL(serverUrl);
url.pathname = `/${NAME}`;
const walled = await openDatabase({ driver: 'postgres', url: url.toString(), poolSize: 10, appRole: ROLE });
try {
  await grantWalledRole(owner.db, ROLE);
  const dataset = await createDataset(owner.db, SIZE);
  await owner.db.execute(sql`analyze`);
  const { companyId } = dataset;
  const [jobId, stepId] = [dataset.jobs[0].id, dataset.jobs[0].stepIds[2]];
  const [{ id: candidateId }] = (
    await owner.db.execute<{ id: string }>(sql`select id from candidates where company_id = ${companyId} limit 1`)
  ).rows as { id: string }[];

  // A request builds its company's handle once; the bench builds one per call, so it counts that too.
  const companyDb = () => walled.companyDb!(companyId);
  const reads: [string, (db: () => Db) => () => Promise<unknown>][] = [
    [
      'a candidate by primary key',
      (db) => () => db().execute(sql`select * from candidates where company_id = ${companyId} and id = ${candidateId}`),
    ],
    [
      'candidate list, first page (one job and step, latest first)',
      (db) => () =>
        listCandidates(db(), companyId, { kind: 'all' }, { jobId, stepId, sort: 'updated_desc', limit: 50 }),
    ],
  ];
  const lines = [
    `Row-level security on PostgreSQL, ${SIZE.toLocaleString('en')} candidates, p50 / p95 per call:`,
    '',
    '| read | at once | owner (no policies) | walled (app role + policy) | p50 ratio | goal ≤ 1.3× |',
    '|---|---|---|---|---|---|',
  ];
  const show = (s: Stats) => `${formatMs(s.p50)} / ${formatMs(s.p95)}`;
  for (const [what, call] of reads) {
    for (const concurrency of [1, 10]) {
      const options = { iterations: concurrency === 1 ? 2000 : 4000, concurrency, warmup: 100 };
      const plain = await timeCalls(
        call(() => owner.db),
        options,
      );
      const behindWall = await timeCalls(call(companyDb), options);
      const ratio = behindWall.p50 / plain.p50;
      lines.push(
        `| ${what} | ${concurrency} | ${show(plain)} | ${show(behindWall)} | ${ratio.toFixed(2)}× | ${ratio <= 1.3 ? 'met' : 'not met'} |`,
      );
    }
  }
  console.log(lines.join('\n'));
} finally {
  await walled.close();
  await owner.close();
}

/**
 * `careers page`: what a visitor's phone loads when they open a job from the careers page or a share
 * link — the server-rendered job page (`/careers/<slug>/jobs/<id>`) and the company's job list — in a
 * company with 300 open jobs over 10 departments, at 20 connections; with the bytes on the wire of one
 * answer (status line and headers included, as sent: the pages are not compressed). On PostgreSQL and
 * PGlite.
 *
 * Run alone with `tsx bench/careers-page.ts` (BENCH_DRIVERS, BENCH_SECONDS as in run.ts); it uses its own database.
 */
import type { Database } from '../src/platform/db/db.ts';
import { companies, departments, jobSteps, jobs } from '../src/schema.ts';
import { isEntryPoint, runAlone } from './http.ts';
import { latencyCells, loadHttp, type Stats, warmUp } from './measure.ts';

const JOBS = 300;
const CONNECTIONS = 20;

type Measure = { measure: string; stats: Stats; bytes: number };
export type CareersPageResult = { database: string; jobs: number; measures: Measure[]; plans: string[] };

async function careersCompany(db: Database['db']) {
  const slug = `bench-careers-${crypto.randomUUID().slice(0, 8)}`;
  const [company] = await db.insert(companies).values({ name: 'Bench Careers AB', slug }).returning();
  const depts = await db
    .insert(departments)
    .values(Array.from({ length: 10 }, (_, i) => ({ companyId: company.id, name: `Department ${i + 1}` })))
    .returning();
  const rows = await db
    .insert(jobs)
    .values(
      Array.from({ length: JOBS }, (_, i) => ({
        companyId: company.id,
        title: `Engineer ${i + 1}`,
        departmentId: depts[i % depts.length].id,
        location: ['Stockholm', 'Gothenburg', 'Malmö', 'Remote'][i % 4],
        description: 'What you will do, and with whom.\n'.repeat(40),
      })),
    )
    .returning({ id: jobs.id });
  await db.insert(jobSteps).values(
    rows.map((j) => ({
      companyId: company.id,
      jobId: j.id,
      name: 'Applied',
      kind: 'standard' as const,
      position: 0,
    })),
  );
  return { slug, jobId: rows[Math.floor(rows.length / 2)].id };
}

/** One answer's size as sent: the status line, the headers and the body. */
async function bytesOnTheWire(url: string) {
  const res = await fetch(url, { headers: { 'accept-encoding': 'gzip, br' } });
  const body = Buffer.from(await res.arrayBuffer()).length;
  let head = `HTTP/1.1 ${res.status} ${res.statusText}\r\n`.length + 2;
  res.headers.forEach((value, name) => {
    head += name.length + value.length + 4;
  });
  return head + body;
}

export async function measureCareersPage(
  db: Database['db'],
  base: string,
  database: string,
  seconds: number,
): Promise<CareersPageResult> {
  const { slug, jobId } = await careersCompany(db);
  const measures: Measure[] = [];
  for (const [measure, path] of [
    ['job page', `/careers/${slug}/jobs/${jobId}`],
    [`job list (${JOBS} jobs)`, `/careers/${slug}`],
  ] as const) {
    const url = `${base}${path}`;
    await warmUp(url, {});
    const bytes = await bytesOnTheWire(url);
    measures.push({ measure, bytes, stats: await loadHttp({ url, headers: {}, connections: CONNECTIONS, seconds }) });
  }
  return { database, jobs: JOBS, measures, plans: [] };
}

export function careersPageReport(results: CareersPageResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Careers page',
    '',
    `The public pages a visitor opens, server-rendered, in a company with ${JOBS} open jobs in 10 departments, ` +
      `${CONNECTIONS} connections at once. Bytes: one answer as sent (status line, headers, body), the whole first ` +
      'load (the pages load nothing else).',
    '',
    '| database | page | p50 ms | p95 ms | req/s | failures | bytes on the wire |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...results.flatMap((r) =>
      r.measures.map(
        (m) =>
          `| ${r.database} | ${m.measure} | ${latencyCells(m.stats)} | ${m.stats.failures} | ${m.bytes.toLocaleString('en')} |`,
      ),
    ),
    '',
  ];
}

if (isEntryPoint(import.meta.url)) {
  await runAlone({ databaseName: 'vouch_bench_careers', measure: measureCareersPage, report: careersPageReport });
}

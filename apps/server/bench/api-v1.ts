/**
 * `api v1`: what an applicant tracking system calls most, with an API key, at 50 connections —
 * reading one reference check (`GET /api/v1/reference-checks/{id}`) and starting one for a new
 * candidate each time (`POST /api/v1/reference-checks`), in a company with thousands of other checks,
 * beside a bare Fastify route at the same 50 connections (the framework's ceiling); on PostgreSQL and
 * PGlite.
 *
 * Run alone with `tsx bench/api-v1.ts` (BENCH_DRIVERS, BENCH_SECONDS as in run.ts; BENCH_REFERENCE_CHECKS
 * sets the number of background checks); it uses its own database.
 */
import { eq, sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { newApiKey } from '../src/modules/integrations/api-key-format.ts';
import { sha256 } from '../src/platform/crypto.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { apiKeys, questionnaireTemplates, referenceChecks } from '../src/schema.ts';
import { isEntryPoint, listen, runAlone } from './http.ts';
import { latencyCells, loadHttp, type Stats, warmUp } from './measure.ts';
import { createReferenceDataset, REFERENCE_RECRUITER } from './reference-dataset.ts';

const BACKGROUND_CHECKS = 5_000;
const CONNECTIONS = 50;

type Measure = { measure: string; stats: Stats };
export type ApiV1Result = {
  database: string;
  background: { checks: number; referees: number };
  /** Checks the POST runs started, counted in the database afterwards. */
  started: number;
  measures: Measure[];
  plans: string[];
};

/** A bare Fastify route on its own server: what the framework alone answers at `connections`. */
export async function bareFastifyCeiling(connections: number, seconds: number): Promise<Stats> {
  const app = Fastify({ logger: false });
  app.get('/ping', () => ({ ok: true }));
  const url = `${await listen(app)}/ping`;
  try {
    await warmUp(url, {});
    return await loadHttp({ url, headers: {}, connections, seconds });
  } finally {
    await app.close();
  }
}

/** The body of one `POST /api/v1/reference-checks`; `[<id>]` is replaced by a new id on every request. */
export const startBody = (templateId: string) =>
  JSON.stringify({
    external_id: 'bench-app-[<id>]',
    candidate: {
      first_name: 'Bench',
      last_name: 'Applicant',
      email: 'applicant-[<id>]@bench.example',
      phone: null,
      language: 'en',
      external_id: 'bench-cand-[<id>]',
    },
    job: { title: 'Backend Developer', external_id: 'bench-job-1' },
    template_id: templateId,
    referees_wanted: 2,
    candidate_channel: 'email',
    referee_channel: 'email',
  });

/**
 * What an integration of the reference company uses: a new read-and-write API key named `keyName`, the
 * company's questionnaire template, and its completed check with the most referees.
 */
export async function referenceApiAccess(db: Database['db'], companyId: string, membershipId: string, keyName: string) {
  const key = newApiKey();
  await db.insert(apiKeys).values({
    companyId,
    name: keyName,
    prefix: key.slice(0, 12),
    keyHash: sha256(key),
    scopes: ['read', 'write'],
    createdById: membershipId,
  });
  const [template] = await db
    .select({ id: questionnaireTemplates.id })
    .from(questionnaireTemplates)
    .where(eq(questionnaireTemplates.companyId, companyId));
  const [check] = rowsOf<{ id: string }>(
    await db.execute(sql`select k.id from reference_checks k join referees r on r.check_id = k.id
      where k.company_id = ${companyId} and k.status = 'completed'
      group by k.id order by count(*) desc, k.id limit 1`),
  );
  return { key, template, check };
}

export async function measureApiV1(
  db: Database['db'],
  base: string,
  database: string,
  seconds: number,
): Promise<ApiV1Result> {
  const { companyId, membershipId, background } = await referenceCompany(db);
  const { key, template, check: read } = await referenceApiAccess(db, companyId, membershipId, 'Bench ATS');
  const headers = { authorization: `Bearer ${key}` };
  const result: ApiV1Result = { database, background, started: 0, measures: [], plans: [] };

  const readUrl = `${base}/api/v1/reference-checks/${read.id}`;
  await warmUp(readUrl, headers);
  result.measures.push({
    measure: 'GET /api/v1/reference-checks/{id}, 1 connection',
    stats: await loadHttp({ url: readUrl, headers, connections: 1, seconds }),
  });
  result.measures.push({
    measure: `GET /api/v1/reference-checks/{id}, ${CONNECTIONS} connections`,
    stats: await loadHttp({ url: readUrl, headers, connections: CONNECTIONS, seconds }),
  });

  const postUrl = `${base}/api/v1/reference-checks`;
  const postHeaders = { ...headers, 'content-type': 'application/json' };
  const body = startBody(template.id);
  for (let i = 0; i < 20; i++) {
    const res = await fetch(postUrl, {
      method: 'POST',
      headers: postHeaders,
      body: body.replaceAll('[<id>]', `warm-${i}`),
    });
    if (res.status !== 201) throw new Error(`starting a check answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  }
  const before = await countChecks(db, companyId);
  const post = await loadHttp({
    url: postUrl,
    headers: postHeaders,
    method: 'POST',
    body,
    uniqueIds: true,
    connections: CONNECTIONS,
    seconds,
  });
  result.started = (await countChecks(db, companyId)) - before;
  result.measures.push({
    measure: `POST /api/v1/reference-checks (a new candidate each), ${CONNECTIONS} connections`,
    stats: post,
  });
  // Requests still in flight when the run ends are answered uncounted: at most one per connection.
  if (result.started < post.count || result.started > post.count + CONNECTIONS) {
    throw new Error(`${post.count} POSTs answered 2xx but ${result.started} checks were started`);
  }
  result.measures.push({
    measure: `bare Fastify GET /ping, ${CONNECTIONS} connections (framework ceiling)`,
    stats: await bareFastifyCeiling(CONNECTIONS, seconds),
  });
  return result;
}

/**
 * The reference checks benchmark's company when it ran first in this database (the full run), else a
 * new one like it: thousands of checks in every status, on the shipped English questionnaire.
 */
async function referenceCompany(db: Database['db']) {
  const [existing] = rowsOf<{ companyId: string; membershipId: string; checks: number; referees: number }>(
    await db.execute(sql`select m.company_id as "companyId", m.id as "membershipId",
        (select count(*)::int from reference_checks k where k.company_id = m.company_id) as checks,
        (select count(*)::int from referees r where r.company_id = m.company_id) as referees
      from users u join memberships m on m.user_id = u.id where u.email = ${REFERENCE_RECRUITER.email}`),
  );
  if (existing) return { ...existing, background: { checks: existing.checks, referees: existing.referees } };
  const dataset = await createReferenceDataset(db, Number(process.env.BENCH_REFERENCE_CHECKS ?? BACKGROUND_CHECKS), 2);
  return { companyId: dataset.companyId, membershipId: dataset.membershipId, background: dataset.background };
}

function countChecks(db: Database['db'], companyId: string) {
  return db.$count(referenceChecks, eq(referenceChecks.companyId, companyId));
}

export function apiV1Report(results: ApiV1Result[]): string[] {
  if (!results.length) return [];
  return [
    '## Integration API (/api/v1)',
    '',
    `An applicant tracking system with one API key (read and write), ${CONNECTIONS} connections at once: reading a ` +
      'completed check (the one with the most referees), and starting a check for a new candidate with every request (its ' +
      'candidate, the job found by its external id, the candidate’s email queued, the webhook event written). ' +
      'The bare Fastify route is the ceiling of the framework on this machine at the same concurrency.',
    '',
    ...results.map(
      (r) =>
        `- ${r.database}: ${r.background.checks.toLocaleString('en')} background checks with ` +
        `${r.background.referees.toLocaleString('en')} referees; the POST run started ${r.started.toLocaleString('en')} checks (answers after the run's end uncounted).`,
    ),
    '',
    '| database | measure | p50 ms | p95 ms | req/s | failures |',
    '|---|---|---:|---:|---:|---:|',
    ...results.flatMap((r) =>
      r.measures.map((m) => `| ${r.database} | ${m.measure} | ${latencyCells(m.stats)} | ${m.stats.failures} |`),
    ),
    '',
  ];
}

if (isEntryPoint(import.meta.url)) {
  await runAlone({ databaseName: 'vouch_bench_api_v1', measure: measureApiV1, report: apiV1Report });
}

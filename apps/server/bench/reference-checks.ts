/**
 * `reference checks` (issue 5, benchmarks 14 and 15): what a referee's phone downloads to open the
 * link, saving one answer, submitting a questionnaire (with the fraud rules and the check's status
 * that follow), and a check's report as JSON and as PDF, on the shipped English `general`
 * questionnaire in a company with thousands of other checks; on PostgreSQL and PGlite.
 *
 * Run alone with `tsx bench/reference-checks.ts` (BENCH_DRIVERS, BENCH_SECONDS as in run.ts;
 * BENCH_REFERENCE_CHECKS sets the number of background checks); it uses its own database. The
 * first-load figures need the web app built; when it is not, this builds it first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { buildReportPdf } from '../src/modules/references/use-cases/build-report-pdf.ts';
import { buildReport } from '../src/modules/references/use-cases/report.ts';
import { saveAnswers } from '../src/modules/references/use-cases/save-referee-answers.ts';
import { submitAnswers } from '../src/modules/references/use-cases/submit-referee-answers.ts';
import { loadConfig } from '../src/platform/config.ts';
import { sha256 } from '../src/platform/crypto.ts';
import type { Database } from '../src/platform/db/db.ts';
import type { Ctx } from '../src/platform/http/context.ts';
import { isEntryPoint, runAlone, signIn } from './http.ts';
import { loadHttp, loadHttpOneConnection, metMark, p50p95, queryPlan, type Stats, timeCalls } from './measure.ts';
import { createReferenceDataset, type ReferenceDataset } from './reference-dataset.ts';

const BACKGROUND_CHECKS = 5_000;
const SUBMITTERS = 400;
const SUBMIT_WARMUP = 30;
const P95_TARGET_MS = 30;
const FIRST_LOAD_TARGET_BYTES = 150 * 1024;
const SERIAL = { iterations: 200, concurrency: 1, warmup: 20 };
const PDF_SERIAL = { iterations: 100, concurrency: 1, warmup: 10 };
const webDist = new URL('../../web/dist/', import.meta.url);

type Encoding = 'br' | 'gzip';
export type FirstLoad = {
  page: string;
  path: string;
  encoding: Encoding;
  html: number;
  js: number;
  css: number;
  files: number;
  /** Files sent as they are: the build compresses only files of 1 KB and more. */
  uncompressed: string[];
  /** Set when a file failed or came back in an encoding not asked for. */
  problem: string | null;
};
type Measure = { measure: string; stats: Stats; target?: string; met?: boolean };
export type ReferenceChecksResult = {
  database: string;
  background: ReferenceDataset['background'];
  loadSeconds: number;
  measures: Measure[];
  firstLoads: FirstLoad[];
  pdfBytes: number;
  notes: string[];
  plans: string[];
};

/** Builds the web app when it has not been built: the first-load figures are of the built files. */
export function ensureWebBuilt(): string | null {
  if (fs.existsSync(new URL('respond.html', webDist))) return null;
  const root = new URL('../../../', import.meta.url);
  console.log('Building the web app for the first-load figures…');
  const built = spawnSync('npm', ['run', 'build', '-w', '@vouch/web'], { cwd: root, stdio: 'inherit' });
  return built.status === 0 ? null : 'the web app could not be built, so the first-load figures are missing';
}

/** One GET as a browser sends it; the body's length is what crossed the wire (still compressed). */
function getOnWire(url: string, encoding: Encoding) {
  return new Promise<{ status: number; bytes: number; encoding: string; text: string }>((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { 'accept-encoding': encoding === 'br' ? 'br, gzip' : 'gzip' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            bytes: body.length,
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
            text: body.toString('latin1'),
          });
        });
        res.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** The files a page's HTML makes the browser fetch before it can show anything. */
function assetsOf(html: string) {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attribute(m[0], 'src'));
  const links = [...html.matchAll(/<link\b[^>]*>/g)]
    .filter((m) => ['modulepreload', 'stylesheet'].includes(attribute(m[0], 'rel') ?? ''))
    .map((m) => attribute(m[0], 'href'));
  return [...new Set([...scripts, ...links].filter((src): src is string => Boolean(src)))];
}

/** The page's HTML and every script, module preload and stylesheet it names, as bytes on the wire. */
async function firstLoad(base: string, page: string, path: string, encoding: Encoding): Promise<FirstLoad> {
  const wanted = encoding;
  const problems: string[] = [];
  const uncompressed: string[] = [];
  const check = (what: string, got: { status: number; encoding: string; bytes: number }) => {
    if (got.status !== 200) problems.push(`${what} answered ${got.status}`);
    else if (got.encoding === 'identity') uncompressed.push(`${what === path ? 'the HTML' : what} (${got.bytes} B)`);
    else if (got.encoding !== wanted) problems.push(`${what} came as ${got.encoding}`);
  };
  // The HTML itself is read decompressed to find its assets; its size is measured as sent.
  const document = await getOnWire(`${base}${path}`, encoding);
  check(path, document);
  const plain = await new Promise<string>((resolve, reject) => {
    http
      .get(`${base}${path}`, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve(text));
      })
      .on('error', reject);
  });
  const result: FirstLoad = {
    page,
    path,
    encoding,
    html: document.bytes,
    js: 0,
    css: 0,
    files: 0,
    uncompressed,
    problem: null,
  };
  for (const asset of assetsOf(plain)) {
    const got = await getOnWire(new URL(asset, `${base}${path}`).toString(), encoding);
    check(asset, got);
    if (asset.endsWith('.css')) result.css += got.bytes;
    else result.js += got.bytes;
    result.files++;
  }
  if (!result.files) problems.push('the page names no scripts (is the web app built?)');
  result.problem = problems.length ? problems.join('; ') : null;
  return result;
}

/** Times `count` submissions one after the other, each by the next referee in `tokens`; false is a failure. */
async function timeSubmissions(tokens: string[], count: number, submit: (token: string) => Promise<boolean>) {
  let next = 0;
  let failures = 0;
  const call = async () => {
    const token = tokens[next++];
    if (!token) throw new Error('ran out of referees to submit');
    if (!(await submit(token))) failures++;
  };
  const stats = await timeCalls(call, { iterations: count, concurrency: 1, warmup: SUBMIT_WARMUP });
  return { ...stats, failures };
}

export async function measureReferenceChecks(
  db: Database['db'],
  base: string,
  database: string,
  seconds: number,
): Promise<ReferenceChecksResult> {
  const onPg = database === 'PostgreSQL';
  const checks = Number(process.env.BENCH_REFERENCE_CHECKS ?? BACKGROUND_CHECKS);
  const perRun = SUBMITTERS + SUBMIT_WARMUP;
  const dataset = await createReferenceDataset(db, checks, 2 * perRun);
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'never', WORKER: 'off' });
  const result: ReferenceChecksResult = {
    database,
    background: dataset.background,
    loadSeconds: dataset.loadSeconds,
    measures: [],
    firstLoads: [],
    pdfBytes: 0,
    notes: [],
    plans: [],
  };
  const under30 = (stats: Stats) =>
    onPg ? { target: `p95 < ${P95_TARGET_MS} ms`, met: stats.p95 < P95_TARGET_MS } : {};

  // The first load is the same files on both databases: measured once, beside PostgreSQL if it runs.
  if (onPg || !(process.env.BENCH_DRIVERS ?? 'postgres,pglite').includes('postgres')) {
    for (const encoding of ['br', 'gzip'] as const) {
      result.firstLoads.push(
        await firstLoad(base, 'referee page', `/r/${dataset.saver.token}`, encoding),
        await firstLoad(base, 'recruiter app', '/sign-in', encoding),
      );
    }
  }

  // Saving: the page sends the changed answers a moment after the referee stops typing.
  const saveUrl = `${base}/api/public/reference-referee/${dataset.saver.token}/answers`;
  const saveBody = JSON.stringify({ answers: { [dataset.saver.questionId]: dataset.saver.scale - 1 } });
  const jsonHeaders = { 'content-type': 'application/json' };
  for (let i = 0; i < 20; i++) {
    const res = await fetch(saveUrl, { method: 'PATCH', headers: jsonHeaders, body: saveBody });
    if (!res.ok) throw new Error(`saving answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  }
  const save = await loadHttp({
    url: saveUrl,
    headers: jsonHeaders,
    method: 'PATCH',
    body: saveBody,
    connections: 1,
    seconds,
  });
  result.measures.push({
    measure: 'save one answer (PATCH …/answers), HTTP, 1 connection',
    stats: save,
    ...under30(save),
  });
  const patch = JSON.parse(saveBody).answers;
  result.measures.push({
    measure: 'save one answer, saveAnswers() alone',
    stats: await timeCalls(() => saveAnswers(db, dataset.saver.token, patch), SERIAL),
  });
  // The statements behind a link, as the use cases send them: the look-up from the token, and the save.
  const tokenHash = sha256(dataset.saver.token);
  const lookUp = sql`select r.id, k.status, v.content from link_tokens t
    join referees r on r.id = t.subject_id and r.company_id = t.company_id
    join reference_checks k on k.id = r.check_id
    join questionnaire_versions v on v.id = k.version_id
    where t.token_hash = ${tokenHash} and t.purpose = 'reference_referee'`;
  result.plans.push(`${database}, a referee's link, token to questionnaire:\n${await queryPlan(db, lookUp)}`);
  const saveStatement = sql`update referees set answers = jsonb_strip_nulls(answers || (${saveBody}::jsonb -> 'answers')),
      started_at = coalesce(started_at, now()), updated_at = now()
    where id = ${dataset.saver.refereeId} and status in ('invited', 'opened', 'bounced') and consent_at is not null
      and exists (select 1 from reference_checks k where k.id = referees.check_id
        and k.status in ('awaiting_referees', 'in_progress') and k.links_expire_at > now())
      and exists (select 1 from link_tokens t where t.token_hash = ${tokenHash} and t.purpose = 'reference_referee'
        and t.used_at is null and t.expires_at > now())
    returning updated_at`;
  result.plans.push(`${database}, saving answers:\n${await queryPlan(db, saveStatement)}`);

  const submit = await timeSubmissions(dataset.submitters.slice(0, perRun), SUBMITTERS, async (token) => {
    const res = await fetch(`${base}/api/public/reference-referee/${token}/submit`, { method: 'POST' });
    await res.arrayBuffer();
    return res.ok;
  });
  result.measures.push({
    measure: `submit (POST …/submit), HTTP, ${SUBMITTERS} referees one after the other`,
    stats: submit,
    ...under30(submit),
  });
  const submitAlone = await timeSubmissions(dataset.submitters.slice(perRun), SUBMITTERS, async (token) => {
    const page = await submitAnswers(db, config, token);
    return page.status === 'answered';
  });
  result.measures.push({ measure: 'submit, submitAnswers() alone', stats: submitAlone });

  // The report of a check with five answered referees: the use case alone, then through HTTP.
  const ctx: Ctx = {
    tenantId: dataset.companyId,
    actor: {
      userId: dataset.userId,
      membershipId: dataset.membershipId,
      sessionId: 'bench',
      email: dataset.recruiter.email,
      name: 'References Recruiter',
      language: 'en',
      role: 'recruiter',
      agencyId: null,
    },
    db,
    config,
    requestId: 'bench',
    log: pino({ enabled: false }),
  };
  const checkId = dataset.reportCheckId;
  const report = await buildReport(ctx, checkId);
  if (report.responses.length !== 5) throw new Error(`the report holds ${report.responses.length} answers, not 5`);
  result.notes.push(`the measured report shows ${report.fraudSignals.length} fraud signal(s)`);
  result.measures.push({
    measure: 'report JSON, buildReport() alone',
    stats: await timeCalls(() => buildReport(ctx, checkId), SERIAL),
  });
  const headers = await signIn(base, dataset.recruiter);
  const reportUrl = `${base}/api/reference-checks/${checkId}/report`;
  result.measures.push({
    measure: 'report JSON, HTTP, 1 connection',
    stats: await loadHttpOneConnection(reportUrl, headers, seconds),
  });
  result.pdfBytes = (await buildReportPdf(ctx, checkId)).pdf.length;
  result.measures.push({
    measure: 'report PDF, buildReportPdf() alone',
    stats: await timeCalls(() => buildReportPdf(ctx, checkId), PDF_SERIAL),
  });
  result.measures.push({
    measure: 'report PDF, HTTP, 1 connection',
    stats: await loadHttpOneConnection(`${reportUrl}.pdf`, headers, seconds),
  });
  return result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function referenceChecksReport(results: ReferenceChecksResult[]): string[] {
  if (!results.length) return [];
  const firstLoads = results.flatMap((r) => r.firstLoads);
  return [
    '## Reference checks',
    '',
    "A referee's link on the shipped English `general` questionnaire, in a company with thousands of other checks. " +
      'Milliseconds, p50 / p95. Saving is one changed answer sent again and again over one connection; submitting is ' +
      'a different referee each time, every required answer already saved, with the fraud rules and the check status ' +
      'that follow (every second one completes its check and queues the recruiter’s email). The report is a completed ' +
      'check with five answered referees, signed in as a recruiter. Rows marked "alone" call the use case in the ' +
      "server's process, without HTTP.",
    '',
    ...results.map(
      (r) =>
        `- ${r.database}: ${r.background.checks.toLocaleString('en')} background checks with ` +
        `${r.background.referees.toLocaleString('en')} referees and their link tokens, plus the measured ones, ` +
        `made in ${r.loadSeconds.toFixed(1)} s; the report's PDF is ${r.pdfBytes.toLocaleString('en')} bytes` +
        `${r.notes.length ? `; ${r.notes.join('; ')}` : ''}.`,
    ),
    '',
    '| database | measure | p50 / p95 ms | req/s | failures | target | met |',
    '|---|---|---:|---:|---:|---|:-:|',
    ...results.flatMap((r) =>
      r.measures.map(
        (m) =>
          `| ${r.database} | ${m.measure} | ${p50p95(m.stats)} | ${Math.round(m.stats.perSecond).toLocaleString('en')} | ` +
          `${m.stats.failures} | ${m.target ?? ''} | ${metMark(m.met)} |`,
      ),
    ),
    '',
    ...(firstLoads.length
      ? [
          '### First load',
          '',
          'Bytes on the wire (compressed, as received) of the page and every script, module preload and stylesheet ' +
            'its HTML names, fetched as a browser accepting Brotli, then gzip only. Chunks loaded later on demand are not counted.',
          '',
          '| page | encoding | HTML | JS | CSS | total | files | target | met |',
          '|---|---|---:|---:|---:|---:|---:|---|:-:|',
          ...firstLoads.map((f) => {
            const total = f.html + f.js + f.css;
            const referee = f.page === 'referee page';
            const target = referee ? `< ${kb(FIRST_LOAD_TARGET_BYTES)}` : 'for comparison';
            const met = referee ? metMark(!f.problem && total < FIRST_LOAD_TARGET_BYTES) : '';
            return `| ${f.page} (\`${f.path.startsWith('/r/') ? '/r/<token>' : f.path}\`) | ${f.encoding === 'br' ? 'Brotli' : 'gzip'} | ${kb(f.html)} | ${kb(f.js)} | ${kb(f.css)} | ${kb(total)} | ${f.files} | ${target} | ${met} |`;
          }),
          '',
          ...firstLoads.filter((f) => f.problem).map((f) => `- ${f.page}, ${f.encoding}: ${f.problem}.`),
          ...firstLoads
            .filter((f) => f.encoding === 'br' && f.uncompressed.length)
            .map(
              (f) => `- ${f.page}: sent uncompressed (under 1 KB, no compressed twin): ${f.uncompressed.join(', ')}.`,
            ),
          '',
        ]
      : ['- First load: not measured (the web app is not built).', '']),
  ];
}

if (isEntryPoint(import.meta.url)) {
  const problem = ensureWebBuilt();
  if (problem) console.warn(problem);
  await runAlone({
    databaseName: 'vouch_bench_references',
    measure: measureReferenceChecks,
    report: referenceChecksReport,
  });
}

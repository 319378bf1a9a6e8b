/**
 * `footprint`: what one server process costs to run — the time from starting `src/main.ts` until
 * /api/health answers (migrations already applied, as on every restart but the first), and its resident
 * memory after a load of FOOTPRINT_SECONDS (60 unless told) on the signed-in reads a recruiter makes
 * most (/api/auth/me and the candidate list, 5 connections each), on PostgreSQL.
 *
 * `npm run bench` runs it last when it measures PostgreSQL. Run alone with `tsx bench/footprint.ts`; it uses its
 * own database (`vouch_footprint`), dropped at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { createDataset, openBenchDatabase, RECRUITER } from './dataset.ts';
import { BENCH_SECRET_KEY, signIn } from './http.ts';
import { formatMs, loadHttp, type Stats } from './measure.ts';

const SECONDS = Number(process.env.FOOTPRINT_SECONDS ?? 60);
const CANDIDATES = 5_000;

export type FootprintResult = {
  startupMs: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** The median of one sample a second during the load: one reading depends on when V8 last collected. */
  rssMedianMb: number;
  peakRssMb: number;
  seconds: number;
  loads: { measure: string; stats: Stats }[];
};

const freePort = async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
};

/** VmRSS and VmHWM (the peak) of a process, in MB, from Linux's /proc. */
async function memoryOf(pid: number) {
  const status = await import('node:fs/promises').then((fs) => fs.readFile(`/proc/${pid}/status`, 'utf8'));
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

async function waitForHealth(base: string, child: ChildProcess) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before answering`);
    const ok = await fetch(`${base}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function measureFootprint(serverUrl: string, seconds = SECONDS): Promise<FootprintResult> {
  const name = process.env.FOOTPRINT_DATABASE ?? 'vouch_footprint';
  const database = await openBenchDatabase('postgres', serverUrl, name);
  const dataset = await createDataset(database.db, CANDIDATES);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // The ordinary start command: node with tsx, as `npm start` runs it, in production mode.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    // FOOTPRINT_SERVER_DIR: another checkout's server folder, to measure its start and memory the same way.
    cwd: process.env.FOOTPRINT_SERVER_DIR ?? new URL('..', import.meta.url),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url.toString(),
      VOUCH_SECRET_KEY: BENCH_SECRET_KEY,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'never',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(base, child);
    const startupMs = performance.now() - started;
    const before = await memoryOf(child.pid!);
    const headers = await signIn(base, RECRUITER);
    const [jobId, stepId] = [dataset.jobs[0].id, dataset.jobs[0].stepIds[2]];
    const urls = {
      'GET /api/auth/me': `${base}/api/auth/me`,
      'GET /api/candidates (one step, 50 a page)': `${base}/api/candidates?jobId=${jobId}&stepId=${stepId}&sort=updated_desc&limit=50`,
    };
    const samples: number[] = [];
    const sampler = setInterval(() => {
      void memoryOf(child.pid!).then(
        ({ rssMb }) => samples.push(rssMb),
        () => {},
      );
    }, 1_000);
    const loads = await Promise.all(
      Object.entries(urls).map(async ([measure, target]) => ({
        measure,
        stats: await loadHttp({ url: target, headers, connections: 5, seconds }),
      })),
    );
    clearInterval(sampler);
    const after = await memoryOf(child.pid!);
    samples.sort((a, b) => a - b);
    return {
      rssMedianMb: samples[Math.floor(samples.length / 2)] ?? Number.NaN,
      startupMs,
      rssBeforeMb: before.rssMb,
      rssAfterMb: after.rssMb,
      peakRssMb: after.peakMb,
      seconds,
      loads,
    };
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
    await database.close();
  }
}

export function footprintReport(result: FootprintResult) {
  return [
    '## Footprint: start-up and resident memory (PostgreSQL)',
    '',
    `- Start-up (spawn → /api/health answers, tsx, migrations already applied): ${Math.round(result.startupMs)} ms`,
    `- Resident memory once started: ${result.rssBeforeMb.toFixed(0)} MB; after ${result.seconds} s of load: ` +
      `${result.rssAfterMb.toFixed(0)} MB (median during the load ${result.rssMedianMb.toFixed(0)} MB, ` +
      `peak since start ${result.peakRssMb.toFixed(0)} MB)`,
    ...result.loads.map(
      ({ measure, stats }) =>
        `- ${measure}, 5 connections: ${Math.round(stats.perSecond)} req/s, p50 ${formatMs(stats.p50)} ms, ` +
        `p95 ${formatMs(stats.p95)} ms, ${stats.failures} failures`,
    ),
    '',
  ];
}

if (process.argv[1]?.endsWith('footprint.ts')) {
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  console.log(footprintReport(await measureFootprint(serverUrl)).join('\n'));
}

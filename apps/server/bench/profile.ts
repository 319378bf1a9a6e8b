/**
 * `profile`: where one route of the side-by-side table spends its time, for whoever makes it faster.
 * Runs the route under load and prints the CPU it costs per request in this Node process and in the
 * PostgreSQL server's processes, the functions and packages that take Node's time (from the V8 sampling
 * profiler), and, when the server preloads pg_stat_statements, the statements that take PostgreSQL's.
 *
 *   tsx bench/profile.ts <part of a route's name> [connections]     e.g. `tsx bench/profile.ts POST 10`
 *
 * PostgreSQL only (BENCH_DATABASE_URL or DATABASE_URL names the server; its processes must be on this
 * machine for their CPU to count); BENCH_SECONDS sets the load's length (default 6). Not part of
 * `npm run bench`: it measures nothing the table does not, it explains it.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../src/platform/db/ids.ts';
import { runAlone } from './http.ts';
import { warmUp } from './measure.ts';
import { loadRoute, sideBySideRoutes } from './side-by-side.ts';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
};

/** Clock ticks used so far by every process whose command is `postgres` (the server's backends). */
function postgresTicks() {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks;
}
const TICKS_PER_SECOND = 100;

const fileOf = (node: ProfileNode) => node.callFrame.url.replace(/^file:\/\//, '');
const packageOf = (file: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? (file.includes('/src/') ? 'vouch' : file || '(vm)');
const functionOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${fileOf(node).split('/').slice(-2).join('/')}:${node.callFrame.lineNumber + 1}`;

/**
 * Self time per function and per package, and total time (self and callees) per Vouch function, from
 * V8's samples. A function that recurses counts its time once.
 */
function summarize(nodes: ProfileNode[], intervalMs: number) {
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const total = new Map<string, number>();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const walk = (node: ProfileNode, onStack: Set<string>): number => {
    const name = functionOf(node);
    let ms = node.hitCount * intervalMs;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const pkg = packageOf(fileOf(node));
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const inner = new Set(onStack).add(name);
    for (const child of node.children ?? []) ms += walk(byId.get(child)!, inner);
    if (pkg === 'vouch' && !onStack.has(name)) total.set(name, (total.get(name) ?? 0) + ms);
    return ms;
  };
  walk(nodes[0], new Set());
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .filter(([, ms]) => ms > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, count);
  return { functions: top(byFunction, 30), packages: top(byPackage, 15), vouch: top(total, 30) };
}

const [wanted = 'POST', connectionsArg = '10'] = process.argv.slice(2);
const connections = Number(connectionsArg);

await runAlone({
  databaseName: process.env.BENCH_DATABASE_NAME ?? 'vouch_bench_profile',
  measure: async (db, base, _label, seconds) => {
    const { routes, close } = await sideBySideRoutes(db, base);
    const route = routes.find((r) => r.name.includes(wanted));
    if (!route) throw new Error(`No route named like "${wanted}": ${routes.map((r) => r.name).join(', ')}`);
    const statements = await db
      .execute(sql`create extension if not exists pg_stat_statements`)
      .then(() => db.execute(sql`select pg_stat_statements_reset()`))
      .then(() => true)
      .catch(() => false);
    if (!route.post) await warmUp(route.url, route.headers);
    // The sampling profiler costs CPU itself: BENCH_SAMPLE=off measures the CPU figures without it.
    const sampling = process.env.BENCH_SAMPLE !== 'off';
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: sampling ? 200 : 1_000_000 });
    const cpuBefore = process.cpuUsage();
    const ticksBefore = postgresTicks();
    await session.post('Profiler.start');
    const stats = await loadRoute(route, connections, seconds);
    const { profile } = await session.post('Profiler.stop');
    const cpu = process.cpuUsage(cpuBefore);
    const postgresMs = ((postgresTicks() - ticksBefore) * 1000) / TICKS_PER_SECOND;
    session.disconnect();
    await close();
    const requests = stats.count;
    const nodeMs = (cpu.user + cpu.system) / 1000;
    const intervalMs = (profile.endTime - profile.startTime) / 1000 / profile.samples!.length;
    const { functions, packages, vouch } = summarize(profile.nodes as ProfileNode[], intervalMs);
    const perRequest = (ms: number) => `${(ms / requests).toFixed(3)} ms`;
    const lines = [
      `## Profile: ${route.name}, ${connections} connections, ${seconds} s`,
      '',
      `${requests} answers (${Math.round(stats.perSecond)} req/s, p50 ${stats.p50.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms, ${stats.failures} failures)`,
      `CPU per request: Node ${perRequest(nodeMs)}, PostgreSQL ${perRequest(postgresMs)}`,
      '',
      '### Node, self time by package',
      ...packages.map(([name, ms]) => `- ${name}: ${perRequest(ms)}`),
      '',
      '### Node, self time by function',
      ...functions.map(([name, ms]) => `- ${perRequest(ms)} ${name}`),
      '',
      '### Vouch functions, total time (with what they call)',
      ...vouch.map(([name, ms]) => `- ${perRequest(ms)} ${name}`),
    ];
    if (statements) {
      const top = rowsOf<{ calls: number; ms: number; query: string }>(
        await db.execute(sql`select calls::int, round((total_exec_time + total_plan_time)::numeric, 1)::float as ms,
            left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
          from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
          order by total_exec_time + total_plan_time desc limit 25`),
      );
      lines.push('', '### PostgreSQL, statements by time (plan + execute)');
      lines.push(...top.map((s) => `- ${perRequest(s.ms)} ×${(s.calls / requests).toFixed(2)} ${s.query}`));
    }
    return { plans: [], lines };
  },
  report: (results) => results.flatMap((r) => [...r.lines, '']),
});

// `npm test`: unit and integration tests on the embedded database, the same integration suite on
// PostgreSQL behind row-level security when TEST_DATABASE_URL is set, then the browser tests. Prints
// one total at the end.
//
//   --only=pglite,postgres,browser   run some of the parts (`server` is pglite and postgres)
//   --node=<path> or VOUCH_TEST_NODE run them on another Node binary (CI runs part of it on Node 24)
//   any other argument               keeps only test files whose path contains it
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const node = option('node') || process.env.VOUCH_TEST_NODE || process.execPath;
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
if (!nodeVersion) {
  console.error(`Cannot run Node at ${node}`);
  process.exit(1);
}

// Node 22.18+ and 23.6+ run TypeScript by erasing its types (the sources use only syntax that can be
// erased: `erasableSyntaxOnly`), so those need no loader; earlier ones go through tsx. V8's compile
// cache (Node 22.1+) keeps compiled modules between the test processes: each file starts its own.
const [major, minor] = nodeVersion.slice(1).split('.').map(Number);
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
const loader = stripsTypes ? [] : ['--import', 'tsx'];
const compileCache =
  major > 22 || (major === 22 && minor >= 1) ? { NODE_COMPILE_CACHE: path.join(root, '.ci/cache/compile') } : {};

const pgUrl = process.env.TEST_DATABASE_URL;
const PARTS = ['pglite', 'postgres', 'browser'];
const only = option('only')?.split(',');
const requested = only?.flatMap((part) => (part === 'server' ? ['pglite', 'postgres'] : [part])) ?? PARTS;
const unknown = requested.filter((part) => !PARTS.includes(part));
if (unknown.length) {
  console.error(`Unknown part ${unknown.join(', ')}: use ${PARTS.join(', ')} or server`);
  process.exit(1);
}
if (only?.includes('postgres') && !pgUrl) {
  console.error('--only=postgres needs TEST_DATABASE_URL');
  process.exit(1);
}
/** PostgreSQL runs only where TEST_DATABASE_URL names one. */
const runs = (part) => requested.includes(part) && (part !== 'postgres' || !!pgUrl);

function findTests(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findTests(full, out);
    else if (/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const wanted = (file) => !filters.length || filters.some((filter) => file.includes(filter));
const browserDir = path.join(root, 'apps/server/test/browser');
const serverTests = [
  ...findTests(path.join(root, 'packages')),
  ...findTests(path.join(root, 'apps/server/src')),
  ...findTests(path.join(root, 'apps/server/test')).filter((f) => !f.startsWith(browserDir)),
]
  .filter(wanted)
  .sort();
const browserTests = findTests(browserDir).filter(wanted).sort();

/** One line per part at the end, and the total. */
const results = [];

/**
 * Test files run in lanes: one process imports a lane's files one after another, each inside a
 * `describe` named after its file, so the app and its libraries load once per lane instead of once
 * per file. That load (the app's modules, the test runner's process) cost about 5 s of CPU a file:
 * half of the suite's time. Every file still opens its own database and app, its hooks stay inside
 * its `describe`, and a failure is reported under the file's path; a file that leaves the process's
 * globals changed fails (test-lane-guard.mjs). Files are dealt to the lanes in
 * turn, and there are more lanes than run at once so that a lane of slow files does not hold up
 * the end of the run.
 */
function writeLanes(label, files, count) {
  const dir = path.join(root, '.ci/cache/test-lanes', label);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const lanes = Array.from({ length: Math.min(count, files.length) }, () => []);
  for (const [i, file] of files.entries()) lanes[i % lanes.length].push(file);
  return lanes.map((laneFiles, i) => {
    const lane = path.join(dir, `lane-${i + 1}.test.mjs`);
    const imports = laneFiles.map(
      (file) =>
        // The check is registered after the file's own hooks, so it runs once they have put things back.
        `describe(${JSON.stringify(path.relative(root, file))}, async () => {\n` +
        '  const globalsKept = keepsGlobals();\n' +
        `  await import(${JSON.stringify(pathToFileURL(file).href)});\n` +
        '  after(globalsKept);\n});',
    );
    const guard = pathToFileURL(path.join(root, 'scripts/test-lane-guard.mjs')).href;
    fs.writeFileSync(
      lane,
      `import { after, describe } from 'node:test';\nimport { keepsGlobals } from ${JSON.stringify(guard)};\n\n${imports.join('\n')}\n`,
    );
    return lane;
  });
}

/**
 * Runs node's test runner on the files' lanes (node 20 finds no .ts files by itself) and tallies.
 * `concurrency`: lanes at once. The embedded database runs inside each test process and keeps
 * both cores busy with two; against a PostgreSQL server the processes mostly wait on round trips,
 * and four finished a sample of the suite in about half the time two took.
 */
function runSuite(label, files, env, concurrency = 2) {
  return new Promise((resolve) => {
    const lanes = writeLanes(label.replace(/\W+/g, '-'), files, concurrency * 3);
    console.log(
      `\n=== ${label} on Node ${nodeVersion} (${loader.length ? 'through tsx' : 'types stripped by Node'}): ${files.length} files in ${lanes.length} lanes ===`,
    );
    const started = Date.now();
    const child = spawn(node, [...loader, '--test', `--test-concurrency=${concurrency}`, ...lanes], {
      cwd: root,
      env: { ...process.env, ...compileCache, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('exit', (code) => {
      // The summary reads `# pass 12` (TAP, Node 20's choice when piped) or `ℹ pass 12` (spec, Node 24's).
      const count = (name) => Number(tail.match(new RegExp(`^(?:#|ℹ) ${name} (\\d+)`, 'm'))?.[1] ?? 0);
      const fail = count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0);
      const minutes = ((Date.now() - started) / 60_000).toFixed(1);
      results.push({ label, pass: count('pass'), fail, skipped: count('skipped'), minutes });
      resolve(code);
    });
  });
}

function prepare(env) {
  const result = spawnSync(node, ['--import', 'tsx', path.join(root, 'apps/server/test/prepare.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const embedded = { TEST_DATABASE_URL: '' };
/**
 * The PostgreSQL run is the production setup: signed-in requests run as an app role behind row-level
 * security (DATABASE_APP_ROLE), so a query that forgot its company_id filter fails here instead of
 * showing another company's rows. The PGlite run keeps the application-level filter as the only wall.
 */
const postgres = {
  TEST_DATABASE_URL: pgUrl,
  TEST_DATABASE_APP_ROLE: process.env.TEST_DATABASE_APP_ROLE || 'vouch_app',
};

// The browser tests' server uses PostgreSQL too when there is one: its queries then run outside the
// process that also drives Chromium (the embedded database is covered by the PGlite run above).
const browserDatabase = pgUrl ? { TEST_DATABASE_URL: pgUrl } : embedded;
prepare(runs('postgres') || (runs('browser') && pgUrl) ? { TEST_DATABASE_URL: pgUrl } : embedded);
if (runs('pglite') && serverTests.length) await runSuite('unit and integration tests on PGlite', serverTests, embedded);
if (runs('postgres') && serverTests.length)
  await runSuite('integration tests on PostgreSQL behind row-level security', serverTests, postgres, 4);

if (runs('browser') && browserTests.length) {
  const webBuilt = fs.existsSync(path.join(root, 'apps/web/dist/index.html'));
  if (!webBuilt || process.env.CI) {
    const build = spawnSync('npm', ['run', 'build', '-w', '@vouch/web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  await runSuite(`browser tests (Chromium, ${pgUrl ? 'PostgreSQL' : 'PGlite'})`, browserTests, browserDatabase);
}

console.log('');
for (const r of results) {
  console.log(
    `${r.label} on Node ${nodeVersion}: ${r.pass} passed, ${r.fail} failed, ${r.skipped} skipped (${r.minutes} min)`,
  );
}
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
console.log(`${total('pass')} passed, ${total('fail')} failed, ${total('skipped')} skipped`);
process.exit(total('fail') > 0 ? 1 : 0);

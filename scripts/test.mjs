// `npm test`: unit and integration tests on the embedded database, the same integration suite on
// PostgreSQL when TEST_DATABASE_URL is set, then the browser tests. Prints one total at the end.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const tsx = path.join(root, 'node_modules/.bin/tsx');

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

const browserDir = path.join(root, 'apps/server/test/browser');
const serverTests = [
  ...findTests(path.join(root, 'packages')),
  ...findTests(path.join(root, 'apps/server/src')),
  ...findTests(path.join(root, 'apps/server/test')).filter((f) => !f.startsWith(browserDir)),
].sort();
const browserTests = findTests(browserDir).sort();

const totals = { pass: 0, fail: 0, skipped: 0 };

/** Runs node's test runner on explicit files (node 20 finds no .ts files by itself) and tallies. */
function runSuite(label, files, env) {
  return new Promise((resolve) => {
    console.log(`\n=== ${label}: ${files.length} files ===`);
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('exit', (code) => {
      const count = (name) => Number(tail.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
      totals.pass += count('pass');
      totals.fail += count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0);
      totals.skipped += count('skipped');
      resolve(code);
    });
  });
}

function prepare(env) {
  const result = spawnSync(tsx, [path.join(root, 'apps/server/test/prepare.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const pgUrl = process.env.TEST_DATABASE_URL;
const embedded = { TEST_DATABASE_URL: '' };

if (!only || only === 'server') {
  prepare(pgUrl ? { TEST_DATABASE_URL: pgUrl } : embedded);
  await runSuite('unit and integration tests on PGlite', serverTests, embedded);
  if (pgUrl) await runSuite('integration tests on PostgreSQL', serverTests, { TEST_DATABASE_URL: pgUrl });
}

if ((!only || only === 'browser') && browserTests.length) {
  const webBuilt = fs.existsSync(path.join(root, 'apps/web/dist/index.html'));
  if (!webBuilt || process.env.CI) {
    const build = spawnSync('npm', ['run', 'build', '-w', '@vouch/web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (only) prepare(embedded);
  await runSuite('browser tests (Chromium)', browserTests, embedded);
}

console.log(`\n${totals.pass} passed, ${totals.fail} failed, ${totals.skipped} skipped`);
process.exit(totals.fail > 0 ? 1 : 0);

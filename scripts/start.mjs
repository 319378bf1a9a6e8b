// `npm start`: builds the web app when it is missing or older than its sources, then runs the server:
// TypeScript through tsx in development, and with NODE_ENV=production the compiled server
// (apps/server/dist, built here the same way when missing or stale), run by plain node.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const production = process.env.NODE_ENV === 'production';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build -w <workspace>` unless `output` is newer than every file under `sources`. */
function buildIfStale(workspace, output, sources) {
  const stale = !fs.existsSync(output) || sources.some((dir) => newestMtime(dir) > fs.statSync(output).mtimeMs);
  if (!stale) return;
  console.log(`Building ${workspace}…`);
  const build = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const contracts = path.join(root, 'packages/contracts/src');
buildIfStale('@vouch/web', path.join(root, 'apps/web/dist/index.html'), [path.join(root, 'apps/web/src'), contracts]);

let server;
if (production) {
  const bundle = path.join(root, 'apps/server/dist/main.js');
  buildIfStale('@vouch/server', bundle, [path.join(root, 'apps/server/src'), contracts]);
  server = spawn(process.execPath, ['--enable-source-maps', bundle], { cwd: root, stdio: 'inherit' });
} else {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  server = spawn(tsx, [path.join(root, 'apps/server/src/main.ts')], { cwd: root, stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

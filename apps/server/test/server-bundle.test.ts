import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type TMe, ZHealth } from '@vouch/contracts';

// The production build: the server compiled to JavaScript, run by plain `node` as an operator would,
// on whichever Node runs this test (CI runs it on the machine's Node and on Node 24).
const serverRoot = path.resolve(import.meta.dirname, '..');
const bundle = (name: string) => path.join(serverRoot, 'dist', `${name}.js`);
const ADMIN = 'bundle-admin@acme.example';
const PASSWORD = 'bundle-admin-pass';

/** The environment of a production process on its own embedded database: no loader, no test settings. */
function productionEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  for (const name of ['NODE_OPTIONS', 'DATABASE_URL', 'TEST_DATABASE_URL', 'VOUCH_SECRET_KEY']) delete env[name];
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function healthOf(base: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) assert.fail(`the server exited with ${server.exitCode}:\n${output()}`);
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res) return { status: res.status, body: ZHealth.parse(await res.json()) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`the server did not answer /api/health within a minute:\n${output()}`);
}

describe('the compiled server (npm run build, then node apps/server/dist/main.js)', () => {
  let dataDir: string;
  let port: number;
  before(async () => {
    const built = spawnSync(process.execPath, [path.join(serverRoot, 'scripts/build.mjs')], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-bundle-'));
    port = await freePort();
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('the bundles are JavaScript that load npm packages from node_modules and no TypeScript loader', () => {
    for (const name of ['main', 'worker', 'cli']) {
      const code = fs.readFileSync(bundle(name), 'utf8');
      assert.doesNotMatch(code, /(from |import\()"(tsx|[^"]*\.ts)"/, `${name}.js imports TypeScript`);
      assert.doesNotMatch(code, /from "@vouch\//, `${name}.js should carry @vouch/contracts inside it`);
      assert.match(code, /from "fastify"|from "drizzle-orm/, `${name}.js should import its npm packages`);
    }
  });

  test('the operator CLI creates a company, and the server starts, migrates, answers /api/health and signs its admin in', async () => {
    const env = productionEnv(dataDir, port);
    const cli = spawnSync(
      process.execPath,
      [bundle('cli'), 'create-company', '--name', 'Acme', '--admin', ADMIN, '--password', PASSWORD],
      { env, encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(cli.status, 0, `${cli.stdout}\n${cli.stderr}`);

    const server = spawn(process.execPath, [bundle('main')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    try {
      const base = `http://127.0.0.1:${port}`;
      const health = await healthOf(base, server, () => output);
      assert.equal(health.status, 200, JSON.stringify(health.body));
      assert.equal(health.body.status, 'ok');
      assert.equal(health.body.database.driver, 'pglite');

      const signIn = await fetch(`${base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
      });
      assert.equal(signIn.status, 200, await signIn.clone().text());
      const me = (await signIn.json()) as TMe;
      assert.deepEqual([me.email, me.companyName, me.role], [ADMIN, 'Acme', 'admin']);
    } finally {
      server.kill('SIGTERM');
    }
    assert.equal(await exited, 0, `the server should stop cleanly on SIGTERM:\n${output}`);
  });
});

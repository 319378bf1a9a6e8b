import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { usingPostgres, withDatabase } from './helpers/database.ts';

const cli = path.resolve(import.meta.dirname, '../src/cli.ts');
const PASSWORD = 'operator-chosen-pass';

/** Runs `npm run vouch -- …` as the operator would, in its own process, and returns what it printed. */
function vouch(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

const tokenIn = (out: string) => out.match(/\/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];

describe('npm run vouch -- create-company', () => {
  let t: TestApp;
  /** Where the command writes: this run's PostgreSQL database, or a fresh embedded data folder. */
  let databaseEnv: Record<string, string>;
  let dataDir: string | null = null;
  before(async () => {
    t = await startTestApp();
    if (usingPostgres()) {
      const [{ name }] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
      databaseEnv = { DATABASE_URL: withDatabase(process.env.TEST_DATABASE_URL!, name) };
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-cli-'));
      databaseEnv = { DATA_DIR: dataDir };
    }
  });
  after(async () => {
    await t.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Signs in on the database the command wrote to (on the embedded one, once the command has let go of it). */
  const signInWorks = async (email: string, password: string, resetToken?: string) => {
    const withApp = async (app: TestApp['app']) => {
      if (resetToken) {
        const reset = await app.inject({
          method: 'POST',
          url: '/api/auth/reset-password',
          payload: { token: resetToken, password },
        });
        assert.equal(reset.statusCode, 200, reset.body);
      }
      const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
      return res.statusCode === 200 ? (res.json() as { role: string; companyName: string }) : null;
    };
    if (!dataDir) return withApp(t.app);
    const database = await openDatabase({ driver: 'pglite', dataDir });
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, logger: false });
    try {
      return await withApp(app);
    } finally {
      await app.close();
      await database.close();
    }
  };

  test('creates the company and its admin, who signs in with the password given', async () => {
    const run = vouch(
      ['create-company', '--name', 'Acme Scripted', '--admin', 'Ops@Acme-Scripted.example', '--password', PASSWORD],
      databaseEnv,
    );
    assert.equal(run.status, 0, run.err);
    assert.match(run.out, /Created the company "Acme Scripted"/);
    assert.equal(tokenIn(run.out), undefined, 'no link when a password was given');
    const me = await signInWorks('ops@acme-scripted.example', PASSWORD);
    assert.equal(me?.role, 'admin');
    assert.equal(me?.companyName, 'Acme Scripted');
  });

  test('without --password it prints a one-time link where the admin chooses one', async () => {
    const run = vouch(['create-company', '--name', 'Linkco', '--admin', 'admin@linkco.example'], {
      ...databaseEnv,
      PUBLIC_URL: 'https://vouch.linkco.example',
    });
    assert.equal(run.status, 0, run.err);
    assert.match(run.out, /https:\/\/vouch\.linkco\.example\/reset-password\?token=/);
    const me = await signInWorks('admin@linkco.example', PASSWORD, tokenIn(run.out));
    assert.equal(me?.companyName, 'Linkco');
  });

  test('bad arguments are named, and nothing is created', async () => {
    const run = vouch(['create-company', '--name', '', '--admin', 'not-an-email', '--password', 'short'], databaseEnv);
    assert.equal(run.status, 1);
    assert.match(run.err, /--name: Required/);
    assert.match(run.err, /--admin: Not a valid email address/);
    assert.match(run.err, /--password: At least 10 characters/);
    assert.match(run.err, /Usage: npm run vouch -- create-company/);
    assert.equal(vouch(['make-coffee'], databaseEnv).status, 1);
  });

  test('on the embedded database it refuses while a server holds the data folder', {
    skip: usingPostgres() ? 'the embedded database only' : false,
  }, () => {
    const held = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-cli-held-'));
    try {
      fs.writeFileSync(path.join(held, 'vouch.lock'), String(process.pid)); // this live process "is the server"
      const run = vouch(['create-company', '--name', 'Blocked', '--admin', 'a@blocked.example'], { DATA_DIR: held });
      assert.equal(run.status, 1);
      assert.match(run.err, /in use by another Vouch process/);
    } finally {
      fs.rmSync(held, { recursive: true, force: true });
    }
  });
});

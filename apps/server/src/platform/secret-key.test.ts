import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { loadConfig } from './config.ts';
import { MissingSecretKeyError, resolveSecretKey, SECRET_KEY_FILE } from './secret-key.ts';

const made: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-key-'));
  made.push(dir);
  return dir;
};
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the server secret key', () => {
  test('VOUCH_SECRET_KEY is validated with a message that says what to set', () => {
    const key = randomBytes(32);
    assert.deepEqual(loadConfig({ VOUCH_SECRET_KEY: key.toString('base64') }).secretKey, key);
    assert.equal(loadConfig({}).secretKey, null);
    assert.throws(
      () => loadConfig({ VOUCH_SECRET_KEY: 'hunter2' }),
      /VOUCH_SECRET_KEY: 32 random bytes as base64 or 64 hex digits.*openssl rand -base64 32/,
    );
  });

  test('the environment wins everywhere, also in production on PostgreSQL', () => {
    const key = randomBytes(32);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x@localhost/x',
      VOUCH_SECRET_KEY: key.toString('hex'),
    });
    assert.deepEqual(resolveSecretKey(config), { key, source: 'environment' });
  });

  test('PostgreSQL in production without a key refuses to start, saying why', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@localhost/x' });
    assert.throws(() => resolveSecretKey(config), MissingSecretKeyError);
    assert.throws(() => resolveSecretKey(config), /every Vouch process \(servers and workers\) must share one/);
  });

  test('tests get one random key per process', () => {
    const first = resolveSecretKey(loadConfig({ NODE_ENV: 'test' }));
    assert.equal(first.source, 'test process');
    assert.deepEqual(resolveSecretKey(loadConfig({ NODE_ENV: 'test' })).key, first.key);
  });

  for (const [label, env] of [
    ['the embedded database, also in production', { NODE_ENV: 'production' }],
    ['PostgreSQL outside production', { DATABASE_URL: 'postgres://x@localhost/x' }],
  ] as const) {
    test(`${label}: generated once into the data folder, readable by its owner only`, () => {
      const dataDir = path.join(tempDir(), 'data');
      const config = loadConfig({ ...env, DATA_DIR: dataDir });
      const generated = resolveSecretKey(config);
      assert.equal(generated.source, 'generated file');
      const file = path.join(dataDir, SECRET_KEY_FILE);
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      assert.deepEqual(fs.readdirSync(dataDir), [SECRET_KEY_FILE], 'no draft left behind');
      assert.deepEqual(resolveSecretKey(config), { key: generated.key, source: 'file' }, 'the same key next time');
    });
  }

  test('a damaged key file is refused, not replaced', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, SECRET_KEY_FILE), 'not a key\n');
    assert.throws(() => resolveSecretKey(loadConfig({ DATA_DIR: dataDir })), /does not hold a 32-byte key/);
  });
});

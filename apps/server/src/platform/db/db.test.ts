import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from './db.ts';

/**
 * The data folder's lock is the embedded database's alone: the PostgreSQL run of the suite leaves these
 * to the PGlite run rather than start the embedded database there too.
 */
const embeddedOnly = { skip: process.env.TEST_DATABASE_URL ? 'the embedded database only' : false };

test(
  'a second process on the same embedded data folder refuses to start, with a clear message',
  embeddedOnly,
  async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-lock-'));
    const first = await openDatabase({ driver: 'pglite', dataDir });
    try {
      const script = `import { openDatabase } from ${JSON.stringify(path.resolve(import.meta.dirname, 'db.ts'))};
      try { await openDatabase({ driver: 'pglite', dataDir: ${JSON.stringify(dataDir)} }); console.log('opened'); }
      catch (e) { console.log(e.constructor.name + ': ' + e.message); }`;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
      });
      assert.match(child.stdout, /DataDirLockedError: .*in use by another Vouch process/);
      assert.doesNotMatch(child.stdout, /opened/);
    } finally {
      await first.close();
    }
    // Once the first process lets go, the folder opens again and the lock is taken anew.
    const again = await openDatabase({ driver: 'pglite', dataDir });
    await again.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
);

test('a lock left by a process that died is taken over', embeddedOnly, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-lock-'));
  fs.writeFileSync(path.join(dataDir, 'vouch.lock'), '999999');
  const database = await openDatabase({ driver: 'pglite', dataDir });
  assert.equal(fs.readFileSync(path.join(dataDir, 'vouch.lock'), 'utf8'), String(process.pid));
  await database.close();
  assert.equal(fs.existsSync(path.join(dataDir, 'vouch.lock')), false);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { migrationsFolder } from '../src/platform/db/db.ts';

/** The check `npm run lint` runs, against a copy of the migrations folder that a test may spoil. */
const script = path.resolve(import.meta.dirname, '../scripts/migrations-lock.mjs');

function copyOfMigrations() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-lock-'));
  fs.cpSync(migrationsFolder, dir, { recursive: true, filter: (file) => !file.endsWith('_snapshot.json') });
  return dir;
}

const run = (dir: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script, '--dir', dir, ...args], { encoding: 'utf8' });
  return { ok: result.status === 0, output: result.stdout + result.stderr };
};

type Journal = { entries: { idx: number; when: number; tag: string }[] };
const journalOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8')) as Journal;
const writeJournal = (dir: string, journal: Journal) =>
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal, null, 2));

test('the committed lock matches every migration in the folder', () => {
  const result = run(migrationsFolder);
  assert.ok(result.ok, result.output);
  assert.match(result.output, /landed migrations unchanged/);
});

test('an edited, a removed or a re-dated landed migration fails the check, naming it', () => {
  const edited = copyOfMigrations();
  fs.appendFileSync(
    path.join(edited, '0003_referrals_and_marks.sql'),
    '\nALTER TABLE "referrals" ADD COLUMN "x" text;',
  );
  assert.deepEqual(pick(run(edited)), { ok: false, says: '0003_referrals_and_marks.sql changed' });

  const removed = copyOfMigrations();
  fs.rmSync(path.join(removed, '0004_board_stale_and_templates.sql'));
  assert.deepEqual(pick(run(removed)), { ok: false, says: '0004_board_stale_and_templates.sql disappeared' });

  // The edit that broke databases before: the SQL kept, the journal's `when` moved.
  const redated = copyOfMigrations();
  const journal = journalOf(redated);
  journal.entries[0].when += 1000;
  writeJournal(redated, journal);
  const result = run(redated);
  assert.equal(result.ok, false);
  assert.match(result.output, /0000_init's journal `when` changed/);
  for (const dir of [edited, removed, redated]) fs.rmSync(dir, { recursive: true });
});

test('a new migration must be appended to the lock, and appending leaves the landed lines as they were', () => {
  const dir = copyOfMigrations();
  const journal = journalOf(dir);
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_next_feature' });
  writeJournal(dir, journal);
  fs.writeFileSync(path.join(dir, '9999_next_feature.sql'), 'SELECT 1;');
  const lockBefore = fs.readFileSync(path.join(dir, 'migrations.lock'), 'utf8');

  const unlocked = run(dir);
  assert.equal(unlocked.ok, false);
  assert.match(unlocked.output, /not in migrations\.lock: 9999_next_feature/);

  assert.ok(run(dir, '--write').ok);
  const lockAfter = fs.readFileSync(path.join(dir, 'migrations.lock'), 'utf8');
  assert.ok(lockAfter.startsWith(lockBefore));
  assert.match(lockAfter.slice(lockBefore.length), /^[0-9a-f]{64} \d+ 9999_next_feature\n$/);
  assert.ok(run(dir).ok);
  fs.rmSync(dir, { recursive: true });
});

/** Whether the check passed, and the first problem it named. */
function pick(result: { ok: boolean; output: string }) {
  return { ok: result.ok, says: /- (.+)/.exec(result.output)?.[1] };
}

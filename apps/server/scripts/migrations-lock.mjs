#!/usr/bin/env node
// Landed migrations are immutable. `migrations.lock`, beside the migrations, holds one line per
// migration in the order they run: the SHA-256 of its SQL, the journal's `when` (the migrator applies
// every migration whose `when` is later than the last one a database ran, so a changed `when` makes a
// migrated database run it again) and its tag.
//
//   node migrations-lock.mjs          check: every locked migration is unchanged, none is unlocked
//   node migrations-lock.mjs --write  append the migrations not locked yet (never rewrites a line)
//   --dir <folder>                    another migrations folder (tests)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? path.resolve(args[dirAt + 1]) : path.resolve(import.meta.dirname, '../drizzle');
const lockPath = path.join(dir, 'migrations.lock');
const HEADER = '# sha256 of the SQL, journal `when`, tag: landed migrations never change (npm run db:lock appends)';

const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The migrations as the journal lists them, in the order they run. */
function journal() {
  const { entries } = JSON.parse(fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8'));
  return entries.map((e) => ({ tag: e.tag, when: String(e.when), file: path.join(dir, `${e.tag}.sql`) }));
}

function readLock() {
  if (!fs.existsSync(lockPath)) return [];
  return fs
    .readFileSync(lockPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [hash, when, tag] = line.trim().split(/\s+/);
      return { hash, when, tag };
    });
}

/** What differs between the lock and the folder; an empty list when every locked migration is as landed. */
function problems(locked, current) {
  const found = [];
  locked.forEach((lock, index) => {
    const migration = current[index];
    const file = path.join(dir, `${lock.tag}.sql`);
    if (!fs.existsSync(file)) found.push(`${lock.tag}.sql disappeared`);
    else if (sha256(file) !== lock.hash) found.push(`${lock.tag}.sql changed`);
    if (!migration || migration.tag !== lock.tag) found.push(`${lock.tag} is no longer number ${index} in the journal`);
    else if (migration.when !== lock.when)
      found.push(`${lock.tag}'s journal \`when\` changed (${lock.when} → ${migration.when})`);
  });
  return found;
}

const locked = readLock();
const current = journal();
const found = problems(locked, current);
if (found.length) {
  console.error('Landed migrations were changed. Write a new migration instead of editing one:');
  for (const problem of found) console.error(`  - ${problem}`);
  process.exit(1);
}

const unlocked = current.slice(locked.length);
if (args.includes('--write')) {
  const lines = unlocked.map((m) => `${sha256(m.file)} ${m.when} ${m.tag}`);
  const before = fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : `${HEADER}\n`;
  fs.writeFileSync(lockPath, before + lines.map((line) => `${line}\n`).join(''));
  console.log(unlocked.length ? `Locked ${unlocked.map((m) => m.tag).join(', ')}` : 'Every migration is locked');
} else if (unlocked.length) {
  console.error(`Migrations not in ${path.basename(lockPath)}: ${unlocked.map((m) => m.tag).join(', ')}`);
  console.error('Lock them with `npm run db:lock` once they are final.');
  process.exit(1);
} else {
  console.log(`${locked.length} landed migrations unchanged`);
}

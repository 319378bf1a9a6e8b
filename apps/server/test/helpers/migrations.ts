import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type Database, migrationsFolder } from '../../src/platform/db/db.ts';

export { emptyDatabase } from './database.ts';

/** For tests of a migration that changes data: migrate to just before it, add rows, migrate on. */

type Journal = { entries: { tag: string }[] };

/** A migrations folder holding only the migrations before the one that creates `index`. */
export function folderBefore(index: string) {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;
  const at = journal.entries.findIndex((e) =>
    fs.readFileSync(path.join(migrationsFolder, `${e.tag}.sql`), 'utf8').includes(index),
  );
  assert.ok(at > 0, `a migration creates ${index}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const before = journal.entries.slice(0, at);
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: before }));
  for (const e of before) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

/** Applies the migrations in `folder` (one made by `folderBefore`). */
export async function migrateFrom(database: Database, folder: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the migrators want their own driver's type.
  const db = database.db as any;
  await (database.driver === 'postgres' ? migratePg : migratePglite)(db, { migrationsFolder: folder });
}

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type Database, migrationsFolder, openDatabase } from '../../src/platform/db/db.ts';
import { usingPostgres, withDatabase } from './database.ts';

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

/** An empty database of the suite's kind, and how to drop it. */
export async function emptyDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!usingPostgres() || !url) {
    const database = await openDatabase({ driver: 'pglite', dataDir: null });
    return { database, drop: () => database.close() };
  }
  const name = `vouch_test_migration_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const database = await openDatabase({ driver: 'postgres', url: withDatabase(url, name), poolSize: 1 });
  return {
    database,
    drop: async () => {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Applies the migrations in `folder` (one made by `folderBefore`). */
export async function migrateFrom(database: Database, folder: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the migrators want their own driver's type.
  const db = database.db as any;
  await (database.driver === 'postgres' ? migratePg : migratePglite)(db, { migrationsFolder: folder });
}

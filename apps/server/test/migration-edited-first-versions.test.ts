import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type Database, migrationsFolder, runMigrations } from '../src/platform/db/db.ts';
import { EDITED_MIGRATIONS } from '../src/platform/db/edited-migrations.ts';
import { emptyDatabase } from './helpers/database.ts';

/**
 * Three landed migrations were edited afterwards. A database migrated while each was in its first
 * version must still migrate to today's schema, the same one a fresh database gets. The fixtures
 * hold each first version and the journal as it was then; every other migration of that time is
 * today's file, unchanged since (migrations.lock says so).
 */
const fixtures = path.resolve(import.meta.dirname, 'fixtures/edited-migrations');

type Journal = { entries: { tag: string; when: number }[] };

/** The migrations folder as it was when `tag` was in its first version. */
function folderAtFirstVersionOf(tag: string) {
  const fixture = path.join(fixtures, tag);
  const journal = JSON.parse(fs.readFileSync(path.join(fixture, '_journal.json'), 'utf8')) as Journal;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-first-version-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const { tag: each } of journal.entries) {
    const first = path.join(fixture, `${each}.sql`);
    fs.copyFileSync(
      fs.existsSync(first) ? first : path.join(migrationsFolder, `${each}.sql`),
      path.join(dir, `${each}.sql`),
    );
  }
  return dir;
}

async function migrateWith(database: Database, folder: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the migrators want their own driver's type.
  const db = database.db as any;
  await (database.driver === 'postgres' ? migratePg : migratePglite)(db, { migrationsFolder: folder });
}

async function rows(database: Database, query: ReturnType<typeof sql>) {
  return ((await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows.map((r) =>
    JSON.stringify(r),
  );
}

/** Every column, constraint and index of the public schema, and the migrations recorded as run. */
async function schemaOf(database: Database) {
  return {
    columns: await rows(
      database,
      sql`select table_name, column_name, data_type, is_nullable, column_default, character_maximum_length,
            numeric_precision, datetime_precision, udt_name
          from information_schema.columns where table_schema = 'public' order by table_name, column_name`,
    ),
    constraints: await rows(
      database,
      sql`select conrelid::regclass::text as table_name, conname, contype, pg_get_constraintdef(oid) as definition
          from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`,
    ),
    indexes: await rows(
      database,
      sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`,
    ),
    migrations: await rows(database, sql`select hash, created_at::text from drizzle.__drizzle_migrations order by id`),
  };
}

test('a database migrated with the first version of each edited migration migrates to the fresh schema', async () => {
  const fresh = await emptyDatabase('fresh_schema');
  let expected: Awaited<ReturnType<typeof schemaOf>>;
  try {
    await runMigrations(fresh.database);
    expected = await schemaOf(fresh.database);
  } finally {
    await fresh.drop();
  }
  assert.ok(expected.columns.some((c) => c.includes('"datetime_precision":3')));

  for (const { tag } of EDITED_MIGRATIONS) {
    const { database, drop } = await emptyDatabase(`first_${tag.slice(0, 4)}`);
    const folder = folderAtFirstVersionOf(tag);
    try {
      await migrateWith(database, folder);
      // Rows written then come along (the columns an edit added take their defaults).
      await database.db.execute(sql`insert into companies (name) values ('Acme')`);
      await runMigrations(database);
      const actual = await schemaOf(database);
      assert.deepEqual(actual.columns, expected.columns, `columns after the first ${tag}`);
      assert.deepEqual(actual.constraints, expected.constraints, `constraints after the first ${tag}`);
      assert.deepEqual(actual.indexes, expected.indexes, `indexes after the first ${tag}`);
      assert.deepEqual(actual.migrations, expected.migrations, `migrations recorded after the first ${tag}`);
      assert.deepEqual(await rows(database, sql`select name from companies`), ['{"name":"Acme"}']);
    } finally {
      await drop();
      fs.rmSync(folder, { recursive: true });
    }
  }
});

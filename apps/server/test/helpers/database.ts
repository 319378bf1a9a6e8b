import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { grantWalledRole } from '../../src/platform/db/company-wall.ts';
import { type Database, openDatabase, runMigrations } from '../../src/platform/db/db.ts';

/**
 * Tests migrate once per run (test/prepare.ts) and give every test file its own copy:
 * PGlite loads a dumped, migrated data dir; PostgreSQL creates a database from a migrated template.
 * A second copy of each also holds the demo company, seeded once, for the browser tests.
 * Both are named after the checkout, so two checkouts with different migrations can test side by side.
 */
const checkoutKey = createHash('sha256')
  .update(path.resolve(import.meta.dirname, '../..'))
  .digest('hex')
  .slice(0, 10);
export const PGLITE_SNAPSHOT = path.join(os.tmpdir(), `vouch-test-${checkoutKey}`, 'migrated.tar.gz');
const PGLITE_DEMO_SNAPSHOT = path.join(os.tmpdir(), `vouch-test-${checkoutKey}`, 'demo.tar.gz');
export const TEMPLATE_DB = `vouch_test_template_${checkoutKey}`;
const DEMO_TEMPLATE_DB = `vouch_test_demo_${checkoutKey}`;

/**
 * What a test file's database starts with: empty (migrated), or the demo company too. `appRole`
 * (PostgreSQL only): signed-in requests run as this role behind row-level security, as in production
 * with DATABASE_APP_ROLE; it defaults to TEST_DATABASE_APP_ROLE, which `npm test` sets for its
 * PostgreSQL run (`appRole: undefined` keeps a file on the owner's connection). `poolSize` bounds each pool.
 */
export type Start = { demo?: boolean; appRole?: string; poolSize?: number };

/**
 * A test file's data fits in a few megabytes; PGlite's default 128 MB of shared buffers cost a
 * sixth of each open's CPU (0.4 of 2.5 s).
 */
const SMALL_BUFFERS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export const usingPostgres = () => !!process.env.TEST_DATABASE_URL;

export async function prepareTestDatabases() {
  const pglite = await openDatabase({ driver: 'pglite', dataDir: null });
  await runMigrations(pglite);
  await dumpTo(pglite, PGLITE_SNAPSHOT);
  await seedDemo(pglite);
  await dumpTo(pglite, PGLITE_DEMO_SNAPSHOT);
  await pglite.close();

  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  await withAdminClient(url, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${DEMO_TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  });
  const template = await openDatabase({ driver: 'postgres', url: withDatabase(url, TEMPLATE_DB), poolSize: 1 });
  await runMigrations(template);
  await template.close();
  await withAdminClient(url, (admin) => admin.query(`CREATE DATABASE ${DEMO_TEMPLATE_DB} TEMPLATE ${TEMPLATE_DB}`));
  const demo = await openDatabase({ driver: 'postgres', url: withDatabase(url, DEMO_TEMPLATE_DB), poolSize: 1 });
  await seedDemo(demo);
  await demo.close();
}

async function dumpTo(database: Database, file: string) {
  const dump = await database.pglite!.dumpDataDir('gzip');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}

/** The demo company, as a fresh `npm start` seeds it (imported here only, so other tests need not load it). */
async function seedDemo(database: Database) {
  const { seedDemoIfEmpty } = await import('../../src/seed/demo.ts');
  const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as Parameters<typeof seedDemoIfEmpty>[1];
  await seedDemoIfEmpty(database.db, silent);
}

/** A fresh, migrated database for one test file, empty or with the demo company. Close it at the end. */
export async function openTestDatabase(start: Start = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const snapshot = new Blob([fs.readFileSync(start.demo ? PGLITE_DEMO_SNAPSHOT : PGLITE_SNAPSHOT)]);
    const instance = new PGlite({ loadDataDir: snapshot, startParams: SMALL_BUFFERS });
    await instance.waitReady;
    return openDatabase({ driver: 'pglite', instance });
  }
  const name = `vouch_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const template = start.demo ? DEMO_TEMPLATE_DB : TEMPLATE_DB;
  await withAdminClient(url, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const appRole = 'appRole' in start ? start.appRole : process.env.TEST_DATABASE_APP_ROLE || undefined;
  const database = await openDatabase({
    driver: 'postgres',
    url: withDatabase(url, name),
    poolSize: start.poolSize ?? 5,
    appRole,
  });
  if (appRole) await grantWalledRole(database.db, appRole);
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminClient(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** An empty, unmigrated database of the suite's kind (a migration test migrates it), and how to drop it. */
export async function emptyDatabase(label = 'migration'): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ driver: 'pglite', dataDir: null });
    return { database, drop: () => database.close() };
  }
  const name = `vouch_test_${label}_${process.pid}`;
  await withAdminClient(url, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  });
  const database = await openDatabase({ driver: 'postgres', url: withDatabase(url, name), poolSize: 1 });
  return {
    database,
    drop: async () => {
      await database.close();
      await withAdminClient(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function withAdminClient<T>(url: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

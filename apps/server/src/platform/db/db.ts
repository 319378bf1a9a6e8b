import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { companyHandles, grantWalledRole } from './company-wall.ts';
import type { Db } from './db-handle.ts';
import { deferBegin } from './deferred-begin.ts';
import { catchUpEditedMigrations } from './edited-migrations.ts';
import { nameStatements } from './named-statements.ts';
import { countPgliteQueries, countPoolQueries, type QueryCounter } from './query-counter.ts';

export type { Db };

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

export type Database = {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** The embedded instance, for tests that clone it. */
  pglite?: PGlite;
  /** Statements sent so far (the query budget test records them per request). */
  queries: QueryCounter;
  /**
   * PostgreSQL with DATABASE_APP_ROLE: a handle for one company's request, behind row-level security
   * (see company-wall.ts). Absent otherwise: the repositories' company_id filters are the only wall.
   */
  companyDb?: (companyId: string) => Db;
  /** The role `companyDb` runs as, granted its rights after the migrations. */
  appRole?: string;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { driver: 'postgres'; url: string; poolSize?: number; appRole?: string; appUrl?: string }
  | { driver: 'pglite'; dataDir: string | null }
  | { driver: 'pglite'; instance: PGlite };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.driver === 'postgres') {
    // Pipeline mode: a transaction's BEGIN goes out with its first statement (`deferBegin`).
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, pipeline: true });
    // A dropped idle connection must not take the process down.
    pool.on('error', () => {});
    deferBegin(pool);
    nameStatements(pool);
    const db = drizzlePg(pool) as unknown as Db;
    const { appRole } = options;
    if (!appRole) return { db, driver: 'postgres', queries: countPoolQueries([pool]), close: () => pool.end() };
    // Its own pool: the owner's connections (sign-in, links, operator jobs) never carry a company. With
    // `appUrl` it logs in as the app role itself, so no statement can switch back to the owner.
    const walled = new pg.Pool({
      connectionString: options.appUrl ?? options.url,
      max: options.poolSize ?? 10,
      pipeline: true,
    });
    walled.on('error', () => {});
    deferBegin(walled);
    nameStatements(walled);
    const queries = countPoolQueries([pool, walled]);
    return {
      db,
      driver: 'postgres',
      queries,
      appRole,
      companyDb: companyHandles(db, walled, appRole),
      close: async () => {
        await walled.end();
        await pool.end();
      },
    };
  }
  if ('instance' in options) {
    const queries = countPgliteQueries(options.instance);
    const db = drizzlePglite(options.instance) as unknown as Db;
    return { db, driver: 'pglite', pglite: options.instance, queries, close: () => options.instance.close() };
  }
  let releaseLock = () => {};
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    releaseLock = acquireDataDirLock(options.dataDir);
  }
  try {
    const pglite = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
    await pglite.waitReady;
    const queries = countPgliteQueries(pglite);
    const db = drizzlePglite(pglite) as unknown as Db;
    return {
      db,
      driver: 'pglite',
      pglite,
      queries,
      close: async () => {
        await pglite.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

export async function runMigrations(database: Database) {
  await catchUpEditedMigrations(database.db, migrationsFolder);
  if (database.driver === 'postgres') {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants its own driver's type.
    await migratePg(database.db as any, { migrationsFolder });
    if (database.appRole) await grantWalledRole(database.db, database.appRole);
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    await migratePglite(database.db as any, { migrationsFolder });
  }
}

export class DataDirLockedError extends Error {}

/**
 * PGlite loses committed rows when two processes open one data folder, with no error. So the
 * embedded database is locked to one process; a second one refuses to start and says why.
 */
function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'vouch.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {}
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(
          `The embedded database in ${dataDir} is in use by another Vouch process (pid ${holder}). ` +
            'Only one process may open it: stop that one first, or set DATABASE_URL to use PostgreSQL, ' +
            'where any number of servers and workers can run.',
        );
      }
      // The holder is gone (killed without cleanup): take the lock over.
      fs.unlinkSync(lockPath);
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}`);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

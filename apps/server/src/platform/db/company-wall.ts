import { sql } from 'drizzle-orm';
import { NodePgDatabase, NodePgSession } from 'drizzle-orm/node-postgres';
import type { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db } from './db-handle.ts';

/**
 * Row-level security as the second wall (PostgreSQL only; see the policies in the
 * company_row_security migration). A signed-in request's queries run on connections that have
 * switched to a role that owns no table and cannot bypass RLS, with `app.company_id` set to the
 * request's company, so a repository that forgot its company_id filter still sees nothing foreign.
 */

/** Role names are put into SQL as identifiers, so only plain ones are accepted. */
export const isPlainRoleName = (role: string) => /^[a-z_][a-z0-9_]{0,62}$/.test(role);

/** Sets a walled connection's role and company (session settings: a rollback cannot undo them). */
export const COMPANY_SWITCH = `select set_config('role', $1, false), set_config('app.company_id', $2, false)`;

/** The company each pooled connection was last set to: set again only when a request of another company takes it. */
const companyOf = new WeakMap<pg.PoolClient, string>();

/**
 * Takes a connection of the walled pool for `companyId`. Role and company are session settings, set
 * in one statement outside any transaction (so a rollback cannot undo them); every use of the walled
 * pool goes through here, so a connection is set to the company of the request holding it before
 * that request's first query, and a connection that cannot be set is destroyed, not pooled again.
 */
async function checkout(pool: pg.Pool, role: string, companyId: string): Promise<pg.PoolClient> {
  const client = await pool.connect();
  if (companyOf.get(client) === companyId) return client;
  try {
    companyOf.delete(client);
    await client.query(COMPANY_SWITCH, [role, companyId]);
    companyOf.set(client, companyId);
    return client;
  } catch (error) {
    client.release(true);
    throw error;
  }
}

/**
 * Looks like the pool to Drizzle (which opens transactions with `connect()` when its client is a
 * pool), but every query and transaction takes its connection through `checkout`.
 */
function companyPool(pool: pg.Pool, role: string, companyId: string): pg.Pool {
  const scoped = Object.create(pool) as pg.Pool;
  scoped.connect = (() => checkout(pool, role, companyId)) as pg.Pool['connect'];
  scoped.query = (async (...args: Parameters<pg.Pool['query']>) => {
    const client = await checkout(pool, role, companyId);
    try {
      return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      client.release();
    }
  }) as pg.Pool['query'];
  return scoped;
}

/**
 * A handle on the walled pool for one company. It shares the owner handle's SQL dialect, so domain
 * events published in its transactions reach the subscribers bound to the app's handle.
 */
export function companyHandle(ownerDb: Db, pool: pg.Pool, role: string, companyId: string): Db {
  const dialect = (ownerDb as unknown as { dialect: PgDialect }).dialect;
  const session = new NodePgSession(companyPool(pool, role, companyId), dialect, undefined);
  return new NodePgDatabase(dialect, session, undefined) as unknown as Db;
}

/** How many companies' handles a process keeps; past it, the one used longest ago is dropped. */
export const COMPANY_HANDLES_KEPT = 1_000;

/**
 * `companyHandle`, one per company and reused across requests, so a company's requests do not each
 * build a session and a pool view (and a prepared statement's copy for that pool, `preparedOnce`). The
 * handle holds no connection and no request state, only which company its connections are set to.
 */
export function companyHandles(ownerDb: Db, pool: pg.Pool, role: string, kept = COMPANY_HANDLES_KEPT) {
  const handles = new Map<string, Db>();
  return (companyId: string): Db => {
    let handle = handles.get(companyId);
    if (handle) {
      // Map keeps insertion order: moved to the end, the first entry is the one used longest ago.
      handles.delete(companyId);
    } else {
      handle = companyHandle(ownerDb, pool, role, companyId);
      if (handles.size >= kept) handles.delete(handles.keys().next().value!);
    }
    handles.set(companyId, handle);
    return handle;
  };
}

/**
 * Creates the walled role when it is missing and lets it read and write every table (run by the
 * owner after the migrations, so new tables are included). The owner is made a member so it may
 * `SET ROLE` to it. Created NOLOGIN: it is reached by switching from the owner's connection, unless
 * DATABASE_APP_URL logs in as a role made beforehand with LOGIN NOBYPASSRLS (granted here all the same).
 */
export async function grantWalledRole(ownerDb: Db, role: string) {
  if (!isPlainRoleName(role)) throw new Error(`DATABASE_APP_ROLE must be a plain role name, got "${role}"`);
  await ownerDb.execute(
    sql.raw(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
        CREATE ROLE ${role} NOLOGIN NOBYPASSRLS;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- another process created it just now
    END $$`),
  );
  // Needed when the owner is not a superuser; a superuser (or a concurrent grant) may refuse it harmlessly.
  await ownerDb.execute(sql.raw(`GRANT ${role} TO current_user`)).catch(() => {});
  await ownerDb.execute(sql.raw(`GRANT USAGE ON SCHEMA public TO ${role}`));
  await ownerDb.execute(sql.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`));
  await ownerDb.execute(sql.raw(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`));
}

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { candidates } from '../src/modules/hiring/hiring.tables.ts';
import { companyHandles } from '../src/platform/db/company-wall.ts';
import type { Db } from '../src/platform/db/db.ts';
import { preparedOnce } from '../src/platform/db/prepared.ts';
import { AppError } from '../src/platform/errors.ts';
import { ctxOf } from '../src/platform/http/ctx.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { openTestDatabase, usingPostgres } from './helpers/database.ts';
import { makeCandidate } from './helpers/factories.ts';
import { makeRouteWorld, type RouteWorld } from './helpers/route-fixtures.ts';

/** Company-owned tables (a company_id column, or companies itself) without RLS on or without the wall's policy. */
async function unwalledTables(db: Db): Promise<string[]> {
  const { rows } = await db.execute<{ name: string }>(sql`
    select c.relname as name from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r'
      and (c.relname = 'companies' or exists (
        select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'company_id' and not a.attisdropped))
      and not (c.relrowsecurity and exists (
        select 1 from pg_policies p
        where p.schemaname = n.nspname and p.tablename = c.relname and p.policyname = 'company_wall'
          and p.qual like '%app.company_id%'))
    order by 1`);
  return rows.map((r: { name: string }) => r.name);
}

describe('the policies (both databases)', () => {
  let db: Db;
  let close: () => Promise<void>;
  before(async () => {
    const database = await openTestDatabase();
    db = database.db;
    close = database.close;
  });
  after(() => close());

  test('every company-owned table has row-level security on and the company_wall policy', async () => {
    const { rows } = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from information_schema.columns where table_schema = current_schema() and column_name = 'company_id'`,
    );
    assert.ok(rows[0].n >= 50, `expected the company-owned tables, found ${rows[0].n}`);
    assert.deepEqual(await unwalledTables(db), []);
  });

  test('every policy reads app.company_id once per statement (a scalar subquery), not once per row', async () => {
    // current_setting() in a bare comparison is evaluated for every row a filter looks at; wrapped in
    // (select …) it becomes one InitPlan per statement. The list page's filters made the difference 1.5×.
    const { rows } = await db.execute<{ tablename: string; qual: string }>(
      sql`select tablename, qual from pg_policies where schemaname = current_schema() and policyname = 'company_wall'`,
    );
    assert.ok(rows.length >= 50, `expected the walled tables, found ${rows.length}`);
    const perRow = rows.filter((r: { qual: string }) => !/=\s*\(\s*SELECT\b/i.test(r.qual));
    assert.deepEqual(
      perRow.map((r: { tablename: string }) => r.tablename),
      [],
    );
  });

  test('a new company-owned table is caught until a migration walls it', async () => {
    await db.execute(sql`create table rls_probe (id uuid primary key, company_id uuid not null)`);
    assert.deepEqual(await unwalledTables(db), ['rls_probe']);
    await db.execute(sql`select wall_company_tables()`);
    assert.deepEqual(await unwalledTables(db), []);
    await db.execute(sql`drop table rls_probe`);
  });
});

// The rest needs PostgreSQL: PGlite runs everything as its superuser, which RLS never stops.
describe('the wall on the request path (PostgreSQL)', { skip: !usingPostgres() }, () => {
  let t: TestApp;
  let home: RouteWorld;
  let other: RouteWorld;
  let homeAdmin: Client;
  let otherAdmin: Client;
  // The database handle each request of `/api/test/prepared-candidates` ran on.
  const requestHandles: Db[] = [];
  let candidateIdsBuilt = 0;
  const candidateIds = preparedOnce((db) => {
    candidateIdsBuilt++;
    return db
      .select({ id: candidates.id, companyId: candidates.companyId })
      .from(candidates)
      .prepare('test_walled_ids');
  });

  before(async () => {
    t = await startTestApp(
      {},
      {
        // A small pool, so the two companies' requests keep taking each other's connections.
        database: { appRole: 'vouch_app', poolSize: 2 },
        routes: (app) => {
          app.get('/api/test/prepared-candidates', { config: { access: 'member' } }, async (request) => {
            const { db } = ctxOf(request);
            requestHandles.push(db);
            return { companyIds: (await candidateIds(db).execute()).map((r) => r.companyId) };
          });
          // A repository that forgot its company_id filter, read plainly, in a transaction, and in
          // one that rolls back (a rollback must not undo the connection's company).
          app.get<{ Querystring: { way?: string } }>(
            '/api/test/unfiltered-candidates',
            { config: { access: 'member' } },
            async (request) => {
              const { db } = ctxOf(request);
              const read = (on: Db) => on.select({ companyId: candidates.companyId }).from(candidates);
              const way = request.query.way;
              if (way === 'transaction') return { companyIds: (await db.transaction(read)).map((r) => r.companyId) };
              if (way === 'rollback') {
                await db
                  .transaction(async (tx) => {
                    await read(tx);
                    throw new AppError('not_found');
                  })
                  .catch(() => {});
              }
              return { companyIds: (await read(db)).map((r) => r.companyId) };
            },
          );
        },
      },
    );
    home = await makeRouteWorld(t.db);
    other = await makeRouteWorld(t.db);
    for (let i = 0; i < 3; i++) {
      await makeCandidate(t.db, home.company.id);
      await makeCandidate(t.db, other.company.id);
    }
    homeAdmin = await t.signIn(home.members.admin.email);
    otherAdmin = await t.signIn(other.members.admin.email);
  });
  after(() => t?.close());

  test('the request role owns nothing and cannot bypass row-level security', async () => {
    const { rows } = await t.db.execute<{ rolsuper: boolean; rolbypassrls: boolean; owns: number }>(sql`
      select rolsuper, rolbypassrls,
        (select count(*)::int from pg_tables where tableowner = 'vouch_app') as owns
      from pg_roles where rolname = 'vouch_app'`);
    assert.deepEqual(rows, [{ rolsuper: false, rolbypassrls: false, owns: 0 }]);
  });

  test("an unfiltered read of every company-owned table through a company's handle finds none of another company's rows", async () => {
    const companyDb = t.database.companyDb!(home.company.id);
    const { rows: tables } = await t.db.execute<{ name: string }>(
      sql`select table_name as name from information_schema.columns where table_schema = current_schema() and column_name = 'company_id' order by 1`,
    );
    let foreignSeenByOwner = 0;
    const leaks: string[] = [];
    for (const { name } of tables) {
      const count = sql`select count(*)::int as n from ${sql.identifier(name)} where company_id is distinct from ${home.company.id}`;
      const [walled] = (await companyDb.execute<{ n: number }>(count)).rows;
      const [owner] = (await t.db.execute<{ n: number }>(count)).rows;
      foreignSeenByOwner += owner.n;
      if (walled.n) leaks.push(`${name}: ${walled.n}`);
    }
    assert.ok(foreignSeenByOwner > 50, 'the other company has rows the owner sees, so a leak would show');
    assert.deepEqual(leaks, []);
    const companies = await companyDb.execute<{ id: string }>(sql`select id from companies`);
    assert.deepEqual(
      companies.rows.map((r: { id: string }) => r.id),
      [home.company.id],
    );
  });

  test("a write of another company's row is refused, and a foreign row cannot be changed or deleted", async () => {
    const companyDb = t.database.companyDb!(home.company.id);
    await assert.rejects(
      makeCandidate(companyDb, other.company.id),
      (error: Error & { cause?: { code?: string } }) =>
        (error.cause?.code ?? (error as { code?: string }).code) === '42501',
    );
    const changed = await companyDb.execute(
      sql`update candidates set first_name = 'X' where company_id = ${other.company.id}`,
    );
    const deleted = await companyDb.execute(sql`delete from candidates where company_id = ${other.company.id}`);
    assert.equal(changed.rowCount, 0);
    assert.equal(deleted.rowCount, 0);
  });

  test('10,000 requests alternating between two companies over a pool of 2 find no foreign row', async () => {
    const ways = ['plain', 'transaction', 'rollback'];
    const expected = { home: home.company.id, other: other.company.id };
    let foreign = 0;
    let rowsSeen = 0;
    let failed = 0;
    const batch = 20; // in flight at once: ten times the pool
    for (let start = 0; start < 10_000; start += batch) {
      await Promise.all(
        Array.from({ length: batch }, async (_, offset) => {
          const i = start + offset;
          const who = i % 2 === 0 ? 'home' : 'other';
          const client = who === 'home' ? homeAdmin : otherAdmin;
          const res = await client.get(`/api/test/unfiltered-candidates?way=${ways[i % 3]}`);
          if (res.statusCode !== 200) {
            failed++;
            return;
          }
          const { companyIds } = res.json() as { companyIds: string[] };
          rowsSeen += companyIds.length;
          foreign += companyIds.filter((id) => id !== expected[who]).length;
        }),
      );
    }
    assert.equal(failed, 0);
    assert.ok(rowsSeen >= 10_000 * 4, `every request saw its own candidates (${rowsSeen})`);
    assert.equal(foreign, 0);
  });

  test('without the wall the same unfiltered read does leak (so the test above can fail)', async () => {
    const rows = await t.db.select({ companyId: candidates.companyId }).from(candidates);
    assert.ok(rows.some((r) => r.companyId === other.company.id));
    assert.ok(rows.some((r) => r.companyId === home.company.id));
  });

  test("a company's requests share one handle, and a prepared statement is built once for every company's", async () => {
    for (const client of [homeAdmin, homeAdmin, otherAdmin, homeAdmin, otherAdmin]) {
      const response = await client.get('/api/test/prepared-candidates');
      assert.equal(response.statusCode, 200);
      const owner = client === homeAdmin ? home.company.id : other.company.id;
      assert.deepEqual(new Set(response.json().companyIds), new Set([owner]), 'the wall still holds');
    }
    const [h1, h2, o1, h3, o2] = requestHandles.slice(-5);
    assert.ok(h1 === h2 && h2 === h3, "the home company's requests ran on one handle");
    assert.ok(o1 === o2, "the other company's too");
    assert.notEqual(h1, o1);
    assert.equal(candidateIdsBuilt, 1, 'built once, on the first request, and sent through each company’s pool');
  });

  test('the handles kept are bounded: past the bound the one used longest ago is dropped', () => {
    const handleOf = companyHandles(t.db, new pg.Pool({ max: 1 }), 'vouch_app', 2);
    const [a, b, c] = [home.company.id, other.company.id, crypto.randomUUID()];
    const first = { a: handleOf(a), b: handleOf(b) };
    assert.equal(handleOf(a), first.a, 'a is used again: now b is the oldest');
    handleOf(c);
    assert.equal(handleOf(a), first.a, 'a was kept');
    assert.notEqual(handleOf(b), first.b, 'b was dropped and made anew');
  });

  test("the query counter counts what a company's handle sends, but not the switch of a connection to the company", async () => {
    const newcomer = t.database.companyDb!(crypto.randomUUID());
    const { statements } = await t.database.queries.record(() => newcomer.execute(sql`select 1 as one`));
    assert.deepEqual(statements, ['select 1 as one']);
  });
});

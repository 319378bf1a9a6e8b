import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { grantWalledRole } from '../src/platform/db/company-wall.ts';
import { type Database, type Db, openDatabase } from '../src/platform/db/db.ts';
import { openTestDatabase, usingPostgres } from './helpers/database.ts';
import { makeCandidate, makeCompany } from './helpers/factories.ts';

/**
 * DATABASE_APP_URL: the walled pool logs in as a role of its own (LOGIN, NOBYPASSRLS, owning nothing)
 * instead of the owner's user switching to the app role. Switching can be undone by the connection
 * (`RESET ROLE`); logging in as the role cannot, so even a statement that tries to leave the wall
 * sees one company's rows.
 */
const LOGIN_ROLE = 'vouch_app_login';

class Rollback extends Error {}

/**
 * Candidates' companies as a company's handle sees them after `RESET ROLE` (the way back to the
 * session's user), in a transaction rolled back so the connection returns to the pool as it was.
 */
async function companiesAfterReset(db: Db): Promise<string[]> {
  let seen: string[] = [];
  await db
    .transaction(async (tx) => {
      await tx.execute(sql`reset role`);
      const { rows } = await tx.execute<{ company_id: string }>(sql`select distinct company_id from candidates`);
      seen = rows.map((r: { company_id: string }) => r.company_id);
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return seen;
}

describe('the walled pool logged in as its own role (PostgreSQL)', { skip: !usingPostgres() }, () => {
  let owner: Database;
  let viaRole: Database;
  let viaLogin: Database;
  const ids = { home: '', other: '' };

  before(async () => {
    owner = await openTestDatabase({ appRole: undefined });
    await owner.db.execute(
      sql.raw(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${LOGIN_ROLE}') THEN
          CREATE ROLE ${LOGIN_ROLE} LOGIN NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`),
    );
    await grantWalledRole(owner.db, LOGIN_ROLE);
    const [{ name }] = (await owner.db.execute<{ name: string }>(sql`select current_database() as name`)).rows as {
      name: string;
    }[];
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const appUrl = new URL(url);
    appUrl.username = LOGIN_ROLE;
    appUrl.password = '';
    viaRole = await openDatabase({ driver: 'postgres', url: url.toString(), poolSize: 1, appRole: LOGIN_ROLE });
    viaLogin = await openDatabase({
      driver: 'postgres',
      url: url.toString(),
      appUrl: appUrl.toString(),
      poolSize: 1,
      appRole: LOGIN_ROLE,
    });
    for (const key of ['home', 'other'] as const) {
      ids[key] = (await makeCompany(owner.db)).id;
      await makeCandidate(owner.db, ids[key]);
    }
  });
  after(async () => {
    await viaLogin?.close();
    await viaRole?.close();
    await owner?.close();
  });

  test('logged in as the app role, a company sees only its rows, and resetting the role changes nothing', async () => {
    const db = viaLogin.companyDb!(ids.home);
    const { rows } = await db.execute<{ who: string }>(sql`select session_user as who`);
    assert.equal((rows[0] as { who: string }).who, LOGIN_ROLE);
    assert.deepEqual(await companiesAfterReset(db), [ids.home]);
  });

  test("switched to from the owner's user, resetting the role leaves the wall (why DATABASE_APP_URL exists)", async () => {
    const seen = await companiesAfterReset(viaRole.companyDb!(ids.home));
    assert.deepEqual(seen.sort(), [ids.home, ids.other].sort());
  });
});

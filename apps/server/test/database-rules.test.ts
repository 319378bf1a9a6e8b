import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, type SQL, sql } from 'drizzle-orm';
import { jobs } from '../src/modules/hiring/hiring.tables.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import type { Database } from '../src/platform/db/db.ts';
import { openTestDatabase } from './helpers/database.ts';
import { makeCandidate, makeCompany, makeJob, makeMember, makeReferral } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';

/**
 * The database keeps its own rules, whatever code writes to it: rows are inserted here directly,
 * the way a bug or a hand-written script would, and the database must refuse them.
 */
const FOREIGN_KEY = '23503';
const CHECK = '23514';

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

const codeOf = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code ?? e.cause?.code;
};

async function refused(write: Promise<unknown>, code: string, why: string) {
  await assert.rejects(write, (error) => codeOf(error) === code, why);
}

const run = (query: SQL) => database.db.execute(query);

async function twoCompanies() {
  const db = database.db;
  const [home, other] = [await makeCompany(db), await makeCompany(db)];
  const homeAdmin = await makeMember(db, home.id, 'admin');
  const otherAdmin = await makeMember(db, other.id, 'admin');
  return { home, other, homeAdmin, otherAdmin };
}

describe('references between company-owned rows stay within one company', () => {
  test("a referee on another company's check is refused", async () => {
    const { home, other } = await twoCompanies();
    const othersCheck = await makeReferenceCheck(database.db, other.id);
    await refused(
      makeReferee(database.db, { id: othersCheck.id, companyId: home.id }),
      FOREIGN_KEY,
      "a referee of the home company on the other company's check",
    );
    // The same row within one company is taken.
    const homeCheck = await makeReferenceCheck(database.db, home.id);
    assert.ok(await makeReferee(database.db, homeCheck));
  });

  test("a check of another company's candidate, and a placement on another company's job, are refused", async () => {
    const { home, other } = await twoCompanies();
    const othersCandidate = await makeCandidate(database.db, other.id);
    await refused(
      makeReferenceCheck(database.db, home.id, { candidateId: othersCandidate.id }),
      FOREIGN_KEY,
      "a check on the other company's candidate",
    );
    const { job: othersJob, steps } = await makeJob(database.db, other.id);
    const candidate = await makeCandidate(database.db, home.id);
    await refused(
      run(sql`insert into placements (company_id, candidate_id, job_id, step_id)
        values (${home.id}, ${candidate.id}, ${othersJob.id}, ${steps[0].id})`),
      FOREIGN_KEY,
      "a placement on the other company's job",
    );
  });

  test("an optional reference (a referral's job) to another company's row is refused, and emptied when its own goes", async () => {
    const { home, other, homeAdmin } = await twoCompanies();
    const { job: othersJob } = await makeJob(database.db, other.id);
    await refused(
      makeReferral(database.db, home.id, homeAdmin.membership.id, { jobId: othersJob.id }),
      FOREIGN_KEY,
      "a referral for the other company's job",
    );
    await refused(
      run(sql`update jobs set hiring_manager_id = ${homeAdmin.membership.id} where id = ${othersJob.id}`),
      FOREIGN_KEY,
      "the other company's job managed by a home member",
    );

    // Deleting the job empties the referral's reference and nothing else: the referral keeps its company.
    const { job } = await makeJob(database.db, home.id);
    const referral = await makeReferral(database.db, home.id, homeAdmin.membership.id, { jobId: job.id });
    await database.db.delete(jobs).where(eq(jobs.id, job.id));
    const [after] = await database.db.select().from(referrals).where(eq(referrals.id, referral.id));
    assert.equal(after.jobId, null);
    assert.equal(after.companyId, home.id);
  });
});

describe('status, role, channel, language and kind columns hold only the contracts’ values', () => {
  test('a value outside the list is refused; the listed ones are taken', async () => {
    const company = await makeCompany(database.db);
    await refused(
      run(sql`insert into jobs (company_id, title, status) values (${company.id}, 'Chef', 'paused')`),
      CHECK,
      'a job status',
    );
    await run(sql`insert into jobs (company_id, title, status) values (${company.id}, 'Chef', 'archived')`);
    const member = await makeMember(database.db, company.id, 'employee');
    await refused(
      run(sql`update memberships set role = 'owner' where id = ${member.membership.id}`),
      CHECK,
      'a membership role',
    );
    await refused(run(sql`update users set language = 'de' where id = ${member.user.id}`), CHECK, 'a language');
    await refused(
      run(sql`insert into messages (company_id, channel, recipient, body_text, template, language)
        values (${company.id}, 'fax', '+4670', 'Hi', 'invite', 'en')`),
      CHECK,
      'a message channel',
    );
    await refused(
      run(sql`insert into api_keys (company_id, name, prefix, key_hash, scopes)
        values (${company.id}, 'ATS', 'vch_x', 'hash', array['read', 'admin'])`),
      CHECK,
      'an API key scope',
    );
  });

  test("a step's settings are a JSON object or nothing", async () => {
    const company = await makeCompany(database.db);
    const { steps } = await makeJob(database.db, company.id);
    await refused(
      run(sql`update job_steps set settings = '"reference"'::jsonb where id = ${steps[0].id}`),
      CHECK,
      'settings that are a string',
    );
    await run(sql`update job_steps set settings = '{"templateId": "x"}'::jsonb where id = ${steps[0].id}`);
  });
});

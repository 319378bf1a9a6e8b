import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder, runMigrations } from '../src/platform/db/db.ts';
import { emptyDatabase } from './helpers/database.ts';

/**
 * The migration that makes external ids unique per company must first untangle the duplicates the
 * API used to allow. The database is migrated to just before it, given duplicates the raw way (the
 * tables' later columns may not exist yet), then migrated on.
 */

type Journal = { entries: { tag: string }[] };

/** A migrations folder holding only the migrations before the one that creates `index`. */
function folderBefore(index: string) {
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

test('duplicate external ids are resolved before the unique indexes are built', async () => {
  const { database, drop } = await emptyDatabase();
  const dir = folderBefore('candidates_company_external_uq');
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the migrators want their own driver's type.
    const db = database.db as any;
    await (database.driver === 'postgres' ? migratePg : migratePglite)(db, { migrationsFolder: dir });
    const one = async (query: ReturnType<typeof sql>) =>
      ((await database.db.execute(query)) as unknown as { rows: Record<string, string>[] }).rows[0];
    const { id: company } = await one(sql`insert into companies (name) values ('Acme') returning id`);
    const { id: other } = await one(sql`insert into companies (name) values ('Other') returning id`);
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes)).toISOString();
    const candidate = async (companyId: string, externalId: string, minutes: number, anonymized = false) =>
      (
        await one(sql`insert into candidates (company_id, first_name, last_name, external_id, created_at, anonymized_at)
          values (${companyId}, 'Sara', 'Lind', ${externalId}, ${at(minutes)}, ${anonymized ? at(0) : null}) returning id`)
      ).id;
    const job = async (externalId: string, minutes: number, archived = false) =>
      (
        await one(sql`insert into jobs (company_id, title, external_id, created_at, archived_at)
          values (${company}, 'Developer', ${externalId}, ${at(minutes)}, ${archived ? at(0) : null}) returning id`)
      ).id;
    const { id: template } = await one(
      sql`insert into questionnaire_templates (company_id, name, language) values (${company}, 'General', 'en') returning id`,
    );
    const { id: version } = await one(
      sql`insert into questionnaire_versions (company_id, template_id, version, content) values (${company}, ${template}, 1, '{}') returning id`,
    );
    const check = async (externalId: string, minutes: number, partner: string | null = null) =>
      (
        await one(sql`insert into reference_checks (company_id, candidate_id, version_id, language, candidate_channel,
            referee_channel, referees_wanted, source, links_expire_at, external_id, partner, created_at)
          values (${company}, ${await candidate(company, `c-${minutes}`, minutes)}, ${version}, 'en', 'email', 'email', 2,
            'api', ${at(120)}, ${externalId}, ${partner}, ${at(minutes)}) returning id`)
      ).id;

    const candidates = {
      oldest: await candidate(company, 'ats-1', 1),
      newer: await candidate(company, 'ats-1', 2),
      erased: await candidate(company, 'ats-1', 0, true),
      elsewhere: await candidate(other, 'ats-1', 3),
    };
    const jobs = { archived: await job('job-1', 0, true), oldest: await job('job-1', 1), newer: await job('job-1', 2) };
    const checks = {
      older: await check('app-1', 10),
      newest: await check('app-1', 11),
      greenhouse: await check('app-1', 12, 'greenhouse'),
      otherGreenhouse: await check('app-1', 13, 'greenhouse'),
    };

    await runMigrations(database);

    const externalIdOf = async (table: string, id: string) =>
      (await one(sql`select external_id from ${sql.identifier(table)} where id = ${id}`)).external_id;
    assert.equal(
      await externalIdOf('candidates', candidates.oldest),
      'ats-1',
      'the candidate the API matched keeps it',
    );
    assert.equal(await externalIdOf('candidates', candidates.newer), null);
    assert.equal(await externalIdOf('candidates', candidates.erased), 'ats-1', 'an erased candidate is left alone');
    assert.equal(await externalIdOf('candidates', candidates.elsewhere), 'ats-1', 'another company is left alone');
    assert.equal(await externalIdOf('jobs', jobs.oldest), 'job-1');
    assert.equal(await externalIdOf('jobs', jobs.newer), null);
    assert.equal(await externalIdOf('jobs', jobs.archived), 'job-1');
    assert.equal(await externalIdOf('reference_checks', checks.newest), 'app-1', 'the newest check keeps it');
    assert.equal(await externalIdOf('reference_checks', checks.older), null);
    assert.equal(await externalIdOf('reference_checks', checks.greenhouse), 'app-1', 'partner ids may repeat');
    assert.equal(await externalIdOf('reference_checks', checks.otherGreenhouse), 'app-1');

    // And from now on the database refuses a second one.
    await assert.rejects(candidate(company, 'ats-1', 5), (error: { code?: string; cause?: { code?: string } }) =>
      [error.code, error.cause?.code].includes('23505'),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await drop();
  }
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { runMigrations } from '../src/platform/db/db.ts';
import { emptyDatabase, folderBefore, migrateFrom } from './helpers/migrations.ts';

/**
 * The migration that groups questionnaires into language versions: every questionnaire becomes one
 * with a single language, except the shipped English and Swedish copies of a preset, which become
 * one questionnaire's two versions where that is unambiguous. Checks keep the version they pinned.
 */
test('existing questionnaires become language families without losing a row', async () => {
  const { database, drop } = await emptyDatabase();
  const dir = folderBefore('reference_check_versions');
  try {
    await migrateFrom(database, dir);
    const rows = async (query: ReturnType<typeof sql>) =>
      ((await database.db.execute(query)) as unknown as { rows: Record<string, string>[] }).rows;
    const one = async (query: ReturnType<typeof sql>) => (await rows(query))[0];
    const company = async (name: string) =>
      (await one(sql`insert into companies (name) values (${name}) returning id`)).id;
    const acme = await company('Acme');
    const other = await company('Other');
    const template = async (
      companyId: string,
      name: string,
      language: string,
      preset: string | null,
      archived = false,
    ) => {
      const { id } = await one(sql`insert into questionnaire_templates (company_id, name, language, preset, archived_at)
        values (${companyId}, ${name}, ${language}, ${preset}, ${archived ? new Date().toISOString() : null}) returning id`);
      await one(sql`insert into questionnaire_versions (company_id, template_id, version, content)
        values (${companyId}, ${id}, 1, '{"intro":null,"sections":[]}') returning id`);
      return id;
    };
    const t = {
      generalEn: await template(acme, 'General reference', 'en', 'general'),
      generalSv: await template(acme, 'Allmän referens', 'sv', 'general'),
      // Two live Swedish copies of the leadership one: which belongs with the English one is unclear.
      managerEn: await template(acme, 'Leadership reference', 'en', 'manager'),
      managerSv: await template(acme, 'Referens för chefsroll', 'sv', 'manager'),
      managerSvCopy: await template(acme, 'Referens för chefsroll (kopia)', 'sv', 'manager'),
      // An archived copy is not paired.
      shortEn: await template(acme, 'Short reference', 'en', 'short'),
      shortSv: await template(acme, 'Kort referens', 'sv', 'short', true),
      custom: await template(acme, 'Own', 'sv', null),
      otherGeneralSv: await template(other, 'Allmän referens', 'sv', 'general'),
    };
    const { id: version } = await one(sql`select id from questionnaire_versions where template_id = ${t.generalSv}`);
    const { id: candidate } = await one(
      sql`insert into candidates (company_id, first_name, last_name) values (${acme}, 'Sara', 'Lind') returning id`,
    );
    const { id: check } = await one(sql`insert into reference_checks (company_id, candidate_id, version_id, language,
        candidate_channel, referee_channel, referees_wanted, source, links_expire_at)
      values (${acme}, ${candidate}, ${version}, 'sv', 'email', 'email', 2, 'step', now() + interval '90 days') returning id`);

    await runMigrations(database);

    const familyOf = async (id: string) =>
      (await one(sql`select family_id from questionnaire_templates where id = ${id}`)).family_id;
    assert.equal(await familyOf(t.generalEn), t.generalEn, 'the English copy names the family');
    assert.equal(await familyOf(t.generalSv), t.generalEn, 'the Swedish copy joins it');
    for (const alone of [t.managerEn, t.managerSv, t.managerSvCopy, t.shortEn, t.shortSv, t.custom, t.otherGeneralSv])
      assert.equal(await familyOf(alone), alone, 'a questionnaire of its own');
    const counts = await one(sql`select count(*)::int as templates,
      (select count(*)::int from questionnaire_versions) as versions from questionnaire_templates`);
    assert.deepEqual(counts, { templates: 9, versions: 9 });
    assert.equal((await one(sql`select version_id from reference_checks where id = ${check}`)).version_id, version);
    // A second live Swedish version of the general questionnaire is refused from now on.
    await assert.rejects(
      one(sql`insert into questionnaire_templates (company_id, family_id, name, language)
        values (${acme}, ${t.generalEn}, 'Another', 'sv') returning id`),
      (error: { code?: string; cause?: { code?: string } }) => [error.code, error.cause?.code].includes('23505'),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await drop();
  }
});

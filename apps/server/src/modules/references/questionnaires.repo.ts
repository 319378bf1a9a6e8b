import type { TEMPLATE_PRESETS, TLanguage, TQuestionnaireContent } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { questionnaireTemplates, questionnaireVersions } from './references.tables.ts';

/** The current version of one of the company's questionnaires, or null when it has none. */
export async function currentVersionOf(db: Db, companyId: string, templateId: string) {
  const [version] = await db
    .select({ id: questionnaireVersions.id })
    .from(questionnaireTemplates)
    .innerJoin(
      questionnaireVersions,
      and(
        eq(questionnaireVersions.templateId, questionnaireTemplates.id),
        eq(questionnaireVersions.version, questionnaireTemplates.currentVersion),
      ),
    )
    .where(and(eq(questionnaireTemplates.companyId, companyId), eq(questionnaireTemplates.id, templateId)));
  return version ?? null;
}

/** What decides whether a check may use one of the company's questionnaires: language, owner, archived. */
export async function findTemplateState(db: Db, companyId: string, templateId: string) {
  const [template] = await db
    .select({
      language: questionnaireTemplates.language,
      subAccountId: questionnaireTemplates.subAccountId,
      archivedAt: questionnaireTemplates.archivedAt,
    })
    .from(questionnaireTemplates)
    .where(and(eq(questionnaireTemplates.companyId, companyId), eq(questionnaireTemplates.id, templateId)));
  return template ?? null;
}

/** Serialises the company's first look at its questionnaires until the transaction ends. */
export async function lockCompanyQuestionnaires(db: Db, companyId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`questionnaires:${companyId}`}))`);
}

/** Whether the company has ever had a questionnaire (archived ones count). */
export async function hasAnyQuestionnaire(db: Db, companyId: string) {
  const [existing] = await db
    .select({ id: questionnaireTemplates.id })
    .from(questionnaireTemplates)
    .where(eq(questionnaireTemplates.companyId, companyId))
    .limit(1);
  return !!existing;
}

/** A shipped questionnaire for the company, with its content as version 1. */
export async function insertFirstVersionTemplate(
  db: Db,
  companyId: string,
  template: {
    name: string;
    language: TLanguage;
    preset: (typeof TEMPLATE_PRESETS)[number];
    content: TQuestionnaireContent;
  },
) {
  const { name, language, preset, content } = template;
  const [row] = await db
    .insert(questionnaireTemplates)
    .values({ companyId, name, language, preset, currentVersion: 1 })
    .returning({ id: questionnaireTemplates.id });
  await db.insert(questionnaireVersions).values({ companyId, templateId: row.id, version: 1, content });
}

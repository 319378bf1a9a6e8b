import { and, eq } from 'drizzle-orm';
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

import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/http/context.ts';
import { assertLanguageFree, assertWritable, loadTemplate } from '../questionnaire-templates.ts';
import { updateTemplate } from '../questionnaires.repo.ts';
import { questionnaireTemplates } from '../references.tables.ts';
import { getQuestionnaire } from './get-questionnaire.ts';

/** Archived templates are not offered for new checks; running checks are not affected. */
export async function archiveQuestionnaire(ctx: Ctx, id: string, archived: boolean) {
  const { row, scope } = await loadTemplate(ctx, id);
  assertWritable(row, scope);
  // Back from the archive only while no other version has taken its language.
  if (!archived && row.archivedAt) await assertLanguageFree(ctx, row.familyId, row.language, id);
  await updateTemplate(ctx.db, ctx.tenantId, id, {
    archivedAt: archived ? sql`coalesce(${questionnaireTemplates.archivedAt}, now())` : null,
    updatedAt: new Date(),
  });
  return getQuestionnaire(ctx, id);
}

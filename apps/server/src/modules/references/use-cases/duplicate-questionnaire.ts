import type { Ctx } from '../../../platform/http/context.ts';
import { assertWritable, loadTemplate } from '../questionnaire-templates.ts';
import { insertTemplate } from './create-questionnaire.ts';

export async function duplicateQuestionnaire(ctx: Ctx, id: string) {
  const { row, scope } = await loadTemplate(ctx, id);
  assertWritable(row, scope);
  const copy = row.language === 'sv' ? 'kopia' : 'copy';
  return insertTemplate(ctx, {
    name: `${row.name} (${copy})`.slice(0, 120),
    language: row.language,
    subAccountId: row.subAccountId,
    content: row.content,
    preset: row.preset,
  });
}

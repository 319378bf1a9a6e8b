import type { TQuestionnaireTemplateDetail } from '@vouch/contracts';
import type { Ctx } from '../../../platform/http/context.ts';
import { loadTemplate, toTemplate } from '../questionnaire-templates.ts';
import { countChecksUsingTemplate } from '../questionnaires.repo.ts';

export async function getQuestionnaire(ctx: Ctx, id: string): Promise<TQuestionnaireTemplateDetail> {
  const { row } = await loadTemplate(ctx, id);
  const count = await countChecksUsingTemplate(ctx.db, ctx.tenantId, id);
  return { ...toTemplate(row), content: row.content, checksUsingIt: count };
}

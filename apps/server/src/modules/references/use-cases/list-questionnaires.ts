import type { TQuestionnaireTemplate } from '@vouch/contracts';
import type { Ctx } from '../../../platform/http/context.ts';
import { type ListQuery, toTemplate } from '../questionnaire-templates.ts';
import { hasAnyQuestionnaire, listQuestionnaireRows } from '../questionnaires.repo.ts';
import { subAccountScope } from '../sub-account-access.ts';
import { ensureDefaultQuestionnaires } from './default-questionnaires.ts';

export async function listQuestionnaires(ctx: Ctx, query: ListQuery): Promise<TQuestionnaireTemplate[]> {
  if (!(await hasAnyQuestionnaire(ctx.db, ctx.tenantId))) await ensureDefaultQuestionnaires(ctx.db, ctx.tenantId);
  const scope = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  const rows = await listQuestionnaireRows(ctx.db, ctx.tenantId, { ...query, scope });
  return rows.map(toTemplate);
}

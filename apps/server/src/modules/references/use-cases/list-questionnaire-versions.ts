import { allQuestions, type TQuestionnaireVersion } from '@vouch/contracts';
import type { Ctx } from '../../../platform/http/context.ts';
import { loadTemplate } from '../questionnaire-templates.ts';
import { listVersionRows } from '../questionnaires.repo.ts';

export async function listVersions(ctx: Ctx, id: string): Promise<TQuestionnaireVersion[]> {
  await loadTemplate(ctx, id);
  const rows = await listVersionRows(ctx.db, ctx.tenantId, id);
  return rows.map(({ content, ...r }) => ({
    ...r,
    questionCount: allQuestions(content).length,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName || null,
    checks: Number(r.checks),
  }));
}

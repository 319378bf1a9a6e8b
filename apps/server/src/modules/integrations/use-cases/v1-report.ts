import { AppError, notFound } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { parseJsonText } from '../../../platform/http/json-text.ts';
import { auditAct } from '../../audit/index.ts';
import { loadCheckView, renderReportPdf, reportFilename, reportOfCheck } from '../../references/index.ts';
import { findCompanyHeader } from '../v1-reference-checks.repo.ts';
import { getV1Check } from './get-v1-check.ts';
import { checkScopeOfKey } from './v1-common.ts';
import { v1ReportOf } from './v1-serialize.ts';

/** The report an API key reads: the read goes in the audit log with the key as its actor. */
async function v1ReportParts(ctx: ApiCtx, checkId: string, format: 'json' | 'pdf') {
  const view = await loadCheckView(ctx.db, ctx.tenantId, checkId, checkScopeOfKey(ctx));
  if (!view) throw notFound('reference_check.not_found');
  const report = await reportOfCheck(ctx.db, ctx.tenantId, view);
  await auditAct(ctx, {
    action: 'report.viewed',
    target: { kind: 'reference_check', id: checkId },
    detail: { format },
  });
  return { view, report };
}

/** Referees, answers and rating summaries, whatever the status (answers so far while running). */
export async function v1Report(ctx: ApiCtx, checkId: string) {
  const { report } = await v1ReportParts(ctx, checkId, 'json');
  return v1ReportOf(report, parseJsonText(await getV1Check(ctx, checkId)));
}

export async function v1ReportPdf(ctx: ApiCtx, checkId: string) {
  const { report } = await v1ReportParts(ctx, checkId, 'pdf');
  const company = await findCompanyHeader(ctx.db, ctx.tenantId);
  if (!company) throw new AppError('not_found');
  return { pdf: await renderReportPdf(report, company), filename: reportFilename(report.check.candidateName) };
}

import type { Ctx } from '../../../platform/http/context.ts';
import { findCompanyReportHeader } from '../check-contacts.repo.ts';
import { renderReportPdf, reportFilename } from '../report-pdf.ts';
import { viewReport } from './report.ts';

/** The report as a PDF file for someone who may read it (404 otherwise), named after the candidate. */
export async function buildReportPdf(ctx: Ctx, checkId: string) {
  const report = await viewReport(ctx, checkId, 'pdf');
  const company = await findCompanyReportHeader(ctx.db, ctx.tenantId);
  const pdf = await renderReportPdf(report, company);
  return { pdf, filename: reportFilename(report.check.candidateName) };
}

import type { TReferenceCheck, TReport } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { auditAct } from '../../audit/index.ts';
import { findLinkCopies } from '../check-timeline.repo.ts';
import {
  type CheckScope,
  findCheckQuestionnaire,
  findPinnedLanguageVersions,
  isCheckOnManagedJob,
  loadCheckView,
} from '../checks.repo.ts';
import { groupSignals, secondsToAnswer } from '../fraud-rules.ts';
import { listFraudSignals } from '../fraud-signals.repo.ts';
import { answeredRefereesOfCheck } from '../referees.repo.ts';
import { reportQuestions } from '../report-questions.ts';
import { ratingSummaries } from '../report-ratings.ts';
import { reportSummary } from '../report-summary.ts';
import { subAccountScope } from '../sub-account-access.ts';

/**
 * Who may read a check's report: admins and recruiters (within the sub-accounts they are limited
 * to), and a hiring manager only for checks on a job they manage. Anyone else gets null → 404.
 */
export async function readableCheck(ctx: Ctx, checkId: string): Promise<TReferenceCheck | null> {
  const { role, membershipId } = ctx.actor;
  if (role === 'admin' || role === 'recruiter') {
    const ids = await subAccountScope(ctx.db, ctx.tenantId, membershipId);
    const scope: CheckScope = ids ? { kind: 'sub_accounts', ids } : { kind: 'all' };
    return loadCheckView(ctx.db, ctx.tenantId, checkId, scope);
  }
  if (role === 'hiring_manager') {
    const managed = await isCheckOnManagedJob(ctx.db, ctx.tenantId, checkId, membershipId);
    return managed ? loadCheckView(ctx.db, ctx.tenantId, checkId) : null;
  }
  return null;
}

/** Everything the report page and the PDF show, or 404 for anyone who may not read it. */
export async function buildReport(ctx: Ctx, checkId: string): Promise<TReport> {
  const check = await readableCheck(ctx, checkId);
  if (!check) throw notFound('reference_check.not_found');
  return reportOfCheck(ctx.db, ctx.tenantId, check);
}

/** The report for a member who opens it (page or PDF): the view goes in the audit log. */
export async function viewReport(ctx: Ctx, checkId: string, format: 'page' | 'pdf'): Promise<TReport> {
  const report = await buildReport(ctx, checkId);
  await auditAct(ctx, {
    action: 'report.viewed',
    target: { kind: 'reference_check', id: checkId },
    detail: { format },
  });
  return report;
}

/**
 * The report of a check its caller has already loaded and may read (e.g. the integration API, which
 * loads by company and the key's sub-account rather than by a member).
 */
export async function reportOfCheck(db: Db, companyId: string, check: TReferenceCheck): Promise<TReport> {
  const checkId = check.id;
  // Answers in every language side by side, under the check's own wording of each question.
  const others = await findPinnedLanguageVersions(db, companyId, checkId);
  const content = reportQuestions(await findCheckQuestionnaire(db, companyId, checkId), check.language, others);
  const rows = await answeredRefereesOfCheck(db, companyId, checkId);
  const byId = new Map(check.referees.map((r) => [r.id, r]));
  const answering = rows.filter((r) => byId.has(r.id));
  const signals = await listFraudSignals(db, companyId, checkId);
  return {
    check,
    summary: reportSummary(check, content, answering),
    questionnaire: content,
    fraudSignals: signals,
    fraudSignalGroups: groupSignals(signals),
    ratingSummaries: ratingSummaries(content, answering),
    responses: answering.map((r) => ({
      referee: byId.get(r.id)!,
      answers: r.answers,
      secondsToAnswer: secondsToAnswer(r),
    })),
    linkCopies: await findLinkCopies(db, companyId, checkId),
    generatedAt: new Date().toISOString(),
  };
}

import {
  allQuestions,
  type TAnswerValue,
  type TFraudSignal,
  type TRatingSummary,
  type TReferenceCheck,
  type TReport,
} from '@vouch/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { jobs } from '../../hiring/index.ts';
import { memberships, users } from '../../tenancy/index.ts';
import { findLinkCopies } from '../check-timeline.repo.ts';
import { type CheckScope, loadCheckView } from '../checks.repo.ts';
import { questionnaireVersions, referees, referenceChecks, referenceFraudSignals } from '../references.tables.ts';
import { secondsToAnswer } from './fraud-signals.ts';
import { subAccountScope } from './sub-accounts.ts';

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
    const [row] = await ctx.db
      .select({ id: referenceChecks.id })
      .from(referenceChecks)
      .innerJoin(jobs, eq(jobs.id, referenceChecks.jobId))
      .where(
        and(
          eq(referenceChecks.companyId, ctx.tenantId),
          eq(referenceChecks.id, checkId),
          eq(jobs.companyId, ctx.tenantId),
          eq(jobs.hiringManagerId, membershipId),
        ),
      );
    return row ? loadCheckView(ctx.db, ctx.tenantId, checkId) : null;
  }
  return null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Per rating question: every answering referee's score side by side, the mean (1 decimal) and the spread. */
export function ratingSummaries(
  content: TReport['questionnaire'],
  answering: { id: string; name: string; answers: Record<string, TAnswerValue> }[],
): TRatingSummary[] {
  return allQuestions(content).flatMap((q) => {
    if (q.type !== 'rating') return [];
    const scores = answering.map((r) => {
      const value = r.answers[q.id];
      return { refereeId: r.id, refereeName: r.name, score: typeof value === 'number' ? value : null };
    });
    const numbers = scores.map((s) => s.score).filter((s): s is number => s !== null);
    return [
      {
        questionId: q.id,
        label: q.label,
        scale: q.scale,
        minLabel: q.minLabel,
        maxLabel: q.maxLabel,
        scores,
        mean: numbers.length ? round1(numbers.reduce((a, b) => a + b, 0) / numbers.length) : null,
        spread: numbers.length ? Math.max(...numbers) - Math.min(...numbers) : null,
      },
    ];
  });
}

/** The check's fraud signals, oldest first, with the referee's and the reviewer's names. */
export async function listFraudSignals(db: Db, companyId: string, checkId: string): Promise<TFraudSignal[]> {
  const rows = await db
    .select({
      signal: referenceFraudSignals,
      refereeName: referees.name,
      reviewedByName: users.name,
    })
    .from(referenceFraudSignals)
    .leftJoin(referees, eq(referees.id, referenceFraudSignals.refereeId))
    .leftJoin(memberships, eq(memberships.id, referenceFraudSignals.reviewedById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(referenceFraudSignals.companyId, companyId), eq(referenceFraudSignals.checkId, checkId)))
    .orderBy(asc(referenceFraudSignals.createdAt), asc(referenceFraudSignals.kind), asc(referenceFraudSignals.id));
  return rows.map(({ signal, refereeName, reviewedByName }) => ({
    id: signal.id,
    kind: signal.kind,
    refereeId: signal.refereeId,
    refereeName,
    evidence: signal.evidence,
    reviewedAt: signal.reviewedAt?.toISOString() ?? null,
    reviewedByName: signal.reviewedAt ? reviewedByName : null,
    createdAt: signal.createdAt.toISOString(),
  }));
}

/** Everything the report page and the PDF show, or 404 for anyone who may not read it. */
export async function buildReport(ctx: Ctx, checkId: string): Promise<TReport> {
  const check = await readableCheck(ctx, checkId);
  if (!check) throw notFound('reference_check.not_found');
  return reportOfCheck(ctx.db, ctx.tenantId, check);
}

/**
 * The report of a check its caller has already loaded and may read (e.g. the integration API, which
 * loads by company and the key's sub-account rather than by a member).
 */
export async function reportOfCheck(db: Db, companyId: string, check: TReferenceCheck): Promise<TReport> {
  const checkId = check.id;
  const [version] = await db
    .select({ content: questionnaireVersions.content })
    .from(referenceChecks)
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceChecks.versionId))
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  const rows = await db
    .select()
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId), eq(referees.status, 'answered')))
    .orderBy(asc(referees.createdAt), asc(referees.id));
  const byId = new Map(check.referees.map((r) => [r.id, r]));
  const answering = rows.filter((r) => byId.has(r.id));
  return {
    check,
    questionnaire: version.content,
    fraudSignals: await listFraudSignals(db, companyId, checkId),
    ratingSummaries: ratingSummaries(version.content, answering),
    responses: answering.map((r) => ({
      referee: byId.get(r.id)!,
      answers: r.answers,
      secondsToAnswer: secondsToAnswer(r),
    })),
    linkCopies: await findLinkCopies(db, companyId, checkId),
    generatedAt: new Date().toISOString(),
  };
}

/** Marks a fraud signal looked at (or not): who and when. */
export async function reviewFraudSignal(ctx: Ctx, checkId: string, signalId: string, reviewed: boolean) {
  const check = await readableCheck(ctx, checkId);
  if (!check) throw notFound('reference_check.not_found');
  const [row] = await ctx.db
    .update(referenceFraudSignals)
    .set(
      reviewed
        ? { reviewedAt: new Date(), reviewedById: ctx.actor.membershipId }
        : { reviewedAt: null, reviewedById: null },
    )
    .where(
      and(
        eq(referenceFraudSignals.companyId, ctx.tenantId),
        eq(referenceFraudSignals.checkId, checkId),
        eq(referenceFraudSignals.id, signalId),
      ),
    )
    .returning({ id: referenceFraudSignals.id });
  if (!row) throw notFound('reference_check.fraud_signal_not_found');
  const signals = await listFraudSignals(ctx.db, ctx.tenantId, checkId);
  return signals.find((s) => s.id === signalId)!;
}

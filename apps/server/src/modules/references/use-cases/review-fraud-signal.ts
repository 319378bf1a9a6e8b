import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { listFraudSignals, setFraudSignalReview } from '../fraud-signals.repo.ts';
import { readableCheck } from './report.ts';

/** Marks a fraud signal looked at (or not): who and when. */
export async function reviewFraudSignal(ctx: Ctx, checkId: string, signalId: string, reviewed: boolean) {
  const check = await readableCheck(ctx, checkId);
  if (!check) throw notFound('reference_check.not_found');
  const marked = await setFraudSignalReview(
    ctx.db,
    ctx.tenantId,
    checkId,
    signalId,
    reviewed ? ctx.actor.membershipId : null,
  );
  if (!marked) throw notFound('reference_check.fraud_signal_not_found');
  const signals = await listFraudSignals(ctx.db, ctx.tenantId, checkId);
  return signals.find((s) => s.id === signalId)!;
}

import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { groupSignals } from '../fraud-rules.ts';
import { listFraudSignals, markAllFraudSignalsReviewed } from '../fraud-signals.repo.ts';
import { readableCheck } from './report.ts';

/** "Mark all reviewed": every signal not yet looked at, by this member now; answers the groups as they are then. */
export async function reviewAllFraudSignals(ctx: Ctx, checkId: string) {
  const check = await readableCheck(ctx, checkId);
  if (!check) throw notFound('reference_check.not_found');
  await markAllFraudSignalsReviewed(ctx.db, ctx.tenantId, checkId, ctx.actor.membershipId);
  return { groups: groupSignals(await listFraudSignals(ctx.db, ctx.tenantId, checkId)) };
}

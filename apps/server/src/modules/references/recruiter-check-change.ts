import type { TReferenceCheck } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Ctx } from '../../platform/http/context.ts';
import { type CheckScope, loadCheckView, lockCheckRow } from './checks.repo.ts';
import type { referenceChecks } from './references.tables.ts';
import { subAccountScope } from './sub-account-access.ts';

/** What the recruiter's use cases on one check share: the caller's scope, the locked check, its view after a change. */

/** The member's scope, for reads: resolved inside the query that reads the checks (no query of its own). */
export const memberScope = (ctx: Ctx): CheckScope => ({ kind: 'member', membershipId: ctx.actor.membershipId });

export async function scopeOf(ctx: Ctx): Promise<Exclude<CheckScope, { kind: 'member' }>> {
  const ids = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  return ids ? { kind: 'sub_accounts', ids } : { kind: 'all' };
}

/** The check row, locked for the change; 404 when another company's or outside the caller's sub-accounts. */
export async function lockCheck(db: Db, ctx: Ctx, checkId: string, scope: CheckScope) {
  const check = await lockCheckRow(db, ctx.tenantId, checkId, scope);
  if (!check) throw notFound();
  return check;
}

const isOver = (status: string) => status === 'cancelled' || status === 'expired';
export function assertChangeable(check: { status: string }) {
  if (isOver(check.status)) throw new AppError('reference_check.no_longer_running');
}

export async function view(ctx: Ctx, checkId: string): Promise<TReferenceCheck> {
  const found = await loadCheckView(ctx.db, ctx.tenantId, checkId);
  if (!found) throw notFound();
  return found;
}

/** Runs a change to one check in a transaction and answers the check as it is afterwards. */
export async function changeCheck(
  ctx: Ctx,
  checkId: string,
  change: (tx: Db, check: typeof referenceChecks.$inferSelect) => Promise<void>,
) {
  const scope = await scopeOf(ctx);
  await ctx.db.transaction(async (tx) => change(tx, await lockCheck(tx, ctx, checkId, scope)));
  return view(ctx, checkId);
}

/** Who did something to a check, for its timeline. */
export const staffAction = (ctx: Ctx, check: { id: string; companyId: string }) => ({
  companyId: check.companyId,
  checkId: check.id,
  actorMembershipId: ctx.actor.membershipId,
});

import type { TReferralPolicy, TUpdateReferralPolicyRequest } from '@vouch/contracts';
import type { Ctx } from '../../../platform/http/context.ts';
import { loadPolicy, savePolicy } from '../policy.repo.ts';

export function getReferralPolicy(ctx: Ctx): Promise<TReferralPolicy> {
  return loadPolicy(ctx.db, ctx.tenantId);
}

/**
 * Saves the policy. Switching the ownership mode never rewrites existing rows: what a referral owns
 * stays, and the display rules (ownership.ts) say where it shows under the new mode.
 */
export async function updateReferralPolicy(ctx: Ctx, changes: TUpdateReferralPolicyRequest): Promise<TReferralPolicy> {
  return ctx.db.transaction(async (tx) => {
    const next = { ...(await loadPolicy(tx, ctx.tenantId)), ...changes };
    await savePolicy(tx, ctx.tenantId, next, ctx.actor.membershipId);
    return next;
  });
}

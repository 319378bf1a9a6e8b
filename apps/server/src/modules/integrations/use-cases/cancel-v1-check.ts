import type { ApiCtx } from '../../../platform/http/context.ts';
import { cancelLockedCheck } from '../../references/index.ts';
import { lockV1Check } from '../v1-check-inputs.ts';
import { getV1Check } from './get-v1-check.ts';

/** Cancels a running check (409 otherwise): reminders stop, the links stop working. */
export async function cancelV1Check(ctx: ApiCtx, checkId: string) {
  await ctx.db.transaction(async (tx) => cancelLockedCheck(tx, ctx.config, await lockV1Check(tx, ctx, checkId)));
  return getV1Check(ctx, checkId);
}

import type { PublicCtx } from '../../../platform/http/context.ts';
import { checkOfToken, pageOf } from '../candidate-page-access.ts';

export async function candidatePage(ctx: PublicCtx, token: string) {
  return pageOf(ctx.db, await checkOfToken(ctx.db, token));
}

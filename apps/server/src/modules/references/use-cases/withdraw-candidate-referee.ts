import type { PublicCtx } from '../../../platform/http/context.ts';
import { assertOwn, changeThroughToken } from '../candidate-page-access.ts';
import { afterRefereeChange } from './after-referee-change.ts';
import { removeReferee } from './remove-referee.ts';

export const withdrawCandidateReferee = (ctx: PublicCtx, token: string, refereeId: string) =>
  changeThroughToken(ctx, token, async (tx, check) => {
    await assertOwn(tx, check, refereeId);
    await removeReferee(tx, check, refereeId, { onlyUnstarted: true });
    await afterRefereeChange(tx, ctx.config, check);
  });

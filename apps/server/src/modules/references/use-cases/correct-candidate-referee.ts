import type { PublicCtx } from '../../../platform/http/context.ts';
import { assertOwn, changeThroughToken } from '../candidate-page-access.ts';
import { afterRefereeChange } from './after-referee-change.ts';
import { correctReferee } from './correct-referee.ts';
import type { RefereeFields } from './referee-input.ts';

export const correctCandidateReferee = (ctx: PublicCtx, token: string, refereeId: string, input: RefereeFields) =>
  changeThroughToken(ctx, token, async (tx, check) => {
    await assertOwn(tx, check, refereeId);
    await correctReferee(tx, ctx.config, check, refereeId, input, 'candidate');
    await afterRefereeChange(tx, ctx.config, check);
  });

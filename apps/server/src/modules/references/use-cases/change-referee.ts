import type { Ctx } from '../../../platform/http/context.ts';
import { assertChangeable, changeCheck } from '../recruiter-check-change.ts';
import { afterRefereeChange } from './after-referee-change.ts';
import { correctReferee } from './correct-referee.ts';
import type { RefereeFields } from './referee-input.ts';
import { removeReferee } from './remove-referee.ts';

export const correctRefereeByRecruiter = (ctx: Ctx, checkId: string, refereeId: string, input: RefereeFields) =>
  changeCheck(ctx, checkId, async (tx, check) => {
    assertChangeable(check);
    await correctReferee(tx, ctx.config, check, refereeId, input);
    await afterRefereeChange(tx, ctx.config, check);
  });

export const removeRefereeByRecruiter = (ctx: Ctx, checkId: string, refereeId: string) =>
  changeCheck(ctx, checkId, async (tx, check) => {
    assertChangeable(check);
    await removeReferee(tx, check, refereeId);
    await afterRefereeChange(tx, ctx.config, check);
  });

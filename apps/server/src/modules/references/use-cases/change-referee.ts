import type { Ctx } from '../../../platform/http/context.ts';
import { afterRefereeChange, correctReferee, removeReferee } from './check-referees.ts';
import { assertChangeable, changeCheck } from './recruiter-check-change.ts';
import type { RefereeFields } from './referee-input.ts';

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

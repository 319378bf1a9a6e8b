import type { ApiCtx } from '../../../platform/http/context.ts';
import { addRefereesToCheck } from '../../references/index.ts';
import { lockV1Check, type RefereeBody, refereeFields } from '../v1-check-inputs.ts';
import { getV1Check } from './get-v1-check.ts';
import { withV1FieldNames } from './v1-common.ts';

/** Names more referees and invites them; a completed check reopens until they answer. */
export async function addV1Referees(ctx: ApiCtx, checkId: string, inputs: RefereeBody[]) {
  await withV1FieldNames(() =>
    ctx.db.transaction(async (tx) => {
      const check = await lockV1Check(tx, ctx, checkId);
      await addRefereesToCheck(tx, ctx.config, check, inputs.map(refereeFields), 'api', 'referees');
    }),
  );
  return getV1Check(ctx, checkId);
}

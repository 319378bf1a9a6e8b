import type { ApiCtx } from '../../../platform/http/context.ts';
import type { NamedConsent } from '../../references/index.ts';
import { addRefereesToCheck, requireNamedConsent } from '../../references/index.ts';
import { lockV1Check, type RefereeBody, refereeFields } from '../v1-check-inputs.ts';
import { getV1Check } from './get-v1-check.ts';
import { withV1FieldNames } from './v1-common.ts';

/** Names more referees and invites them; a completed check reopens until they answer. */
export async function addV1Referees(
  ctx: ApiCtx,
  checkId: string,
  { referees: inputs, referee_consent }: { referees: RefereeBody[]; referee_consent?: NamedConsent },
) {
  await withV1FieldNames(() =>
    ctx.db.transaction(async (tx) => {
      const check = await lockV1Check(tx, ctx, checkId);
      // Named for the candidate (candidate channel `none`): the key says how the candidate agreed, as a recruiter does.
      const consent = requireNamedConsent(check.candidateChannel, referee_consent, 'refereeConsent');
      await addRefereesToCheck(tx, ctx.config, check, inputs.map(refereeFields), 'api', 'referees', {
        consent,
        byMembershipId: null,
        byApiKeyId: ctx.apiKey.id,
      });
    }),
  );
  return getV1Check(ctx, checkId);
}

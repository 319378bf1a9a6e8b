import { AppError, fieldError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { changeThroughToken } from '../candidate-page-access.ts';
import { countActiveReferees } from '../referees.repo.ts';
import { afterRefereeChange } from './after-referee-change.ts';
import { addReferees } from './name-referees.ts';
import type { RefereeFields } from './referee-input.ts';

/** Names referees: consent first; up to the number wanted at a time (declined and bounced ones may be replaced). */
export const addCandidateReferees = (ctx: PublicCtx, token: string, inputs: RefereeFields[]) =>
  changeThroughToken(ctx, token, async (tx, check) => {
    if (!check.candidateConsentAt) throw new AppError('candidate_page.consent_first');
    const active = await countActiveReferees(tx, check.companyId, check.id);
    const room = check.refereesWanted - active;
    if (inputs.length > room)
      throw room > 1
        ? fieldError('referees', 'candidate_page.referees_left', { count: room })
        : fieldError('referees', room === 1 ? 'candidate_page.referees_left_one' : 'candidate_page.referees_complete');
    await addReferees(tx, ctx.config, check, inputs, 'candidate', 'referees');
    await afterRefereeChange(tx, ctx.config, check);
  });

import type { TReferenceCheckSettings } from '@vouch/contracts';
import { AppError, fieldProblem, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findCandidateRow } from '../../hiring/index.ts';
import type { NamedConsent } from '../named-consent.ts';
import { scopeOf, view } from '../recruiter-check-change.ts';
import type { RefereeFields } from './referee-input.ts';
import { startReferenceCheck } from './start-check.ts';

/** A member limited to sub-accounts starts checks in one of theirs only. */
export async function assertOwnSubAccount(ctx: Ctx, subAccountId: string | null) {
  const scope = await scopeOf(ctx);
  if (scope.kind === 'sub_accounts' && !(subAccountId && scope.ids.includes(subAccountId)))
    throw new AppError(
      'sub_account.choose_own',
      {},
      { fieldErrors: [fieldProblem('subAccountId', 'sub_account.choose_own')] },
    );
}

export async function startFromProfile(
  ctx: Ctx,
  candidateId: string,
  body: TReferenceCheckSettings & { jobId: string | null; referees: RefereeFields[]; refereeConsent?: NamedConsent },
) {
  if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId))) throw notFound();
  await assertOwnSubAccount(ctx, body.subAccountId);
  const { jobId, referees, refereeConsent, ...settings } = body;
  const checkId = await startReferenceCheck(ctx.db, ctx.config, {
    companyId: ctx.tenantId,
    actorMembershipId: ctx.actor.membershipId,
    candidateId,
    jobId,
    placementId: null,
    settings,
    referees,
    namedConsent: refereeConsent,
    source: 'profile',
  });
  return view(ctx, checkId);
}

import type { TReferenceCheckSettings, TStartReferenceChecksResult } from '@vouch/contracts';
import { AppError, fieldProblems, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findJobRow } from '../../hiring/index.ts';
import { candidateNamesOf } from '../check-start.repo.ts';
import { checkSettingsProblems } from './check-settings.ts';
import { startReferenceCheck } from './start-check.ts';
import { assertOwnSubAccount } from './start-from-profile.ts';

type Result = TStartReferenceChecksResult['results'][number];

/**
 * Starts a check for each of several candidates with one set of settings. What concerns them all
 * (the settings, the job, the member's sub-account) is checked first and refuses the whole request;
 * then each candidate starts in a transaction of its own, so one who cannot (no contact details for
 * the channel, a check already running, an id that is not the company's) is skipped with its reason
 * and the others still start. Another company's candidate reads as `not_found`, like one that never
 * existed, and without a name; a list of none of the company's candidates is refused (422).
 */
export async function startChecksInBulk(
  ctx: Ctx,
  body: TReferenceCheckSettings & { jobId: string | null; candidateIds: string[] },
): Promise<TStartReferenceChecksResult> {
  const { jobId, candidateIds, ...settings } = body;
  await assertOwnSubAccount(ctx, settings.subAccountId);
  const problems = await checkSettingsProblems(ctx.db, ctx.tenantId, settings);
  if (problems.length) throw fieldProblems(problems);
  if (jobId && !(await findJobRow(ctx.db, ctx.tenantId, jobId))) throw unknownId('jobId', 'job.unknown_job');

  const ids = [...new Set(candidateIds)];
  const names = await candidateNamesOf(ctx.db, ctx.tenantId, ids);
  // A list naming nobody here is a wrong request, not a batch of skips.
  if (!names.size) throw unknownId('candidateIds', 'candidate.unknown_candidate');
  const results: Result[] = [];
  for (const candidateId of ids) {
    const candidateName = names.get(candidateId) ?? null;
    const skipped = (reason: string, params: Record<string, unknown> | null = null): Result => ({
      candidateId,
      candidateName,
      outcome: 'skipped',
      checkId: null,
      reason,
      params,
    });
    if (candidateName === null) {
      results.push(skipped('not_found'));
      continue;
    }
    try {
      const checkId = await startReferenceCheck(ctx.db, ctx.config, {
        companyId: ctx.tenantId,
        actorMembershipId: ctx.actor.membershipId,
        candidateId,
        jobId,
        placementId: null,
        settings,
        referees: [],
        source: 'profile',
      });
      results.push({ candidateId, candidateName, outcome: 'started', checkId, reason: null, params: null });
    } catch (error) {
      if (error instanceof AppError) {
        results.push(skipped(error.reason, Object.keys(error.params).length ? error.params : null));
        continue;
      }
      // Not this candidate's fault and not the others' either: logged, reported, and the rest go on.
      ctx.log.error({ err: error, candidateId }, 'bulk reference check start failed');
      results.push(skipped('internal'));
    }
  }
  const started = results.filter((r) => r.outcome === 'started').length;
  return { started, skipped: results.length - started, results };
}

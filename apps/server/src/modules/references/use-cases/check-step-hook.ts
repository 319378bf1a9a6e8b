import { onEnterStep, parseStepSettings } from '../../hiring/index.ts';
import { completedCheckOf } from '../checks.repo.ts';
import { startReferenceCheck } from './start-check.ts';

/**
 * Entering a "Reference check" step starts a check with the step's settings. Registered into
 * hiring's step-hook registry when the app is built, so hiring never imports references. The
 * move succeeds either way; what happened comes back on the move's response. A candidate whose
 * check for the job completed gets no new one unless the move asks for it (`startNewCheck`).
 */
export function registerReferenceStepHook() {
  onEnterStep('reference_check', async (ctx, entry) => {
    const settings = parseStepSettings(entry.step.settings);
    if (!settings) return { started: false, problem: 'The step has no reference check settings yet' };
    // Back in the step after a completed check: keep it (and its report) unless the mover asked anew.
    const completed = entry.again ? null : await completedCheckOf(ctx.db, ctx.tenantId, entry.candidateId, entry.jobId);
    if (completed) return { started: false, completedCheckId: completed.id };
    const checkId = await startReferenceCheck(ctx.db, ctx.config, {
      companyId: ctx.tenantId,
      actorMembershipId: ctx.actor.membershipId,
      candidateId: entry.candidateId,
      jobId: entry.jobId,
      placementId: entry.placementId,
      settings,
      referees: [],
      source: 'step',
    });
    return { started: true, checkId };
  });
}

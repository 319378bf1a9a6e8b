import { CHECK_STALL_REASONS, type TCheckStallReason } from '@vouch/contracts';
import { AppError } from '../../../platform/errors.ts';
import { onEnterStep, parseStepSettings } from '../../hiring/index.ts';
import { recordStall } from '../check-stalls.repo.ts';
import { completedCheckOf } from '../checks.repo.ts';
import { startReferenceCheck } from './start-check.ts';

/** The stall reason behind a start refused for want of the candidate's email or phone, else null. */
function stallReasonOf(error: unknown): TCheckStallReason | null {
  if (!(error instanceof AppError)) return null;
  const reason = error.reason.replace(/^reference_check\./, '');
  return (CHECK_STALL_REASONS as readonly string[]).includes(reason) ? (reason as TCheckStallReason) : null;
}

/**
 * Entering a "Reference check" step starts a check with the step's settings. Registered into
 * hiring's step-hook registry when the app is built, so hiring never imports references. The
 * move succeeds either way; what happened comes back on the move's response. A candidate whose
 * check for the job completed gets no new one unless the move asks for it (`startNewCheck`). One
 * who cannot be asked (no email or phone for the step's channel) is recorded as stalled, so the
 * pipeline card and the home page show it after the move's message is gone.
 */
export function registerReferenceStepHook() {
  onEnterStep('reference_check', async (ctx, entry) => {
    const settings = parseStepSettings(entry.step.settings);
    if (!settings) return { started: false, problem: 'The step has no reference check settings yet' };
    // Back in the step after a completed check: keep it (and its report) unless the mover asked anew.
    const completed = entry.again ? null : await completedCheckOf(ctx.db, ctx.tenantId, entry.candidateId, entry.jobId);
    if (completed) return { started: false, completedCheckId: completed.id };
    try {
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
    } catch (error) {
      const reason = stallReasonOf(error);
      if (!reason) throw error;
      // The start ran in its own savepoint, so recording the stall here survives its refusal.
      const { candidateId, jobId, placementId } = entry;
      await recordStall(ctx.db, ctx.tenantId, {
        placementId,
        candidateId,
        jobId,
        subAccountId: settings.subAccountId ?? null,
        reason,
      });
      return { started: false, problem: (error as AppError).message };
    }
  });
}

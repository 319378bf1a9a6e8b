import type { TReferenceCheckSettings, TStepReferenceCheck } from '@vouch/contracts';
import { AppError } from '../../platform/errors.ts';
import type { Ctx } from '../../platform/http/context.ts';

/**
 * What happens when a candidate enters a step of a given kind (e.g. a "Reference check" step starts
 * a check). Hiring owns the moves but knows nothing of what the kinds do: the module that does
 * registers here when the app is built (`registerReferences`), so hiring never imports it.
 */
export type StepEntry = {
  candidateId: string;
  jobId: string;
  placementId: string;
  step: { id: string; kind: string; settings: TReferenceCheckSettings | null };
  /** The mover asked to do the step's work again although it was done before (a new reference check). */
  again: boolean;
};
export type StepHook = (ctx: Ctx, entry: StepEntry) => Promise<TStepReferenceCheck>;

const hooks = new Map<string, StepHook>();

export function onEnterStep(kind: string, hook: StepHook) {
  hooks.set(kind, hook);
}

/**
 * Runs the step kind's hook inside a savepoint of the caller's transaction: whatever it fails at is
 * rolled back and reported, never failing the move itself. Undefined when the kind has no hook.
 */
export async function runStepHook(ctx: Ctx, entry: StepEntry): Promise<TStepReferenceCheck | undefined> {
  const hook = hooks.get(entry.step.kind);
  if (!hook) return undefined;
  try {
    return await ctx.db.transaction((savepoint) => hook({ ...ctx, db: savepoint }, entry));
  } catch (error) {
    if (error instanceof AppError) return { started: false, problem: error.message };
    ctx.log.error({ err: error }, 'step hook failed');
    return { started: false, problem: 'Something went wrong on our side. It has been logged.' };
  }
}

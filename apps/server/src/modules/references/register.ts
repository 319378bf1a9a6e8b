import { provideReferenceChecks } from '../hiring/index.ts';
import { latestCheckSummaries } from './check-summaries.repo.ts';
import { checkSettingsProblems } from './use-cases/check-settings.ts';
import { registerReferenceStepHook } from './use-cases/check-step-hook.ts';

/** What the reference checks module lends hiring (called when the app is built; registering twice changes nothing). */
export function registerReferences() {
  // Entering a "Reference check" step starts a check.
  registerReferenceStepHook();
  // Hiring's candidate list and pipeline show each candidate's check; its step editor validates settings.
  provideReferenceChecks({ summaries: latestCheckSummaries, settings: checkSettingsProblems });
}

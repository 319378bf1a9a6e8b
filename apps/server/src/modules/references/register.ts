import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { provideReferenceChecks } from '../hiring/index.ts';
import { latestCheckSummaries } from './check-summaries.repo.ts';
import { referenceCheckReminders } from './reference-scheduler.ts';
import { checkSettingsProblems } from './use-cases/check-settings.ts';
import { registerReferenceStepHook } from './use-cases/check-step-hook.ts';

type BackgroundContext = { db: Db; config: Pick<Config, 'publicUrl'> };

/**
 * What the reference checks module lends hiring (called when the app is built; registering twice
 * changes nothing there), and its periodic work: expiry, bounces, reminders.
 */
export function registerReferences({ background }: { background: BackgroundJobs<BackgroundContext> }) {
  // Entering a "Reference check" step starts a check.
  registerReferenceStepHook();
  // Hiring's candidate list and pipeline show each candidate's check; its step editor validates settings.
  provideReferenceChecks({ summaries: latestCheckSummaries, settings: checkSettingsProblems });
  background.addPeriodic(referenceCheckReminders);
}

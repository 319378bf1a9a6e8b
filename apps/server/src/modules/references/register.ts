import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Config } from '../../platform/config.ts';
import type { Dashboard } from '../../platform/dashboard.ts';
import type { Db } from '../../platform/db/db.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { provideReferenceChecks } from '../hiring/index.ts';
import { candidateListColumns } from './candidate-list-columns.ts';
import { clearStallOfPlacement } from './check-stalls.repo.ts';
import { referenceCheckCards } from './dashboard-cards.ts';
import { referenceCheckReminders } from './reference-scheduler.ts';
import { onCandidateContactChanged } from './use-cases/candidate-contact-changed.ts';
import { checkSettingsProblems } from './use-cases/check-settings.ts';
import { registerReferenceStepHook } from './use-cases/check-step-hook.ts';
import { onMessageUndeliverable } from './use-cases/mark-referee-undeliverable.ts';

type BackgroundContext = { db: Db; config: Pick<Config, 'publicUrl'> };

/**
 * What the reference checks module lends hiring (called when the app is built; registering twice
 * changes nothing there), its home-page card, its periodic work (expiry, bounces, reminders), and
 * what it does when messaging reports an invitation undeliverable.
 */
export function registerReferences({
  events,
  config,
  background,
  dashboard,
}: {
  events: DomainEvents;
  config: Pick<Config, 'publicUrl'>;
  background: BackgroundJobs<BackgroundContext>;
  dashboard: Dashboard;
}) {
  // A referee's invitation reported undeliverable after it was sent (a bounce email, an SMS report).
  events.subscribe('message.undeliverable', (tx, event) => onMessageUndeliverable(tx, config, event));
  // The recruiter corrected the candidate's email or phone: that channel may reach them again.
  events.subscribe('candidate.contact_changed', (tx, event) => onCandidateContactChanged(tx, config, event));
  // Entering a "Reference check" step starts a check.
  registerReferenceStepHook();
  // Hiring's candidate list and pipeline show each candidate's check; its step editor validates settings.
  provideReferenceChecks({ listColumns: candidateListColumns, settings: checkSettingsProblems });
  // A candidate who leaves a stalled "Reference check" step no longer waits in it (entering one
  // again runs the step's hook after this, which records a new stall if it still cannot start).
  events.subscribe('placement.moved', (tx, moved) => clearStallOfPlacement(tx, moved.companyId, moved.placementId));
  // The home page counts the running checks that need attention, and the stalled steps.
  dashboard.addCards(referenceCheckCards);
  background.addPeriodic(referenceCheckReminders);
}

import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Config } from '../../platform/config.ts';
import type { Dashboard } from '../../platform/dashboard.ts';
import type { Db } from '../../platform/db/db.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { bonusEligibilityJob } from './bonus-eligibility.ts';
import { linkMarksToCandidate } from './candidate-links.repo.ts';
import { referralCards } from './dashboard-cards.ts';
import { deleteUntouchedMarksOf } from './marks.repo.ts';
import { referralReminders } from './sla-reminders.ts';
import { carryOwnershipOnMatch, referFromShareLink } from './use-cases/placement-referrals.ts';
import { recordHire } from './use-cases/record-hire.ts';
import { deactivateJobReferrals } from './use-cases/referral-activity.ts';
import { withdrawExcludedReferrals } from './use-cases/withdraw-excluded.ts';

type Registry = {
  events: DomainEvents;
  dashboard: Dashboard;
  config: Pick<Config, 'publicUrl'>;
  background: BackgroundJobs<{ db: Db; config: Pick<Config, 'publicUrl'> }>;
};

/**
 * What the referrals module hangs off other modules' changes, adds to the home page and runs in the
 * background (called once per app).
 */
export function registerReferrals({ events, dashboard, config, background }: Registry) {
  // An archived role's referrals become inactive in the archiving transaction.
  events.subscribe('job.archived', async (tx, job) => {
    await deactivateJobReferrals(tx, job.companyId, job.jobId, job.actorMembershipId);
  });
  // A re-import that finds passed-on people now excluded withdraws their referrals (see the use case).
  events.subscribe('contacts.excluded', (tx, excluded) => withdrawExcludedReferrals(tx, excluded));
  // Deleting one's contacts takes back the marks nobody acted on yet.
  events.subscribe('contacts.deleting', (tx, deleting) => deleteUntouchedMarksOf(tx, deleting));
  // A new candidate picks up the marks employees already made on the same person (one truth).
  events.subscribe('candidate.created', async (tx, created) => {
    await linkMarksToCandidate(tx, created.companyId, created.candidateId);
  });
  // A candidate entering a `hired` step: the owning referral is hired and its bonus starts.
  events.subscribe('placement.moved', (tx, moved) => recordHire(tx, moved));
  // An application through a share link is its employee's referral; a match may carry ownership over.
  events.subscribe('placement.created', async (tx, placed) => {
    await referFromShareLink(tx, placed, config.publicUrl);
    await carryOwnershipOnMatch(tx, placed);
  });
  dashboard.addCards(referralCards);
  // The service-level and stale reminders.
  background.addPeriodic(referralReminders);
  // Pending bonuses whose waiting period has passed become eligible.
  background.addPeriodic(bonusEligibilityJob);
}

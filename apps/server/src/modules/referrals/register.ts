import type { Config } from '../../platform/config.ts';
import type { Dashboard } from '../../platform/dashboard.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { referralCards } from './dashboard-cards.ts';
import { deleteUntouchedMarksOf } from './marks.repo.ts';
import { carryOwnershipOnMatch, referFromShareLink } from './use-cases/placement-referrals.ts';
import { deactivateJobReferrals } from './use-cases/referral-activity.ts';
import { withdrawExcludedReferrals } from './use-cases/withdraw-excluded.ts';

/** What the referrals module hangs off other modules' changes and adds to the home page (called once per app). */
export function registerReferrals({
  events,
  dashboard,
  config,
}: {
  events: DomainEvents;
  dashboard: Dashboard;
  config: Pick<Config, 'publicUrl'>;
}) {
  // An archived role's referrals become inactive in the archiving transaction.
  events.subscribe('job.archived', async (tx, job) => {
    await deactivateJobReferrals(tx, job.companyId, job.jobId, job.actorMembershipId);
  });
  // A re-import that finds passed-on people now excluded withdraws their referrals (see the use case).
  events.subscribe('contacts.excluded', (tx, excluded) => withdrawExcludedReferrals(tx, excluded));
  // Deleting one's contacts takes back the marks nobody acted on yet.
  events.subscribe('contacts.deleting', (tx, deleting) => deleteUntouchedMarksOf(tx, deleting));
  // An application through a share link is its employee's referral; a match may carry ownership over.
  events.subscribe('placement.created', async (tx, placed) => {
    await referFromShareLink(tx, placed, config.publicUrl);
    await carryOwnershipOnMatch(tx, placed);
  });
  dashboard.addCards(referralCards);
}

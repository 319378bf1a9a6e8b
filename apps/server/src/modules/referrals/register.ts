import type { Dashboard } from '../../platform/dashboard.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { referralCards } from './dashboard-cards.ts';
import { deleteUntouchedMarksOf } from './marks.repo.ts';
import { recordHire } from './use-cases/record-hire.ts';
import { deactivateJobReferrals } from './use-cases/referral-activity.ts';
import { withdrawExcludedReferrals } from './use-cases/withdraw-excluded.ts';

/** What the referrals module hangs off other modules' changes and adds to the home page (called once per app). */
export function registerReferrals({ events, dashboard }: { events: DomainEvents; dashboard: Dashboard }) {
  // An archived role's referrals become inactive in the archiving transaction.
  events.subscribe('job.archived', async (tx, job) => {
    await deactivateJobReferrals(tx, job.companyId, job.jobId, job.actorMembershipId);
  });
  // A re-import that finds passed-on people now excluded withdraws their referrals (see the use case).
  events.subscribe('contacts.excluded', (tx, excluded) => withdrawExcludedReferrals(tx, excluded));
  // Deleting one's contacts takes back the marks nobody acted on yet.
  events.subscribe('contacts.deleting', (tx, deleting) => deleteUntouchedMarksOf(tx, deleting));
  // A candidate entering a `hired` step: the owning referral is hired and its bonus starts.
  events.subscribe('placement.moved', (tx, moved) => recordHire(tx, moved));
  dashboard.addCards(referralCards);
}

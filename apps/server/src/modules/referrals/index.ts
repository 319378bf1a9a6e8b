/** Referrals: bonus tiers for now; requests, the board and submissions join later. The only surface other modules import. */
import type { FastifyPluginAsync } from 'fastify';
import { onContactsExcluded } from '../network/index.ts';
import { boardRoutes } from './board.routes.ts';
import { bonusTierRoutes } from './bonus-tiers.routes.ts';
import { introductionRoutes } from './introductions.routes.ts';
import { markRoutes } from './marks.routes.ts';
import { messageTemplateRoutes } from './message-templates.routes.ts';
import { networkReferralRoutes } from './network-referrals.routes.ts';
import { referralRequestRoutes } from './referral-requests.routes.ts';
import { withdrawExcludedReferrals } from './use-cases/withdraw-excluded.ts';

// A re-import that finds passed-on people now excluded withdraws their referrals (see the use case).
onContactsExcluded(withdrawExcludedReferrals);

export const referralsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(bonusTierRoutes);
  await app.register(networkReferralRoutes);
  await app.register(boardRoutes);
  await app.register(introductionRoutes);
  await app.register(markRoutes);
  await app.register(referralRequestRoutes);
  await app.register(messageTemplateRoutes);
};

export { countActiveAndStale } from './board.repo.ts';
export { onTheBoard } from './board-filters.ts';
export { listBonusTiers } from './bonus-tiers.repo.ts';
export { referrerShown, sharedReferralConditions } from './network-referral-filters.ts';
export { moveReferralStatus } from './referral-status.ts';
export { countIntroductionDeadlines } from './sla.repo.ts';
export { runIntroductionSlaReminders, startReferralScheduler } from './sla-reminders.ts';
export { runStaleReferralReminders } from './stale-reminders.ts';
export { markContactIn } from './use-cases/mark-contact.ts';
export { deactivateJobReferrals } from './use-cases/referral-activity.ts';

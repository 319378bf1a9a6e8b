/** Referrals: bonus tiers for now; requests, the board and submissions join later. The only surface other modules import. */
import type { FastifyPluginAsync } from 'fastify';
import { bonusTierRoutes } from './bonus-tiers.routes.ts';
import { introductionRoutes } from './introductions.routes.ts';
import { markRoutes } from './marks.routes.ts';
import { networkReferralRoutes } from './network-referrals.routes.ts';

export const referralsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(bonusTierRoutes);
  await app.register(networkReferralRoutes);
  await app.register(introductionRoutes);
  await app.register(markRoutes);
};

export { listBonusTiers } from './bonus-tiers.repo.ts';
export { moveReferralStatus } from './referral-status.ts';
export { countIntroductionDeadlines } from './sla.repo.ts';
export { runIntroductionSlaReminders, startReferralScheduler } from './sla-reminders.ts';
export { markContactIn } from './use-cases/mark-contact.ts';

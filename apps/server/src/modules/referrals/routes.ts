import type { FastifyPluginAsync } from 'fastify';
import { boardRoutes } from './board.routes.ts';
import { bonusTierRoutes } from './bonus-tiers.routes.ts';
import { intakeRoutes } from './intake.routes.ts';
import { introductionRoutes } from './introductions.routes.ts';
import { markRoutes } from './marks.routes.ts';
import { messageTemplateRoutes } from './message-templates.routes.ts';
import { networkReferralRoutes } from './network-referrals.routes.ts';
import { referralBonusRoutes } from './referral-bonuses.routes.ts';
import { referralRequestRoutes } from './referral-requests.routes.ts';

/** The referrals module's HTTP routes (registered by the app's route list, never imported by a module). */
export const referralsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(bonusTierRoutes);
  await app.register(networkReferralRoutes);
  await app.register(boardRoutes);
  await app.register(introductionRoutes);
  await app.register(markRoutes);
  await app.register(referralRequestRoutes);
  await app.register(messageTemplateRoutes);
  await app.register(referralBonusRoutes);
  await app.register(intakeRoutes);
};

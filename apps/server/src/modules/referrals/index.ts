/** Referrals: bonus tiers for now; requests, the board and submissions join later. The only surface other modules import. */
import type { FastifyPluginAsync } from 'fastify';
import { bonusTierRoutes } from './bonus-tiers.routes.ts';

export const referralsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(bonusTierRoutes);
};

export { listBonusTiers } from './bonus-tiers.repo.ts';

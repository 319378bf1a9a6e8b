import type { FastifyPluginAsync } from 'fastify';
import { checksRoutes } from './checks.routes.ts';
import { publicCandidateRoutes } from './public-candidate.routes.ts';
import { publicRefereeRoutes } from './public-referee.routes.ts';
import { questionnairesRoutes } from './questionnaires.routes.ts';
import { reportRoutes } from './report.routes.ts';
import { subAccountsRoutes } from './sub-accounts.routes.ts';

/** The reference checks module's HTTP routes (registered by the app's route list). */
export const referencesRoutes: FastifyPluginAsync = async (app) => {
  await app.register(subAccountsRoutes);
  await app.register(questionnairesRoutes);
  await app.register(checksRoutes);
  await app.register(publicCandidateRoutes);
  await app.register(publicRefereeRoutes);
  await app.register(reportRoutes);
};

/** Reference checks: questionnaires, sub-accounts, checks, the candidate's and referees' pages, the report. The only surface other modules import. */
import type { FastifyPluginAsync } from 'fastify';
import { checksRoutes } from './checks.routes.ts';
import { publicCandidateRoutes } from './public-candidate.routes.ts';
import { publicRefereeRoutes } from './public-referee.routes.ts';
import { questionnairesRoutes } from './questionnaires.routes.ts';
import { reportRoutes } from './report.routes.ts';
import { subAccountsRoutes } from './sub-accounts.routes.ts';

export const referencesRoutes: FastifyPluginAsync = async (app) => {
  await app.register(subAccountsRoutes);
  await app.register(questionnairesRoutes);
  await app.register(checksRoutes);
  await app.register(publicCandidateRoutes);
  await app.register(publicRefereeRoutes);
  await app.register(reportRoutes);
};

export { refreshCheckStatus } from './use-cases/check-status.ts';
export { sendCandidateLink, sendRefereeLink } from './use-cases/send-links.ts';

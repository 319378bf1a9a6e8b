/** Reference checks: questionnaires, sub-accounts, checks, the candidate's and referees' pages, the report. The only surface other modules import. */
import type { FastifyPluginAsync } from 'fastify';
import { provideReferenceChecks } from '../hiring/index.ts';
import { checksRoutes } from './checks.routes.ts';
import { publicCandidateRoutes } from './public-candidate.routes.ts';
import { publicRefereeRoutes } from './public-referee.routes.ts';
import { questionnairesRoutes } from './questionnaires.routes.ts';
import { reportRoutes } from './report.routes.ts';
import { subAccountsRoutes } from './sub-accounts.routes.ts';
import { registerReferenceStepHook } from './use-cases/check-step-hook.ts';
import { checkSettingsProblems, latestCheckSummaries } from './use-cases/check-summaries.ts';

// Entering a "Reference check" step starts a check: registered into hiring's step hooks on load.
registerReferenceStepHook();
// Hiring's candidate list and pipeline show each candidate's check; its step editor validates settings.
provideReferenceChecks({ summaries: latestCheckSummaries, settings: checkSettingsProblems });

export const referencesRoutes: FastifyPluginAsync = async (app) => {
  await app.register(subAccountsRoutes);
  await app.register(questionnairesRoutes);
  await app.register(checksRoutes);
  await app.register(publicCandidateRoutes);
  await app.register(publicRefereeRoutes);
  await app.register(reportRoutes);
};

export { type CheckScope, loadCheckView } from './checks.repo.ts';
export { type ReferenceScheduler, startReferenceScheduler } from './reference-scheduler.ts';
export { refreshCheckStatus } from './use-cases/check-status.ts';
export { checkSettingsProblems, latestCheckSummaries } from './use-cases/check-summaries.ts';
export { ensureDefaultQuestionnaires } from './use-cases/default-questionnaires.ts';
export { addRefereesToCheck, cancelLockedCheck } from './use-cases/recruiter-actions.ts';
export { runReferenceScheduler, tellCandidate } from './use-cases/reminders.ts';
export { buildReport, reportOfCheck } from './use-cases/report.ts';
export { answerText, PDF_LABELS } from './use-cases/report-labels.ts';
export { renderReportPdf, reportFilename } from './use-cases/report-pdf.ts';
export { sendCandidateLink, sendRefereeLink } from './use-cases/send-links.ts';
export { startReferenceCheck } from './use-cases/start-check.ts';
export { subAccountScope } from './use-cases/sub-accounts.ts';

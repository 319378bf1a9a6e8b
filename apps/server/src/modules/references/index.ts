/** Reference checks: questionnaires, sub-accounts, checks, the candidate's and referees' pages, the report. The only surface other modules import. */

export { checkNoticeNames } from './check-notice-facts.repo.ts';
export { type CheckStartFacts, checkStartFacts } from './check-start.repo.ts';
export { latestCheckSummaries } from './check-summaries.repo.ts';
export { type CheckScope, checkScopeFilter, loadCheckView } from './checks.repo.ts';
export { anonymiseChecks, checksOfCandidates, eraseReferees, refereesMatching } from './erasure.repo.ts';
export { type NamedConsent, requireNamedConsent } from './named-consent.ts';
export { candidateReferenceData, candidateReportPdfs, refereeReferenceData } from './person-data.ts';
export { type PrivacyHolder, privacyHolderOf, privacyViewOf } from './privacy-link.ts';
export * from './references.tables.ts';
export { registerReferences } from './register.ts';
export { answerText, PDF_LABELS, type PdfLabels } from './report-labels.ts';
export { renderReportPdf, reportFilename } from './report-pdf.ts';
export { summaryText } from './report-summary-text.ts';
export { subAccountScope } from './sub-account-access.ts';
export { addRefereesToCheck } from './use-cases/add-referees.ts';
export { cancelLockedCheck } from './use-cases/cancel-check.ts';
export { checkSettingsProblems } from './use-cases/check-settings.ts';
export { refreshCheckStatus } from './use-cases/check-status.ts';
export { ensureDefaultQuestionnaires } from './use-cases/default-questionnaires.ts';
export { detectFraudSignals } from './use-cases/detect-fraud-signals.ts';
export { runReferenceScheduler } from './use-cases/reminders.ts';
export { buildReport, reportOfCheck } from './use-cases/report.ts';
export { sendCandidateLink } from './use-cases/send-candidate-link.ts';
export { sendRefereeLink } from './use-cases/send-referee-link.ts';
export { startReferenceCheck, startReferenceCheckIn } from './use-cases/start-check.ts';
export { tellCandidate } from './use-cases/tell-candidate.ts';
export { withdrawThroughPrivacyLink } from './use-cases/withdraw-through-privacy-link.ts';

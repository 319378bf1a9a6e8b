/** Hiring: jobs, processes, candidates, work history, placements. The only surface other modules import. */

export {
  type CandidateScope,
  candidateScopeFilter,
  findCandidateRow,
  replaceWorkHistory,
  searchVectorOf,
} from './candidates.repo.ts';
export * from './hiring.tables.ts';
export { findJobRow, parseStepSettings } from './jobs.repo.ts';
export { candidateKeys, companyKey, emailKey, linkedinKey, phoneKey } from './normalize.ts';
export {
  candidateExistedBefore,
  insertCandidateRow,
  type NewCandidate,
  placeAtFirstStep,
} from './placements.repo.ts';
export { provideReferenceChecks } from './reference-providers.ts';
export { onEnterStep, type StepHook } from './step-hooks.ts';
export { candidateScopeOf } from './use-cases/candidate-access.ts';
export { findDuplicates } from './use-cases/find-duplicates.ts';

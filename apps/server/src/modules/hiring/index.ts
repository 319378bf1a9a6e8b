/** Hiring: jobs, processes, candidates, work history, placements. The only surface other modules import. */

export {
  type CandidateScope,
  candidateScopeFilter,
  findCandidateRow,
  replaceWorkHistory,
  searchTextOf,
  searchVectorOf,
} from './candidates.repo.ts';
export { listCandidateConsents, type NewCandidateConsent, recordCandidateConsent } from './consents.repo.ts';
export { anonymiseCandidates, candidatesMatching, eraseMemberHistory } from './erasure.repo.ts';
export { listCandidateFiles, saveCandidateCv } from './files/candidate-files.repo.ts';
export { type CvFile, inspectCv } from './files/cv-file.ts';
export { type FormWithCv, readFormWithCv } from './files/cv-form.ts';
export * from './hiring.tables.ts';
export { findJobRow, parseStepSettings } from './jobs.repo.ts';
export { candidateKeys, companyKey, emailKey, linkedinKey, phoneKey } from './normalize.ts';
export { candidateHiringData, memberHiringData } from './person-data.repo.ts';
export {
  candidateExistedBefore,
  insertCandidateRow,
  type NewCandidate,
  placeAtFirstStep,
} from './placements.repo.ts';
export { provideReferenceChecks } from './reference-providers.ts';
export { onEnterStep, type StepHook } from './step-hooks.ts';
export {
  type Applicant,
  type ApplicantOutcome,
  addApplicant,
  POSSIBLE_DUPLICATE_TAG,
} from './use-cases/add-applicant.ts';
export {
  createCandidateFromPerson,
  type PersonFields,
  placeCandidateFrom,
} from './use-cases/add-person-to-job.ts';
export { candidateScopeOf } from './use-cases/candidate-access.ts';
export { findDuplicates } from './use-cases/find-duplicates.ts';

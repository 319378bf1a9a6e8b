/** Hiring: jobs, processes, candidates, work history, placements. The only surface other modules import. */

export {
  type CandidateScope,
  candidateScopeFilter,
  findCandidateRow,
  replaceWorkHistory,
  searchVectorOf,
} from './candidates.repo.ts';
export { hiringRoutes } from './hiring.routes.ts';
export { candidateKeys, companyKey, emailKey, linkedinKey, phoneKey } from './normalize.ts';
export { candidateScopeOf } from './use-cases/candidate-access.ts';

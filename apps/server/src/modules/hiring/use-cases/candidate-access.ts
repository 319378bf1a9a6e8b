import type { Actor } from '../../../platform/http/context.ts';
import type { CandidateScope } from '../candidates.repo.ts';

/** Hiring managers see the candidates on their own jobs; routes keep other roles out entirely. */
export function candidateScopeOf(actor: Actor): CandidateScope {
  return actor.role === 'hiring_manager'
    ? { kind: 'on_jobs_managed_by', membershipId: actor.membershipId }
    : { kind: 'all' };
}

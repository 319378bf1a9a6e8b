import type { Actor } from '../../../platform/http/context.ts';
import type { JobScope } from '../jobs.repo.ts';

/** What jobs a role sees: recruiters and admins all, hiring managers their own, employees open ones, agents their agency's. */
export function jobScopeOf(actor: Actor): JobScope {
  switch (actor.role) {
    case 'admin':
    case 'recruiter':
      return { kind: 'all' };
    case 'hiring_manager':
      return { kind: 'managed_by', membershipId: actor.membershipId };
    case 'employee':
      return { kind: 'open_only' };
    case 'agent':
      return { kind: 'open_to_agency', agencyId: actor.agencyId };
  }
}

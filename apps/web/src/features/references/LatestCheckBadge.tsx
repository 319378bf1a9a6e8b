import { CheckStatusBadge } from './CheckStatusBadge.tsx';
import { useCandidateChecks } from './references.api.ts';

/** The candidate's newest check that was not cancelled, as a small badge (on the profile's tab). */
export function LatestCheckBadge({ candidateId }: { candidateId: string }) {
  const checks = useCandidateChecks(candidateId);
  const latest = checks.data?.find((c) => c.status !== 'cancelled');
  return <CheckStatusBadge summary={latest} size="xs" link={false} />;
}

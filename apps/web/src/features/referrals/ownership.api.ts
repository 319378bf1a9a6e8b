import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { referralKeys } from '../../app/query-keys.ts';
import { useRefreshReferralViews } from './board.api.ts';

/** Who owns the candidate (no job) or one submission (a job), by the referral policy's display rules. */
export function useReferralOwner(candidateId: string, jobId: string | null, enabled = true) {
  return useQuery({
    enabled,
    queryKey: referralKeys.owner(candidateId, jobId),
    queryFn: () =>
      api.get('/api/candidates/{id}/referral-owner', {
        path: { id: candidateId },
        query: jobId ? { jobId } : {},
      }),
    select: (d) => d.owner,
  });
}

export type TransferRequest = { referralId: string; toMembershipId: string; reason: string };

/** An admin moves an owning referral to another member; the owners and the timelines refresh. */
export function useTransferOwnership() {
  const refresh = useRefreshReferralViews();
  return useMutation({
    mutationFn: ({ referralId, ...body }: TransferRequest) =>
      api.post('/api/referrals/{id}/transfer', { path: { id: referralId }, body }),
    onSuccess: () => refresh(),
    meta: { silent: true },
  });
}

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TChangeReferralStatusRequest, TNetworkReferralDetail } from '@vouch/contracts';
import { api, withQuery } from '../../app/api.ts';
import { companyKeys, referralKeys } from '../../app/query-keys.ts';
import { invalidateAfterPlacement } from '../candidates/candidates.api.ts';
import { useRefreshReferralViews } from './board.api.ts';
import { listQueryOf, type ReferralsSearch } from './referrals-search.ts';

const PAGE_SIZE = 50;

export function useNetworkReferrals(search: ReferralsSearch) {
  const query = listQueryOf(search);
  return useInfiniteQuery({
    queryKey: referralKeys.networkPage(query),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/referrals/network', { query: { ...query, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The page shows a failed search under the search box and other failures in place.
    meta: { silent: true },
  });
}

/** The download link of the current view (same filters and search, at most 10,000 rows). */
export const exportUrl = (search: ReferralsSearch) =>
  withQuery('/api/referrals/network/export.csv', listQueryOf(search));

export function useReferralDetail(id: string | undefined) {
  return useQuery({
    queryKey: referralKeys.detail(id),
    // Only fetched once there is an id (`enabled`).
    queryFn: () => api.get('/api/referrals/{id}', { path: { id: id! } }),
    enabled: !!id,
  });
}

/** Every active member, for the "passed on by" filter. */
export function useMembers() {
  return useQuery({
    queryKey: companyKeys.everyone(),
    queryFn: () => api.get('/api/people'),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });
}

/** After a change the drawer shows the answer at once and the list catches up. */
function useReferralMutation<T>(request: (id: string, body: T) => Promise<TNetworkReferralDetail>) {
  const client = useQueryClient();
  const refresh = useRefreshReferralViews();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: T }) => request(id, body),
    // The drawer shows what went wrong beside the control that did it.
    meta: { silent: true },
    onSuccess: async (detail) => {
      client.setQueryData(referralKeys.detail(detail.id), detail);
      await refresh();
    },
  });
}

export const useChangeStatus = () =>
  useReferralMutation((id, body: TChangeReferralStatusRequest) =>
    api.post('/api/referrals/{id}/status', { path: { id }, body }),
  );

export const useFileUnderDepartment = () =>
  useReferralMutation((id, body: { departmentId: string | null }) =>
    api.patch('/api/referrals/{id}', { path: { id }, body }),
  );

export const useRequestIntroduction = () =>
  useReferralMutation((id, body: { message: string | null }) =>
    api.post('/api/referrals/{id}/request-introduction', { path: { id }, body }),
  );

/** "Add to job": the introduction or prospect becomes a pipeline candidate; every view that shows either refreshes. */
export function useAddToJob() {
  const client = useQueryClient();
  const refresh = useRefreshReferralViews();
  return useMutation({
    mutationFn: ({ id, jobId }: { id: string; jobId: string }) =>
      api.post('/api/referrals/{id}/add-to-job', { path: { id }, body: { jobId } }),
    meta: { silent: true },
    onSuccess: async (result) => {
      await Promise.all([refresh(), invalidateAfterPlacement(client, result.candidateId, result.jobId)]);
    },
  });
}

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TChangeReferralStatusRequest,
  TNetworkReferralDetail,
  TNetworkReferralPage,
  TPersonRef,
} from '@vouch/contracts';
import { api, withQuery } from '../../app/api.ts';
import { useRefreshReferralViews } from './board.api.ts';
import { listQueryOf, type ReferralsSearch } from './referrals-search.ts';

const PAGE_SIZE = 50;

export function useNetworkReferrals(search: ReferralsSearch) {
  const query = listQueryOf(search);
  return useInfiniteQuery({
    queryKey: ['network-referrals', query],
    queryFn: ({ pageParam, signal }) =>
      api<TNetworkReferralPage>('/api/referrals/network', {
        query: { ...query, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
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
    queryKey: ['network-referral', id],
    queryFn: () => api<TNetworkReferralDetail>(`/api/referrals/${id}`),
    enabled: !!id,
  });
}

/** Every active member, for the "passed on by" filter. */
export function useMembers() {
  return useQuery({
    queryKey: ['people', 'all'],
    queryFn: () => api<{ items: TPersonRef[] }>('/api/people'),
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
      client.setQueryData(['network-referral', detail.id], detail);
      await refresh();
    },
  });
}

export const useChangeStatus = () =>
  useReferralMutation((id, body: TChangeReferralStatusRequest) =>
    api<TNetworkReferralDetail>(`/api/referrals/${id}/status`, { method: 'POST', body }),
  );

export const useFileUnderDepartment = () =>
  useReferralMutation((id, body: { departmentId: string | null }) =>
    api<TNetworkReferralDetail>(`/api/referrals/${id}`, { method: 'PATCH', body }),
  );

export const useRequestIntroduction = () =>
  useReferralMutation((id, body: { message: string | null }) =>
    api<TNetworkReferralDetail>(`/api/referrals/${id}/request-introduction`, { method: 'POST', body }),
  );

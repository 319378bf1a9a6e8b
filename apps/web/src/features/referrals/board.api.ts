import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../app/api.ts';
import { dashboardKeys, jobKeys, referralKeys } from '../../app/query-keys.ts';
import { boardQueryOf, type ReferralsSearch } from './referrals-search.ts';

const PAGE_SIZE = 50;

/** Everything a referral's change can show up in: the board, the drawer, a candidate's tab, the dashboard. */
const REFERRAL_VIEWS = [
  referralKeys.board(),
  referralKeys.network(),
  referralKeys.details(),
  referralKeys.ofCandidates(),
  dashboardKeys.all(),
];

export function useRefreshReferralViews() {
  const client = useQueryClient();
  return () => Promise.all(REFERRAL_VIEWS.map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useBoard(search: ReferralsSearch) {
  const query = boardQueryOf(search);
  return useInfiniteQuery({
    queryKey: referralKeys.boardPage(query),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/referrals', { query: { ...query, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The table shows a failure in place.
    meta: { silent: true },
  });
}

/** The download link of the board's current view (same tab, filters, search and sort). */
export const boardExportUrl = (search: ReferralsSearch) => withQuery('/api/referrals/export.csv', boardQueryOf(search));

/** The bell: inactive by hand, and back. */
export function useSetActive() {
  const refresh = useRefreshReferralViews();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post('/api/referrals/{id}/active', { path: { id }, body: { active } }),
    onSuccess: () => refresh(),
  });
}

export function useCandidateReferrals(candidateId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: referralKeys.ofCandidate(candidateId),
    queryFn: () => api.get('/api/candidates/{id}/referrals', { path: { id: candidateId } }),
    select: (d) => d.items,
  });
}

export const jobInactiveReferrals = (jobId: string) =>
  api.get('/api/jobs/{id}/referrals/inactive-count', { path: { id: jobId } });

export function useReactivateJobReferrals() {
  const refresh = useRefreshReferralViews();
  return useMutation({
    mutationFn: (jobId: string) => api.post('/api/jobs/{id}/referrals/reactivate', { path: { id: jobId } }),
    onSuccess: () => refresh(),
  });
}

/** Every role, open and archived, for the board's role filter: inactive referrals are mostly of archived ones. */
export function useAllJobOptions() {
  return useQuery({
    queryKey: jobKeys.allOptions(),
    queryFn: () => api.get('/api/jobs', { query: { limit: 200 } }),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}

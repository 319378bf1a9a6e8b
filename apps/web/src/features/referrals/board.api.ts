import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TBoardPage,
  TBoardReferral,
  TCandidateReferralList,
  TJobInactiveReferrals,
  TJobListItem,
  TReactivateJobReferralsResult,
} from '@vouch/contracts';
import { api, type Page, withQuery } from '../../app/api.ts';
import { boardQueryOf, type ReferralsSearch } from './referrals-search.ts';

const PAGE_SIZE = 50;

/** Everything a referral's change can show up in: the board, the drawer, a candidate's tab, the dashboard. */
export const REFERRAL_VIEWS = [
  ['board'],
  ['network-referrals'],
  ['network-referral'],
  ['candidate-referrals'],
  ['dashboard'],
];

export function useRefreshReferralViews() {
  const client = useQueryClient();
  return () => Promise.all(REFERRAL_VIEWS.map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useBoard(search: ReferralsSearch) {
  const query = boardQueryOf(search);
  return useInfiniteQuery({
    queryKey: ['board', query],
    queryFn: ({ pageParam, signal }) =>
      api<TBoardPage>('/api/referrals', { query: { ...query, limit: PAGE_SIZE, cursor: pageParam }, signal }),
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
      api<TBoardReferral>(`/api/referrals/${id}/active`, { method: 'POST', body: { active } }),
    onSuccess: () => refresh(),
  });
}

export function useCandidateReferrals(candidateId: string) {
  return useQuery({
    queryKey: ['candidate-referrals', candidateId],
    queryFn: () => api<TCandidateReferralList>(`/api/candidates/${candidateId}/referrals`),
    select: (d) => d.items,
  });
}

export const jobInactiveReferrals = (jobId: string) =>
  api<TJobInactiveReferrals>(`/api/jobs/${jobId}/referrals/inactive-count`);

export function useReactivateJobReferrals() {
  const refresh = useRefreshReferralViews();
  return useMutation({
    mutationFn: (jobId: string) =>
      api<TReactivateJobReferralsResult>(`/api/jobs/${jobId}/referrals/reactivate`, { method: 'POST' }),
    onSuccess: () => refresh(),
  });
}

/** Every role, open and archived, for the board's role filter: inactive referrals are mostly of archived ones. */
export function useAllJobOptions() {
  return useQuery({
    queryKey: ['jobs', 'options', 'all'],
    queryFn: () => api<Page<TJobListItem>>('/api/jobs', { query: { limit: 200 } }),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TMarkContactRequest, TUpdateMarkRequest } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { networkKeys } from '../../app/query-keys.ts';

/** Cards fetched at a time: the next ones are on screen the moment the current one is done. */
export const TRIAGE_PAGE = 10;

export function useTriageQueue() {
  return useQuery({
    queryKey: networkKeys.triage(),
    queryFn: ({ signal }) => api.get('/api/contacts/triage', { query: { limit: TRIAGE_PAGE }, signal }),
    // A mark made elsewhere (another tab, "My referrals") changes the queue; never show a stale one.
    staleTime: 0,
  });
}

/** How many contacts wait for triage; My network shows a call to action while there are any. */
export function useTriageRemaining() {
  return useQuery({
    queryKey: networkKeys.triageRemaining(),
    queryFn: ({ signal }) => api.get('/api/contacts/triage', { query: { limit: 1 }, signal }).then((q) => q.remaining),
  });
}

export function useMyReferrals() {
  return useInfiniteQuery({
    queryKey: networkKeys.myReferrals(),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/my/referrals', { query: { limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After any mark, skip or withdrawal the queue, the referrals and the contacts list are stale. */
function useRefreshMarks() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: networkKeys.triage() });
    void client.invalidateQueries({ queryKey: networkKeys.myReferrals() });
  };
}

export function useMarkContact() {
  const refresh = useRefreshMarks();
  return useMutation({
    mutationFn: ({ contactId, ...body }: TMarkContactRequest & { contactId: string }) =>
      api.post('/api/contacts/{id}/mark', { path: { id: contactId }, body }),
    onSuccess: refresh,
  });
}

export function useSkipContact() {
  const refresh = useRefreshMarks();
  return useMutation({
    mutationFn: ({ contactId, skipped }: { contactId: string; skipped: boolean }) =>
      skipped
        ? api.post('/api/contacts/{id}/skip', { path: { id: contactId } })
        : api.delete('/api/contacts/{id}/skip', { path: { id: contactId } }),
    onSuccess: refresh,
  });
}

export function useUpdateMark() {
  const refresh = useRefreshMarks();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateMarkRequest & { id: string }) =>
      api.patch('/api/my/referrals/{id}', { path: { id }, body }),
    onSuccess: refresh,
  });
}

export function useWithdrawReferral() {
  const refresh = useRefreshMarks();
  return useMutation({
    mutationFn: (id: string) => api.delete('/api/my/referrals/{id}', { path: { id } }),
    onSuccess: refresh,
  });
}

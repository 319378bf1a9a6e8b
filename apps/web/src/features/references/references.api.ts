import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCheckStatus, TLanguage, TNamedConsent, TRefereeInput, TReferenceCheckSettings } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { candidateKeys, questionnaireKeys, referenceCheckKeys } from '../../app/query-keys.ts';

export type StartCheckRequest = TReferenceCheckSettings & {
  jobId: string | null;
  referees: TRefereeInput[];
  refereeConsent?: TNamedConsent;
};

export function useCandidateChecks(candidateId: string) {
  return useQuery({
    queryKey: candidateKeys.referenceChecks(candidateId),
    queryFn: () => api.get('/api/candidates/{id}/reference-checks', { path: { id: candidateId } }),
    select: (d) => [...d.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  });
}

export type CheckListFilter = { status?: TCheckStatus; attention?: 'true'; q?: string };

export function useCheckList(filter: CheckListFilter, limit = 50) {
  return useInfiniteQuery({
    queryKey: referenceCheckKeys.list(filter, limit),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/reference-checks', { query: { ...filter, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSubAccounts() {
  return useQuery({
    queryKey: questionnaireKeys.subAccounts(),
    queryFn: () => api.get('/api/sub-accounts'),
    select: (d) => d.items.filter((s) => !s.archived),
    staleTime: 60_000,
  });
}

/** Questionnaires a check can use: the language's, the company's own and the sub-account's. */
export function useQuestionnaireOptions(language: TLanguage, subAccountId: string | null) {
  return useQuery({
    queryKey: questionnaireKeys.options(language, subAccountId),
    queryFn: () => api.get('/api/questionnaires', { query: { language, subAccountId } }),
    select: (d) =>
      d.items.filter(
        (q) => !q.archived && q.language === language && (q.subAccountId === null || q.subAccountId === subAccountId),
      ),
    staleTime: 30_000,
  });
}

/** After any change to a check: the candidate's tab, the lists and the pipeline badges. */
function useRefresh() {
  const client = useQueryClient();
  return (candidateId?: string) =>
    Promise.all([
      candidateId
        ? client.invalidateQueries({ queryKey: candidateKeys.referenceChecks(candidateId) })
        : client.invalidateQueries({ queryKey: candidateKeys.details() }),
      client.invalidateQueries({ queryKey: referenceCheckKeys.all() }),
      client.invalidateQueries({ queryKey: candidateKeys.lists() }),
    ]);
}

export function useStartCheck(candidateId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: StartCheckRequest) =>
      api.post('/api/candidates/{id}/reference-checks', { path: { id: candidateId }, body }),
    onSuccess: () => refresh(candidateId),
    // The form shows the errors beside its fields.
    meta: { silent: true },
  });
}

export type StartChecksInBulkRequest = TReferenceCheckSettings & { jobId: string | null; candidateIds: string[] };

/** One settings form for several candidates: each is started or skipped with the reason. */
export function useStartChecksInBulk() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: StartChecksInBulkRequest) => api.post('/api/reference-checks/bulk', { body }),
    // The candidate lists refreshed here are also what the pipeline's cards read.
    onSuccess: () => refresh(),
    meta: { silent: true },
  });
}

/** Who did what to a check, when; read when its history is opened, refreshed with the check. */
export function useCheckTimeline(checkId: string, enabled: boolean) {
  return useQuery({
    queryKey: referenceCheckKeys.timeline(checkId),
    queryFn: () => api.get('/api/reference-checks/{id}/timeline', { path: { id: checkId } }),
    enabled,
  });
}

type CheckRef = { id: string; candidateId: string };

/** Every action on a check or one of its referees; each refreshes what shows the check. */
export function useCheckActions(check: CheckRef) {
  const refresh = useRefresh();
  const id = check.id;
  const after = { onSuccess: () => refresh(check.candidateId) };
  return {
    addReferee: useMutation({
      mutationFn: (body: TRefereeInput & { consent?: TNamedConsent }) =>
        api.post('/api/reference-checks/{id}/referees', { path: { id }, body }),
      ...after,
      meta: { silent: true },
    }),
    editReferee: useMutation({
      mutationFn: ({ refereeId, body }: { refereeId: string; body: TRefereeInput }) =>
        api.patch('/api/reference-checks/{id}/referees/{refereeId}', { path: { id, refereeId }, body }),
      ...after,
      meta: { silent: true },
    }),
    removeReferee: useMutation({
      mutationFn: (refereeId: string) =>
        api.delete('/api/reference-checks/{id}/referees/{refereeId}', { path: { id, refereeId } }),
      ...after,
    }),
    resendReferee: useMutation({
      mutationFn: (refereeId: string) =>
        api.post('/api/reference-checks/{id}/referees/{refereeId}/resend', { path: { id, refereeId } }),
      ...after,
    }),
    refereeLink: useMutation({
      mutationFn: (refereeId: string) =>
        api.post('/api/reference-checks/{id}/referees/{refereeId}/link', { path: { id, refereeId } }),
      // The copy is in the check's timeline now.
      ...after,
    }),
    candidateLink: useMutation({
      mutationFn: (send: boolean) =>
        api.post('/api/reference-checks/{id}/candidate-link', {
          path: { id },
          query: send ? { send: 'true' } : undefined,
        }),
      ...after,
    }),
    close: useMutation({ mutationFn: () => api.post('/api/reference-checks/{id}/close', { path: { id } }), ...after }),
    cancel: useMutation({
      mutationFn: () => api.post('/api/reference-checks/{id}/cancel', { path: { id } }),
      ...after,
    }),
  };
}

/** Copies a link; the absolute URL when the server gave a path. */
export async function copyToClipboard(url: string) {
  const absolute = url.startsWith('/') ? `${window.location.origin}${url}` : url;
  await navigator.clipboard.writeText(absolute);
}

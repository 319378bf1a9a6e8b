import { queryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { candidateKeys, dashboardKeys, jobKeys } from '../../app/query-keys.ts';
import type { CandidateSearch } from '../../app/search.ts';

export const candidateQuery = (id: string) =>
  queryOptions({
    queryKey: candidateKeys.detail(id),
    queryFn: () => api.get('/api/candidates/{id}', { path: { id } }),
  });

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: candidateKeys.history(id),
    queryFn: () => api.get('/api/candidates/{id}/history', { path: { id } }),
  });

export const candidateFilesQuery = (id: string) =>
  queryOptions({
    queryKey: candidateKeys.files(id),
    queryFn: () => api.get('/api/candidates/{id}/files', { path: { id } }),
  });

/** A file's download address: a plain link, so the browser saves it with the server's file name. */
export const candidateFileUrl = (candidateId: string, fileId: string) =>
  `/api/candidates/${encodeURIComponent(candidateId)}/files/${encodeURIComponent(fileId)}`;

export function useCandidateList(filters: CandidateSearch, limit = 50) {
  return useInfiniteQuery({
    queryKey: candidateKeys.list(filters, limit),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/candidates', { query: { ...filters, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const createCandidate = (body: ApiBody<'/api/candidates', 'post'>) => api.post('/api/candidates', { body });

export const updateCandidate = (id: string, body: ApiBody<'/api/candidates/{id}', 'put'>) =>
  api.put('/api/candidates/{id}', { path: { id }, body });

export const addPlacement = (candidateId: string, body: ApiBody<'/api/candidates/{id}/placements', 'post'>) =>
  api.post('/api/candidates/{id}/placements', { path: { id: candidateId }, body });

export const removePlacement = (placementId: string) =>
  api.delete('/api/placements/{id}', { path: { id: placementId } });

/** Warns while typing when the candidate may already exist. */
export const checkDuplicates = (body: ApiBody<'/api/candidates/duplicate-check', 'post'>, signal: AbortSignal) =>
  api.post('/api/candidates/duplicate-check', { body, signal });

/** The candidate and job are named so the views that show them can be refreshed afterwards. */
type Move = { candidateId: string; jobId: string; stepId: string; placementId: string; startNewCheck?: boolean };

/** Moves a candidate to another step of a job. */
export function useMovePlacement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ placementId, stepId, startNewCheck }: Move) =>
      api.put('/api/placements/{id}/step', { path: { id: placementId }, body: { stepId, startNewCheck } }),
    onSettled: (_data, _error, { candidateId, jobId }) => invalidateAfterPlacement(client, candidateId, jobId),
  });
}

export async function invalidateAfterPlacement(
  client: ReturnType<typeof useQueryClient>,
  candidateId: string,
  jobId: string,
) {
  await Promise.all([
    client.invalidateQueries({ queryKey: candidateKeys.detail(candidateId) }),
    client.invalidateQueries({ queryKey: candidateKeys.lists() }),
    client.invalidateQueries({ queryKey: jobKeys.detail(jobId) }),
    client.invalidateQueries({ queryKey: jobKeys.lists() }),
    client.invalidateQueries({ queryKey: dashboardKeys.all() }),
  ]);
}

import { queryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCandidate, TCandidateListItem, TPlacement, ZPlacementHistory } from '@vouch/contracts';
import type { z } from 'zod';
import { api, type Page } from '../../app/api.ts';
import type { CandidateSearch } from '../../app/search.ts';

export const candidateQuery = (id: string) =>
  queryOptions({ queryKey: ['candidate', id], queryFn: () => api<TCandidate>(`/api/candidates/${id}`) });

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: ['candidate', id, 'history'],
    queryFn: () => api<z.infer<typeof ZPlacementHistory>>(`/api/candidates/${id}/history`),
  });

export function useCandidateList(filters: CandidateSearch, limit = 50) {
  return useInfiniteQuery({
    queryKey: ['candidates', filters, limit],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TCandidateListItem>>('/api/candidates', { query: { ...filters, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The candidate and job are named so the views that show them can be refreshed afterwards. */
type Move = { candidateId: string; jobId: string; stepId: string; placementId: string };

/** Moves a candidate to another step of a job. */
export function useMovePlacement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ placementId, stepId }: Move) =>
      api<TPlacement>(`/api/placements/${placementId}/step`, { method: 'PUT', body: { stepId } }),
    onSettled: (_data, _error, { candidateId, jobId }) => invalidateAfterPlacement(client, candidateId, jobId),
  });
}

export async function invalidateAfterPlacement(
  client: ReturnType<typeof useQueryClient>,
  candidateId: string,
  jobId: string,
) {
  await Promise.all([
    client.invalidateQueries({ queryKey: ['candidate', candidateId] }),
    client.invalidateQueries({ queryKey: ['candidates'] }),
    client.invalidateQueries({ queryKey: ['job', jobId] }),
    client.invalidateQueries({ queryKey: ['jobs'] }),
    client.invalidateQueries({ queryKey: ['dashboard'] }),
  ]);
}

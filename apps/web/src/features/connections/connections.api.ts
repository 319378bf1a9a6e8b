import { queryOptions, useQueries } from '@tanstack/react-query';
import type { TConnectionSummaries } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { candidateKeys } from '../../app/query-keys.ts';

export const connectionsQuery = (candidateId: string) =>
  queryOptions({
    queryKey: candidateKeys.connections(candidateId),
    queryFn: () => api.get('/api/candidates/{id}/connections', { path: { id: candidateId } }),
  });

type Summary = TConnectionSummaries['items'][number];

/**
 * The best connection and count of every candidate in the table, one request per page of the list:
 * loading the next page asks only for its own candidates.
 */
export function usePageConnections(pages: { items: { id: string }[] }[]): Map<string, Summary> {
  return useQueries({
    queries: pages
      .map((page) => page.items.map((item) => item.id).join(','))
      .filter(Boolean)
      .map((ids) => ({
        queryKey: candidateKeys.connectionSummaries(ids),
        queryFn: () => api.get('/api/candidates/connections', { query: { ids } }),
        staleTime: 60_000,
      })),
    combine: (results) =>
      new Map(results.flatMap((result) => (result.data?.items ?? []).map((item) => [item.candidateId, item] as const))),
  });
}

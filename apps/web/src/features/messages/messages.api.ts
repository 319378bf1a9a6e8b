import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { TMessage } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { messageKeys } from '../../app/query-keys.ts';

export type MessageFilters = { q?: string; status?: TMessage['status']; channel?: TMessage['channel'] };

export function useMessageList(filters: MessageFilters) {
  return useInfiniteQuery({
    queryKey: messageKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/messages', { query: { ...filters, cursor: pageParam, limit: 50 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMessage(id: string | null) {
  return useQuery({
    queryKey: messageKeys.detail(id),
    // Only fetched once there is an id (`enabled`).
    queryFn: () => api.get('/api/messages/{id}', { path: { id: id! } }),
    enabled: !!id,
  });
}

/** How the server delivers: without a provider the outbox "delivers" into the app itself. */
export const useHealth = () => useQuery({ queryKey: messageKeys.health(), queryFn: () => api.get('/api/health') });

export const retryMessage = (id: string) => api.post('/api/messages/{id}/retry', { path: { id } });

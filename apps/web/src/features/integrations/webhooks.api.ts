import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TWebhookDelivery, TWebhookEndpoint, TWebhookEndpointList } from '@vouch/contracts';
import { api, type Page } from '../../app/api.ts';

export type WebhookEndpointWithSecret = TWebhookEndpoint & { secret: string };
export type WebhookEndpointInput = { url: string; description: string; eventTypes: string[] };

export const WEBHOOKS_KEY = ['webhook-endpoints'];

export function useWebhookEndpoints() {
  return useQuery({
    queryKey: WEBHOOKS_KEY,
    queryFn: () => api.get('/api/company/webhook-endpoints'),
  });
}

export function useDeliveries(endpointId: string | null, limit = 25) {
  return useInfiniteQuery({
    queryKey: [...WEBHOOKS_KEY, endpointId, 'deliveries'],
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/company/webhook-endpoints/{id}/deliveries', {
        path: { id: endpointId },
        query: { limit, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!endpointId,
  });
}

/**
 * Every change to an endpoint refreshes the list (and any open delivery log). `silent` for forms,
 * which show errors beside their fields.
 */
export function useWebhookMutation<V, R>(fn: (vars: V) => Promise<R>, onSuccess?: (result: R) => void, silent = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { silent },
    onSuccess: async (result) => {
      onSuccess?.(result);
      await client.invalidateQueries({ queryKey: WEBHOOKS_KEY });
    },
  });
}

export const webhookCalls = {
  create: (body: WebhookEndpointInput) => api.post('/api/company/webhook-endpoints', { body }),
  update: ({ id, ...body }: WebhookEndpointInput & { id: string; enabled: boolean }) =>
    api.put('/api/company/webhook-endpoints/{id}', { path: { id }, body }),
  remove: (id: string) => api.delete('/api/company/webhook-endpoints/{id}', { path: { id } }),
  rotate: (id: string) => api.post('/api/company/webhook-endpoints/{id}/rotate-secret', { path: { id } }),
  test: (id: string) => api.post('/api/company/webhook-endpoints/{id}/test', { path: { id } }),
  resend: (id: string) => api.post('/api/company/webhook-deliveries/{id}/resend', { path: { id } }),
  settings: (allowPrivateNetworks: boolean) =>
    api.put('/api/company/webhook-endpoints/settings', { body: { allowPrivateNetworks } }),
};

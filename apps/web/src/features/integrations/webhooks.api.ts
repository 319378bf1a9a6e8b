import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TWebhookDelivery, TWebhookEndpoint, TWebhookEndpointList } from '@vouch/contracts';
import { api, type Page } from '../../app/api.ts';

export type WebhookEndpointWithSecret = TWebhookEndpoint & { secret: string };
export type WebhookEndpointInput = { url: string; description: string; eventTypes: string[] };

export const WEBHOOKS_KEY = ['webhook-endpoints'];

export function useWebhookEndpoints() {
  return useQuery({
    queryKey: WEBHOOKS_KEY,
    queryFn: () => api<TWebhookEndpointList>('/api/company/webhook-endpoints'),
  });
}

export function useDeliveries(endpointId: string | null, limit = 25) {
  return useInfiniteQuery({
    queryKey: [...WEBHOOKS_KEY, endpointId, 'deliveries'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TWebhookDelivery>>(`/api/company/webhook-endpoints/${endpointId}/deliveries`, {
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
  create: (body: WebhookEndpointInput) =>
    api<WebhookEndpointWithSecret>('/api/company/webhook-endpoints', { method: 'POST', body }),
  update: ({ id, ...body }: WebhookEndpointInput & { id: string; enabled: boolean }) =>
    api<TWebhookEndpoint>(`/api/company/webhook-endpoints/${id}`, { method: 'PUT', body }),
  remove: (id: string) => api<{ ok: true }>(`/api/company/webhook-endpoints/${id}`, { method: 'DELETE' }),
  rotate: (id: string) =>
    api<WebhookEndpointWithSecret>(`/api/company/webhook-endpoints/${id}/rotate-secret`, { method: 'POST' }),
  test: (id: string) => api<TWebhookDelivery>(`/api/company/webhook-endpoints/${id}/test`, { method: 'POST' }),
  resend: (id: string) => api<TWebhookDelivery>(`/api/company/webhook-deliveries/${id}/resend`, { method: 'POST' }),
  settings: (allowPrivateNetworks: boolean) =>
    api<{ allowPrivateNetworks: boolean }>('/api/company/webhook-endpoints/settings', {
      method: 'PUT',
      body: { allowPrivateNetworks },
    }),
};

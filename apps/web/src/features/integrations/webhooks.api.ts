import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TWebhookEndpoint } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { integrationKeys } from '../../app/query-keys.ts';

export type WebhookEndpointWithSecret = TWebhookEndpoint & { secret: string };
export type WebhookEndpointInput = { url: string; description: string; eventTypes: string[] };

/**
 * An endpoint's event types are read back as the strings the server stored and sent again as they are;
 * the server checks each on save (an unknown one answers 400 beside the field).
 */
type EventTypes = ApiBody<'/api/company/webhook-endpoints', 'post'>['eventTypes'];
const checkedByServer = (eventTypes: string[]) => eventTypes as EventTypes;

export function useWebhookEndpoints() {
  return useQuery({
    queryKey: integrationKeys.webhookEndpoints(),
    queryFn: () => api.get('/api/company/webhook-endpoints'),
  });
}

export function useDeliveries(endpointId: string | null, limit = 25) {
  return useInfiniteQuery({
    queryKey: integrationKeys.deliveries(endpointId),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/company/webhook-endpoints/{id}/deliveries', {
        // Only fetched once an endpoint is chosen (`enabled`).
        path: { id: endpointId! },
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
      await client.invalidateQueries({ queryKey: integrationKeys.webhookEndpoints() });
    },
  });
}

export const webhookCalls = {
  create: (body: WebhookEndpointInput) =>
    api.post('/api/company/webhook-endpoints', { body: { ...body, eventTypes: checkedByServer(body.eventTypes) } }),
  update: ({ id, ...body }: WebhookEndpointInput & { id: string; enabled: boolean }) =>
    api.put('/api/company/webhook-endpoints/{id}', {
      path: { id },
      body: { ...body, eventTypes: checkedByServer(body.eventTypes) },
    }),
  remove: (id: string) => api.delete('/api/company/webhook-endpoints/{id}', { path: { id } }),
  rotate: (id: string) => api.post('/api/company/webhook-endpoints/{id}/rotate-secret', { path: { id } }),
  test: (id: string) => api.post('/api/company/webhook-endpoints/{id}/test', { path: { id } }),
  resend: (id: string) => api.post('/api/company/webhook-deliveries/{id}/resend', { path: { id } }),
  settings: (allowPrivateNetworks: boolean) =>
    api.put('/api/company/webhook-endpoints/settings', { body: { allowPrivateNetworks } }),
};

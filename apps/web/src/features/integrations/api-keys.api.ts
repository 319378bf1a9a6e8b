import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TApiKey, TApiKeyScope } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { integrationKeys } from '../../app/query-keys.ts';

/** What the create form sends; `expiresAt` is an ISO date-time or null. */
export type ApiKeyRequest = {
  name: string;
  scopes: TApiKeyScope[];
  subAccountId: string | null;
  expiresAt: string | null;
};

export function useApiKeys() {
  return useQuery({
    queryKey: integrationKeys.apiKeys(),
    queryFn: () => api.get('/api/company/api-keys'),
    select: (d) => d.items,
  });
}

/**
 * Every change refreshes the list. Errors are notified app-wide unless `silent` (a form that puts
 * them beside its fields).
 */
export function useApiKeyMutation<V, R>(fn: (vars: V) => Promise<R>, onSuccess?: (result: R) => void, silent = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { silent },
    onSuccess: async (result) => {
      onSuccess?.(result);
      await client.invalidateQueries({ queryKey: integrationKeys.apiKeys() });
    },
  });
}

export const apiKeyCalls = {
  create: (body: ApiKeyRequest) => api.post('/api/company/api-keys', { body }),
  revoke: (id: string) => api.post('/api/company/api-keys/{id}/revoke', { path: { id } }),
};

export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

export const statusOf = (key: TApiKey, now = Date.now()): ApiKeyStatus =>
  key.revokedAt ? 'revoked' : key.expiresAt && new Date(key.expiresAt).getTime() <= now ? 'expired' : 'active';

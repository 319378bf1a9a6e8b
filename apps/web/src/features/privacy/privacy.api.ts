import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  TErasureRequest,
  TKeepDataRequest,
  TRetentionExtensionRequest,
  TUpdateRetentionSettingsRequest,
} from '@vouch/contracts';
import { api } from '../../app/api.ts';

/** Query keys of Company settings → Privacy. */
export const privacyKeys = {
  all: () => ['privacy'] as const,
  retention: () => ['privacy', 'retention'] as const,
  upcoming: () => ['privacy', 'upcoming'] as const,
  extensions: () => ['privacy', 'extensions'] as const,
  receipts: () => ['privacy', 'receipts'] as const,
  requests: () => ['privacy', 'erasure-requests'] as const,
};

export const retentionQuery = queryOptions({
  queryKey: privacyKeys.retention(),
  queryFn: () => api.get('/api/privacy/retention'),
});
export const upcomingQuery = queryOptions({
  queryKey: privacyKeys.upcoming(),
  queryFn: () => api.get('/api/privacy/retention/upcoming'),
});
export const extensionsQuery = queryOptions({
  queryKey: privacyKeys.extensions(),
  queryFn: () => api.get('/api/privacy/retention/extensions').then((r) => r.extensions),
});
export const receiptsQuery = queryOptions({
  queryKey: privacyKeys.receipts(),
  queryFn: () => api.get('/api/privacy/erasures').then((r) => r.receipts),
});

export const erasureRequestsQuery = queryOptions({
  queryKey: privacyKeys.requests(),
  queryFn: () => api.get('/api/privacy/erasure-requests').then((r) => r.requests),
});

export const saveRetention = (body: TUpdateRetentionSettingsRequest) => api.put('/api/privacy/retention', { body });

export function useExtendRetention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TRetentionExtensionRequest) => api.post('/api/privacy/retention/extensions', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: privacyKeys.all() }),
    meta: { silent: true },
  });
}

/** Erases a person now; everything shown about them elsewhere is stale afterwards. */
export function useErasePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TErasureRequest) => api.post('/api/privacy/erasures', { body }),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Records a legal reason to keep a person's data despite their erasure request. */
export function useKeepRequestedData() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TKeepDataRequest }) =>
      api.post('/api/privacy/erasure-requests/{id}/keep', { path: { id }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: privacyKeys.all() }),
    meta: { silent: true },
  });
}

/** Carries a person's erasure request out now; everything shown about them elsewhere is stale afterwards. */
export function useEraseRequestedNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/privacy/erasure-requests/{id}/erase', { path: { id } }),
    onSuccess: () => client.invalidateQueries(),
  });
}

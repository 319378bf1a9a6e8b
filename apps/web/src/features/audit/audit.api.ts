import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAuditFilters, TAuditSettings } from '@vouch/contracts';
import { api, withQuery } from '../../app/api.ts';
import { auditKeys } from '../../app/query-keys.ts';

export type AuditFilters = Partial<TAuditFilters>;

/** The log, newest first, 50 entries a page by keyset. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/audit-log', { query: { ...filters, cursor: pageParam, limit: 50 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Bad filters come back as field errors, shown beside the fields instead of as a notification.
    meta: { silent: true },
  });
}

/** The CSV of what the filters show (the download is itself recorded in the log). */
export const auditExportUrl = (filters: AuditFilters) => withQuery('/api/audit-log/export.csv', filters);

export function useAuditSettings() {
  return useQuery({ queryKey: auditKeys.settings(), queryFn: () => api.get('/api/audit-log/settings') });
}

export function useSaveAuditSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TAuditSettings) => api.put('/api/audit-log/settings', { body }),
    // The card shows the error beside its field.
    meta: { silent: true },
    onSuccess: async (saved) => {
      client.setQueryData(auditKeys.settings(), saved);
      await client.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });
}

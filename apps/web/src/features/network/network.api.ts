import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TColumnMapping, TContactImport, TContactImportFormat } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { networkKeys } from '../../app/query-keys.ts';

/** The preview only needs the first rows; sending the start of the file keeps it quick for big files. */
const PREVIEW_BYTES = 64 * 1024;

export const importsQuery = queryOptions({
  queryKey: networkKeys.imports(),
  queryFn: () => api.get('/api/contacts/imports').then((r) => r.items),
});

/** While an upload runs: the imports polled twice a second, for the unfinished one's progress. */
export function useRunningImport(uploading: boolean): TContactImport | null {
  const imports = useQuery({ ...importsQuery, enabled: uploading, refetchInterval: uploading ? 500 : false });
  return (uploading && imports.data?.find((item) => item.status !== 'done')) || null;
}

export function useContacts(q: string) {
  return useInfiniteQuery({
    queryKey: networkKeys.contactSearch(q),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/contacts', { query: { q, limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export type ImportChoice = {
  file: File;
  format: TContactImportFormat;
  mapping?: TColumnMapping;
  hasHeaderRow?: boolean;
};

/** Text fields first: the server reads them before the file starts streaming. */
function formOf(choice: ImportChoice) {
  const form = new FormData();
  form.append('format', choice.format);
  if (choice.mapping) form.append('mapping', JSON.stringify(choice.mapping));
  if (choice.hasHeaderRow !== undefined) form.append('hasHeaderRow', String(choice.hasHeaderRow));
  form.append('file', choice.file, choice.file.name);
  return form;
}

export function previewCsvFile(file: File) {
  const form = new FormData();
  form.append('file', file.slice(0, PREVIEW_BYTES), file.name);
  return api.post('/api/contacts/imports/preview', { body: form });
}

/**
 * After any change to the network, the list and the history are stale; so are the triage queue
 * (new people to go through) and "My referrals" (deleting contacts takes unused marks with them).
 */
function useRefreshNetwork() {
  const client = useQueryClient();
  return () => {
    for (const queryKey of [
      networkKeys.contacts(),
      networkKeys.imports(),
      networkKeys.triage(),
      networkKeys.myReferrals(),
    ])
      void client.invalidateQueries({ queryKey });
  };
}

export function useImportContacts() {
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: (choice: ImportChoice) => api.post('/api/contacts/imports', { body: formOf(choice) }),
    onSettled: refresh,
  });
}

export function useDeleteImport() {
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: (id: string) => api.delete('/api/contacts/imports/{id}', { path: { id } }),
    onSettled: refresh,
  });
}

export function useDeleteAllContacts() {
  const refresh = useRefreshNetwork();
  return useMutation({
    mutationFn: () => api.delete('/api/contacts'),
    onSettled: refresh,
  });
}

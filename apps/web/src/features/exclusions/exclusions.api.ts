import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TExclusion } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { networkKeys } from '../../app/query-keys.ts';

export const exclusionsQuery = queryOptions({
  queryKey: networkKeys.exclusions(),
  queryFn: () => api.get('/api/exclusions').then((r) => r.items),
});

export type ExclusionGroup = 'companies' | 'people';
export const KINDS_OF: Record<ExclusionGroup, readonly TExclusion['kind'][]> = {
  companies: ['company_name', 'email_domain'],
  people: ['email', 'linkedin_url'],
};

export const addExclusion = (body: ApiBody<'/api/exclusions', 'post'>) => api.post('/api/exclusions', { body });

export const removeExclusion = (id: string) => api.delete('/api/exclusions/{id}', { path: { id } });

/** Removes one; the list is read again whether that worked or not. */
export function useRemoveExclusion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (x: TExclusion) => removeExclusion(x.id),
    onSettled: () => client.invalidateQueries({ queryKey: networkKeys.exclusions() }),
  });
}

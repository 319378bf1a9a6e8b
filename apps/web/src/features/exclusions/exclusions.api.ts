import { queryOptions } from '@tanstack/react-query';
import type { TExclusion } from '@vouch/contracts';
import { api } from '../../app/api.ts';

export const exclusionsQuery = queryOptions({
  queryKey: ['exclusions'],
  queryFn: () => api<{ items: TExclusion[] }>('/api/exclusions').then((r) => r.items),
});

export type ExclusionGroup = 'companies' | 'people';
export const KINDS_OF: Record<ExclusionGroup, readonly TExclusion['kind'][]> = {
  companies: ['company_name', 'email_domain'],
  people: ['email', 'linkedin_url'],
};

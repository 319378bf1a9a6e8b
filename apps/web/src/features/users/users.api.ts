import { useQuery } from '@tanstack/react-query';
import type { TMember, TRole, ZAgency, ZMemberList, ZMemberStatus } from '@vouch/contracts';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { companyKeys, memberKeys } from '../../app/query-keys.ts';

export type MemberList = z.infer<typeof ZMemberList>;
export type Agency = z.infer<typeof ZAgency>;
export type MemberFilters = { q?: string; role?: TRole; status?: z.infer<typeof ZMemberStatus> };
export type { TMember };

export function useMembers(filters: MemberFilters) {
  return useQuery({
    queryKey: memberKeys.list(filters),
    queryFn: () => api.get('/api/members', { query: filters }),
    placeholderData: (previous) => previous,
  });
}

export function useAgencies(enabled = true) {
  return useQuery({
    queryKey: companyKeys.agencies(),
    queryFn: () => api.get('/api/agencies'),
    select: (d) => d.items,
    enabled,
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TMember, TRole, ZAgency, ZMemberList, ZMemberStatus } from '@vouch/contracts';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
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

export const inviteMember = (body: ApiBody<'/api/members/invite', 'post'>) => api.post('/api/members/invite', { body });

export const changeRole = (membershipId: string, body: ApiBody<'/api/members/{id}/role', 'put'>) =>
  api.put('/api/members/{id}/role', { path: { id: membershipId }, body });

export type MemberAction = 'resend-invite' | 'deactivate' | 'reactivate';

const MEMBER_ACTIONS = {
  'resend-invite': '/api/members/{id}/resend-invite',
  deactivate: '/api/members/{id}/deactivate',
  reactivate: '/api/members/{id}/reactivate',
} as const;

export const actOnMember = (membershipId: string, action: MemberAction) =>
  api.post(MEMBER_ACTIONS[action], { path: { id: membershipId } });

export const setSignupLink = (enabled: boolean) => api.post('/api/company/signup-link', { body: { enabled } });

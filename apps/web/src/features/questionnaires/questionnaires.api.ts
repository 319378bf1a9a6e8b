import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  TLanguage,
  TQuestionnaireTemplate,
  TQuestionnaireTemplateDetail,
  TQuestionnaireVersion,
  TSubAccount,
} from '@vouch/contracts';
import { api } from '../../app/api.ts';

export type QuestionnaireFilters = { language?: TLanguage; subAccountId?: string; includeArchived?: boolean };

export function useQuestionnaireList(filters: QuestionnaireFilters) {
  return useQuery({
    queryKey: ['questionnaires', 'list', filters],
    queryFn: () => api<{ items: TQuestionnaireTemplate[] }>('/api/questionnaires', { query: filters }),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

export function useQuestionnaire(id: string | undefined) {
  return useQuery({
    queryKey: ['questionnaires', 'detail', id],
    queryFn: () => api<TQuestionnaireTemplateDetail>(`/api/questionnaires/${id}`),
    enabled: !!id,
  });
}

export function useQuestionnaireVersions(id: string | undefined) {
  return useQuery({
    queryKey: ['questionnaires', 'versions', id],
    queryFn: () => api<{ items: TQuestionnaireVersion[] }>(`/api/questionnaires/${id}/versions`),
    select: (d) => d.items,
    enabled: !!id,
  });
}

/** Every sub-account (archived too when asked), with counts: the admin page's and the editor's picker. */
export function useSubAccountList(includeArchived = false) {
  return useQuery({
    queryKey: ['sub-accounts', 'list', includeArchived],
    queryFn: () => api<{ items: TSubAccount[] }>('/api/sub-accounts', { query: { includeArchived } }),
    select: (d) => d.items,
  });
}

export function useSubAccountMembers(id: string | null) {
  return useQuery({
    queryKey: ['sub-accounts', 'members', id],
    queryFn: () => api<{ membershipIds: string[] }>(`/api/sub-accounts/${id}/members`),
    select: (d) => d.membershipIds,
    enabled: !!id,
  });
}

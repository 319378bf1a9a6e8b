import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TLanguage } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { questionnaireKeys } from '../../app/query-keys.ts';

export type QuestionnaireFilters = { language?: TLanguage; subAccountId?: string; includeArchived?: boolean };

export function useQuestionnaireList(filters: QuestionnaireFilters) {
  return useQuery({
    queryKey: questionnaireKeys.list(filters),
    queryFn: () => api.get('/api/questionnaires', { query: filters }),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

export function useQuestionnaire(id: string | undefined) {
  return useQuery({
    queryKey: questionnaireKeys.detail(id),
    // Only fetched once there is an id (`enabled`), as below.
    queryFn: () => api.get('/api/questionnaires/{id}', { path: { id: id! } }),
    enabled: !!id,
  });
}

export function useQuestionnaireVersions(id: string | undefined) {
  return useQuery({
    queryKey: questionnaireKeys.versions(id),
    queryFn: () => api.get('/api/questionnaires/{id}/versions', { path: { id: id! } }),
    select: (d) => d.items,
    enabled: !!id,
  });
}

/** Every sub-account (archived too when asked), with counts: the admin page's and the editor's picker. */
export function useSubAccountList(includeArchived = false) {
  return useQuery({
    queryKey: questionnaireKeys.subAccountList(includeArchived),
    queryFn: () => api.get('/api/sub-accounts', { query: { includeArchived } }),
    select: (d) => d.items,
  });
}

export function useSubAccountMembers(id: string | null) {
  return useQuery({
    queryKey: questionnaireKeys.subAccountMembers(id),
    queryFn: () => api.get('/api/sub-accounts/{id}/members', { path: { id: id! } }),
    select: (d) => d.membershipIds,
    enabled: !!id,
  });
}

export const createQuestionnaire = (body: ApiBody<'/api/questionnaires', 'post'>) =>
  api.post('/api/questionnaires', { body });

/** Saves `id`'s questionnaire, or creates one when there is none yet. */
export const saveQuestionnaire = (
  id: string | null,
  body: ApiBody<'/api/questionnaires', 'post'> & ApiBody<'/api/questionnaires/{id}', 'put'>,
) => (id ? api.put('/api/questionnaires/{id}', { path: { id }, body }) : createQuestionnaire(body));

export const duplicateQuestionnaire = (id: string) => api.post('/api/questionnaires/{id}/duplicate', { path: { id } });

/** A copy of `id`'s questions in another language, for translating; the same questionnaire. */
export const addLanguageVersion = (id: string, language: TLanguage) =>
  api.post('/api/questionnaires/{id}/language-versions', { path: { id }, body: { language } });

export const setQuestionnaireArchived = (id: string, archived: boolean) =>
  api.post('/api/questionnaires/{id}/archive', { path: { id }, body: { archived } });

/** Saves `id`'s sub-account, or adds one. */
export const saveSubAccount = (id: string | null, body: ApiBody<'/api/sub-accounts', 'post'>) =>
  id ? api.put('/api/sub-accounts/{id}', { path: { id }, body }) : api.post('/api/sub-accounts', { body });

export const setSubAccountMembers = (id: string, membershipIds: string[]) =>
  api.put('/api/sub-accounts/{id}/members', { path: { id }, body: { membershipIds } });

export const setSubAccountArchived = (id: string, archived: boolean) =>
  api.post('/api/sub-accounts/{id}/archive', { path: { id }, body: { archived } });

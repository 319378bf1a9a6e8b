import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { companyKeys } from '../../app/query-keys.ts';

export const companyQuery = queryOptions({
  queryKey: companyKeys.settings(),
  queryFn: () => api.get('/api/company'),
});

/**
 * The form sends numbers and the reminder hours as typed ("24, 48, 72"), which the server reads; its
 * document describes only the parsed shape, hence the widened body.
 */
export type CompanySettingsForm = Omit<
  ApiBody<'/api/company', 'put'>,
  'introductionSlaHours' | 'staleReferralDays' | 'referenceLinkDays' | 'referenceReminderHours'
> & {
  introductionSlaHours: number | string;
  staleReferralDays: number | string;
  referenceLinkDays: number | string;
  referenceReminderHours: string;
};

export const updateCompany = (values: CompanySettingsForm) =>
  api.put('/api/company', { body: values as unknown as ApiBody<'/api/company', 'put'> });

export const addDepartment = (body: ApiBody<'/api/company/departments', 'post'>) =>
  api.post('/api/company/departments', { body });

export const renameDepartment = (id: string, body: ApiBody<'/api/company/departments/{id}', 'put'>) =>
  api.put('/api/company/departments/{id}', { path: { id }, body });

export const removeDepartment = (id: string) => api.delete('/api/company/departments/{id}', { path: { id } });

/** After a department changes: the company's settings (which list them) and every department picker. */
export function useRefreshDepartments() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: companyKeys.settings() }),
      client.invalidateQueries({ queryKey: companyKeys.departments() }),
    ]);
}

export function useRemoveDepartment() {
  const refresh = useRefreshDepartments();
  return useMutation({
    mutationFn: (department: { id: string }) => removeDepartment(department.id),
    onSuccess: () => refresh(),
  });
}

export const addAgency = (body: ApiBody<'/api/agencies', 'post'>) => api.post('/api/agencies', { body });

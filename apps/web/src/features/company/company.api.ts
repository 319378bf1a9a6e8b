import { queryOptions } from '@tanstack/react-query';
import type { TCompanySettings } from '@vouch/contracts';
import { api } from '../../app/api.ts';

export const companyQuery = queryOptions({
  queryKey: ['company'],
  queryFn: () => api<TCompanySettings>('/api/company'),
});

import { queryOptions } from '@tanstack/react-query';
import type { TCompanySettings } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { companyKeys } from '../../app/query-keys.ts';

export const companyQuery = queryOptions({
  queryKey: companyKeys.settings(),
  queryFn: () => api.get('/api/company'),
});

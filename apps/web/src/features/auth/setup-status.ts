import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { authKeys } from '../../app/query-keys.ts';

/** Whether the first company is still to be created, and whether anyone may create one. */
export const setupQuery = queryOptions({
  queryKey: authKeys.setup(),
  queryFn: () => api.get('/api/setup', { allowSignedOut: true }),
  staleTime: 60_000,
  meta: { silent: true },
});

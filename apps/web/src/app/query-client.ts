import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api.ts';
import { notifyError } from './errors.ts';

type Meta = { silent?: boolean };

/**
 * One place decides which failures become a notification. Signed-out answers redirect instead,
 * and forms mark their mutations `silent` because they show errors beside the fields.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
    },
  },
  queryCache: new QueryCache({
    onError: (error, query) => {
      if ((query.meta as Meta | undefined)?.silent || isApiError(error, 'unauthenticated')) return;
      notifyError(error);
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if ((mutation.meta as Meta | undefined)?.silent || isApiError(error, 'unauthenticated')) return;
      notifyError(error);
    },
  }),
});

import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { TMe, TRole } from '@vouch/contracts';
import { applyLanguage } from '../i18n/index.ts';
import { ApiError, api, setCsrfToken } from './api.ts';
import type { ApiBody } from './api-paths.ts';
import { queryClient } from './query-client.ts';
import { authKeys } from './query-keys.ts';

/** Who is signed in; `null` when nobody is (401 is an answer here, not an error). */
export const meQuery = queryOptions({
  queryKey: authKeys.me(),
  queryFn: async (): Promise<TMe | null> => {
    try {
      const me = await api.get('/api/auth/me', { allowSignedOut: true });
      adoptMe(me);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
  meta: { silent: true },
});

/** Takes in a fresh identity (sign-in, invite, profile save): token, language, cache. */
export function adoptMe(me: TMe) {
  setCsrfToken(me.csrfToken);
  applyLanguage(me.language);
  queryClient.setQueryData(meQuery.queryKey, me);
}

export function forgetMe() {
  setCsrfToken(null);
  queryClient.clear();
  queryClient.setQueryData(meQuery.queryKey, null);
}

// While a sign-out or an expired session leads away from the shell, pages still render once more.
let lastMe: TMe | null = null;

/** For pages inside the signed-in shell, where the route guard has already loaded `me`. */
export function useMe(): TMe {
  const { data } = useSuspenseQuery(meQuery);
  if (data) lastMe = data;
  if (!lastMe) throw new Error('useMe outside the signed-in area');
  return lastMe;
}

export const CAN_MANAGE_HIRING: readonly TRole[] = ['admin', 'recruiter'];
export const CAN_SEE_CANDIDATES: readonly TRole[] = ['admin', 'recruiter', 'hiring_manager'];

export function canManageHiring(role: TRole) {
  return CAN_MANAGE_HIRING.includes(role);
}
export function canSeeCandidates(role: TRole) {
  return CAN_SEE_CANDIDATES.includes(role);
}

export async function signOut() {
  try {
    await api.post('/api/auth/sign-out', { allowSignedOut: true });
  } finally {
    forgetMe();
  }
}

export const updateProfile = (body: ApiBody<'/api/me/profile', 'put'>) => api.put('/api/me/profile', { body });

export const switchCompany = (companyId: string) => api.post('/api/auth/switch-company', { body: { companyId } });

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TBonusTier } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { referralKeys } from '../../app/query-keys.ts';

export const bonusTiersQuery = queryOptions({
  queryKey: referralKeys.allBonusTiers(),
  queryFn: () => api.get('/api/company/bonus-tiers').then((r) => r.items),
});

export const visibleBonusTiersQuery = queryOptions({
  queryKey: referralKeys.visibleBonusTiers(),
  queryFn: () => api.get('/api/bonus-tiers/visible').then((r) => r.items),
});

/** Adds a tier, or saves `tierId`'s. */
export const saveBonusTier = (tierId: string | null, body: ApiBody<'/api/company/bonus-tiers', 'post'>) =>
  tierId
    ? api.put('/api/company/bonus-tiers/{id}', { path: { id: tierId }, body })
    : api.post('/api/company/bonus-tiers', { body });

/** The list's own actions; each refreshes the tiers whether it worked or not. */
export function useBonusTierActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: referralKeys.bonusTiers() });
  return {
    // The switch saves at once: the whole tier goes back with only its visibility changed.
    toggle: useMutation({
      mutationFn: (tier: TBonusTier) =>
        api.put('/api/company/bonus-tiers/{id}', {
          path: { id: tier.id },
          body: { ...tier, visibleToEmployees: !tier.visibleToEmployees },
        }),
      onSettled: refresh,
    }),
    reorder: useMutation({
      mutationFn: (ids: string[]) => api.put('/api/company/bonus-tiers/order', { body: { ids } }),
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: (tier: TBonusTier) => api.delete('/api/company/bonus-tiers/{id}', { path: { id: tier.id } }),
      onSettled: refresh,
    }),
  };
}

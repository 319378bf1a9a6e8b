import { queryOptions } from '@tanstack/react-query';
import type { TBonusTier, TVisibleBonusTier } from '@vouch/contracts';
import { api } from '../../app/api.ts';

export const bonusTiersQuery = queryOptions({
  queryKey: ['bonus-tiers', 'all'],
  queryFn: () => api<{ items: TBonusTier[] }>('/api/company/bonus-tiers').then((r) => r.items),
});

export const visibleBonusTiersQuery = queryOptions({
  queryKey: ['bonus-tiers', 'visible'],
  queryFn: () => api<{ items: TVisibleBonusTier[] }>('/api/bonus-tiers/visible').then((r) => r.items),
});

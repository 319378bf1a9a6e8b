import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TReferralBonus } from '@vouch/contracts';
import { api, withQuery } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { payoutKeys, referralKeys } from '../../app/query-keys.ts';

/** The page's views and the bonus states each lists. */
export const PAYOUT_VIEWS = {
  due: 'eligible,approved',
  pending: 'pending',
  paid: 'paid',
  forfeited: 'forfeited',
  all: undefined,
} as const;
export type PayoutView = keyof typeof PAYOUT_VIEWS;

export function usePayouts(view: PayoutView) {
  const state = PAYOUT_VIEWS[view];
  return useInfiniteQuery({
    queryKey: payoutKeys.list(view),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/referral-bonuses', { query: { state, limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Payroll's file of the current view. */
export const payoutsExportUrl = (view: PayoutView) =>
  withQuery('/api/referral-bonuses/export.csv', { state: PAYOUT_VIEWS[view] });

type Action =
  | { kind: 'approve'; bonus: TReferralBonus }
  | { kind: 'paid'; bonus: TReferralBonus; body: ApiBody<'/api/referral-bonuses/{id}/paid', 'post'> }
  | { kind: 'forfeit'; bonus: TReferralBonus; body: ApiBody<'/api/referral-bonuses/{id}/forfeit', 'post'> }
  | { kind: 'startDate'; bonus: TReferralBonus; body: ApiBody<'/api/referral-bonuses/{id}/start-date', 'put'> };

/** Every admin move of a bonus; each refreshes the payouts and the referral views. */
export function usePayoutAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: Action) => {
      const path = { id: action.bonus.id };
      switch (action.kind) {
        case 'approve':
          return api.post('/api/referral-bonuses/{id}/approve', { path });
        case 'paid':
          return api.post('/api/referral-bonuses/{id}/paid', { path, body: action.body });
        case 'forfeit':
          return api.post('/api/referral-bonuses/{id}/forfeit', { path, body: action.body });
        case 'startDate':
          return api.put('/api/referral-bonuses/{id}/start-date', { path, body: action.body });
      }
    },
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: payoutKeys.all() }),
        client.invalidateQueries({ queryKey: referralKeys.board() }),
      ]),
  });
}

import { NETWORK_MARKS, NETWORK_TABS, type TNetworkReferralQuery } from '@vouch/contracts';
import { optionalString } from '../../app/search.ts';

/**
 * The Referrals area's state lives in the address, so a link such as
 * `/referrals?tab=introductions&overdue=true` opens exactly that view, and `open` names the referral
 * whose drawer is showing.
 */
export type ReferralsSearch = {
  tab?: (typeof NETWORK_TABS)[number];
  q?: string;
  mark?: (typeof NETWORK_MARKS)[number];
  referrerId?: string;
  departmentId?: string;
  scope?: 'mine' | 'all';
  from?: string;
  to?: string;
  overdue?: boolean;
  open?: string;
};

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.includes(value as T) ? (value as T) : undefined;
}

export function referralsSearch(s: Record<string, unknown>): ReferralsSearch {
  return {
    tab: oneOf(NETWORK_TABS, s.tab),
    q: optionalString(s.q),
    mark: oneOf(NETWORK_MARKS, s.mark),
    referrerId: optionalString(s.referrerId),
    departmentId: optionalString(s.departmentId),
    scope: oneOf(['mine', 'all'] as const, s.scope),
    from: optionalString(s.from),
    to: optionalString(s.to),
    overdue: s.overdue === true || s.overdue === 'true' ? true : undefined,
    open: optionalString(s.open),
  };
}

/** What the list and the export ask the server for: everything but the open drawer. */
export function listQueryOf(search: ReferralsSearch): Omit<TNetworkReferralQuery, 'cursor' | 'limit'> {
  const { open: _open, overdue, ...rest } = search;
  return { ...rest, tab: search.tab ?? 'introductions', overdue: overdue ? 'true' : undefined };
}

import {
  BOARD_BONUS_FILTERS,
  BOARD_OWNERSHIP_FILTERS,
  BOARD_SORTS,
  BOARD_TABS,
  NETWORK_MARKS,
  NETWORK_TABS,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
  type TBoardQuery,
  type TNetworkReferralQuery,
  type TReferralStatus,
} from '@vouch/contracts';
import { optionalString } from '../../app/search.ts';

/** The page's tabs: the board of every referral, and the marks employees passed on. */
export const REFERRALS_TABS = ['board', ...NETWORK_TABS] as const;
export type ReferralsTab = (typeof REFERRALS_TABS)[number];

/**
 * The Referrals page's state lives in the address, so a link such as
 * `/referrals?tab=introductions&overdue=true` or `/referrals?stale=true` opens exactly that view, and
 * `open` names the referral whose drawer is showing. `q`, `referrerId`, `departmentId`, `from` and
 * `to` filter every tab; the rest belong to one.
 */
export type ReferralsSearch = {
  tab?: ReferralsTab;
  q?: string;
  referrerId?: string;
  departmentId?: string;
  from?: string;
  to?: string;
  open?: string;
  // Email introductions and prospects
  mark?: (typeof NETWORK_MARKS)[number];
  scope?: 'mine' | 'all';
  overdue?: boolean;
  // The board
  view?: (typeof BOARD_TABS)[number];
  status?: TReferralStatus[];
  jobId?: string;
  source?: (typeof REFERRAL_SOURCES)[number];
  stale?: boolean;
  sort?: (typeof BOARD_SORTS)[number];
  ownership?: (typeof BOARD_OWNERSHIP_FILTERS)[number];
  bonusState?: (typeof BOARD_BONUS_FILTERS)[number];
};

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.includes(value as T) ? (value as T) : undefined;
}

const flag = (value: unknown) => (value === true || value === 'true' ? true : undefined);

/** Statuses come as a list or a comma-separated text (`applied,interviewing`); unknown ones are dropped. */
function statusesOf(value: unknown): TReferralStatus[] | undefined {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const statuses = parts.filter((s): s is TReferralStatus => REFERRAL_STATUSES.includes(s as TReferralStatus));
  return statuses.length ? [...new Set(statuses)] : undefined;
}

export function referralsSearch(s: Record<string, unknown>): ReferralsSearch {
  const overdue = flag(s.overdue);
  const mark = oneOf(NETWORK_MARKS, s.mark);
  return {
    // Without a tab: the board, unless the link is about introductions' deadlines or a prospect's mark.
    tab: oneOf(REFERRALS_TABS, s.tab) ?? (overdue ? 'introductions' : mark ? 'prospects' : undefined),
    q: optionalString(s.q),
    referrerId: optionalString(s.referrerId),
    departmentId: optionalString(s.departmentId),
    from: optionalString(s.from),
    to: optionalString(s.to),
    open: optionalString(s.open),
    mark,
    scope: oneOf(['mine', 'all'] as const, s.scope),
    overdue,
    view: oneOf(BOARD_TABS, s.view),
    status: statusesOf(s.status),
    jobId: optionalString(s.jobId),
    source: oneOf(REFERRAL_SOURCES, s.source),
    stale: flag(s.stale),
    sort: oneOf(BOARD_SORTS, s.sort),
    ownership: oneOf(BOARD_OWNERSHIP_FILTERS, s.ownership),
    bonusState: oneOf(BOARD_BONUS_FILTERS, s.bonusState),
  };
}

export const tabOf = (search: ReferralsSearch): ReferralsTab => search.tab ?? 'board';

/** What the introductions and prospects list and its export ask the server for. */
export function listQueryOf(search: ReferralsSearch): Omit<TNetworkReferralQuery, 'cursor' | 'limit'> {
  const { q, referrerId, departmentId, from, to, mark, scope, overdue } = search;
  const tab = search.tab === 'prospects' ? 'prospects' : 'introductions';
  return { tab, q, referrerId, departmentId, from, to, mark, scope, overdue: overdue ? 'true' : undefined };
}

/** What the board and its export ask the server for. */
export function boardQueryOf(search: ReferralsSearch): Omit<TBoardQuery, 'cursor' | 'limit'> {
  const { q, referrerId, departmentId, from, to, jobId, source, sort, scope } = search;
  return {
    tab: search.view ?? 'active',
    scope,
    status: search.status?.join(','),
    q,
    referrerId,
    departmentId,
    from,
    to,
    jobId,
    source,
    stale: search.stale ? 'true' : undefined,
    sort,
    ownership: search.ownership,
    bonusState: search.bonusState,
  };
}

/** True when the board shows less than everything of its tab. */
export const boardNarrowed = (s: ReferralsSearch) =>
  !!(
    s.q ||
    s.referrerId ||
    s.departmentId ||
    s.from ||
    s.to ||
    s.status ||
    s.jobId ||
    s.source ||
    s.stale ||
    s.ownership ||
    s.bonusState
  );

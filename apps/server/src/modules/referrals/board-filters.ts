import type {
  BOARD_BONUS_FILTERS,
  BOARD_OWNERSHIP_FILTERS,
  TBoardTab,
  TReferralSource,
  TReferralStatus,
} from '@vouch/contracts';
import { and, eq, inArray, isNull, lt, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import { companies } from '../tenancy/index.ts';
import { type SharedReferralFilter, sharedReferralConditions } from './network-referral-filters.ts';
import { CLOSED_STATUSES } from './referral-status.ts';
import { referralBonuses, referrals } from './referrals.tables.ts';

/** What the board is narrowed to, after the query was parsed. */
export type BoardFilter = SharedReferralFilter & {
  tab: TBoardTab;
  statuses: TReferralStatus[];
  jobId?: string;
  source?: TReferralSource;
  stale?: boolean;
  /** The recruiter's own departments; null (or absent) shows every department. */
  scopeDepartmentIds?: string[] | null;
  ownership?: TBoardOwnershipFilter;
  bonusState?: TBoardBonusFilter;
};

type TBoardOwnershipFilter = (typeof BOARD_OWNERSHIP_FILTERS)[number];
type TBoardBonusFilter = (typeof BOARD_BONUS_FILTERS)[number];

/** What the referral owns under the policy; `none` for marks and requests, which own nothing. */
export function ownershipCondition(ownership: TBoardOwnershipFilter | undefined): SQL | undefined {
  if (!ownership) return undefined;
  return ownership === 'none' ? isNull(referrals.ownership) : eq(referrals.ownership, ownership);
}

/** The referral's bonus in this state; `none`: it has no bonus (not hired, or no tier matched). */
export function bonusCondition(companyId: string, state: TBoardBonusFilter | undefined): SQL | undefined {
  if (!state) return undefined;
  if (state === 'none')
    return sql`not exists (select 1 from ${referralBonuses} where ${referralBonuses.referralId} = ${referrals.id})`;
  // From the company's bonuses in the state (an index), not from every referral.
  return sql`${referrals.id} in (select ${referralBonuses.referralId} from ${referralBonuses}
    where ${referralBonuses.companyId} = ${companyId} and ${referralBonuses.state} = ${state})`;
}

/**
 * The board lists every referral a recruiter works on, of every source. A mark nobody acted on yet
 * (`passed_on`) is not one: it waits in the Email introductions and Prospects tabs beside the board.
 */
export const onTheBoard = () => ne(referrals.status, 'passed_on');

/**
 * Stale: active, on the board, not closed, and no status change for the company's number of days
 * (`at` is now, or a fixed time for the reminders).
 */
export function staleCondition(companyId: string | SQL, at: SQL = sql`now()`): SQL {
  const days = sql`(select ${companies.staleReferralDays} from ${companies} where ${companies.id} = ${companyId})`;
  return and(
    eq(referrals.active, true),
    onTheBoard(),
    notInArray(referrals.status, CLOSED_STATUSES),
    lt(referrals.statusChangedAt, sql`${at} - make_interval(days => ${days})`),
  )!;
}

/**
 * Every condition of the board as one WHERE over `referrals`. The counts leave out the tab and the
 * status (`only: 'counts'`): they count every status of both tabs under the other filters.
 */
export function boardConditions(companyId: string, filter: BoardFilter, only: 'rows' | 'counts' = 'rows'): SQL {
  const rows = only === 'rows';
  return and(
    eq(referrals.companyId, companyId),
    onTheBoard(),
    rows ? eq(referrals.active, filter.tab === 'active') : undefined,
    rows && filter.statuses.length ? inArray(referrals.status, filter.statuses) : undefined,
    filter.jobId ? eq(referrals.jobId, filter.jobId) : undefined,
    filter.source ? eq(referrals.source, filter.source) : undefined,
    filter.stale ? staleCondition(companyId) : undefined,
    filter.scopeDepartmentIds ? inArray(referrals.departmentId, filter.scopeDepartmentIds) : undefined,
    ownershipCondition(filter.ownership),
    bonusCondition(companyId, filter.bonusState),
    ...sharedReferralConditions(companyId, filter),
  )!;
}

import { type NETWORK_TABS, REFERRAL_SOURCES, type TNetworkMark, type TReferralSource } from '@vouch/contracts';
import { and, eq, gte, inArray, isNull, lt, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import { compileQuery, excludedContactPredicate, type QueryNode } from '../network/index.ts';
import { companies } from '../tenancy/index.ts';
import { referrerHiddenFor } from './referral-status.ts';
import { referrals } from './referrals.tables.ts';

export type NetworkTab = (typeof NETWORK_TABS)[number];

/** What the recruiters' list is narrowed to, after the scope was resolved and the query parsed. */
export type NetworkReferralFilter = SharedReferralFilter & {
  tab: NetworkTab;
  mark?: TNetworkMark;
  /** The caller's own departments; null shows every department. */
  scopeDepartmentIds: string[] | null;
  overdue: boolean;
};

const TAB_SOURCES: Record<NetworkTab, readonly TReferralSource[]> = {
  introductions: ['email_introduction'],
  prospects: ['warm_prospect', 'cold_prospect'],
};

/** Sources whose referrer a recruiter must never learn, from the one rule in referral-status.ts. */
export const HIDDEN_REFERRER_SOURCES: TReferralSource[] = REFERRAL_SOURCES.filter(referrerHiddenFor);

/**
 * True on rows whose referrer may be shown. Joins to the referrer's membership carry this in their
 * ON clause, so for a cold prospect the employee's name is never even read from the database.
 */
export const referrerShown = () => notInArray(referrals.source, HIDDEN_REFERRER_SOURCES);

/** Overdue: the service-level deadline passed and no recruiter acted on it yet. */
export const overdueCondition = () => and(lt(referrals.dueAt, sql`now()`), isNull(referrals.actedAt));

/** Midnight of a calendar day in the company's own time zone, so "from 1 March" means its 1 March. */
export function startOfDay(companyId: string, day: string, plusDays = 0): SQL {
  const zone = sql`(select ${companies.timeZone} from ${companies} where ${companies.id} = ${companyId})`;
  return sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${zone})`;
}

/** The sources a tab lists, narrowed by a mark; a mark of the other tab leaves none. */
export function sourcesOf(filter: Pick<NetworkReferralFilter, 'tab' | 'mark'>): TReferralSource[] {
  return TAB_SOURCES[filter.tab].filter((source) => !filter.mark || source === filter.mark);
}

/**
 * Every condition of the list except the keyset, as one WHERE over `referrals` (unaliased). With
 * `source`, for that one source of the tab: the lists query each source on its own so every branch
 * walks the (company, source, created_at, id) index in order.
 */
export function networkReferralConditions(
  companyId: string,
  filter: NetworkReferralFilter,
  source?: TReferralSource,
): SQL {
  const sources = source ? [source] : sourcesOf(filter);
  return and(
    eq(referrals.companyId, companyId),
    sources.length ? inArray(referrals.source, sources) : sql`false`,
    ne(referrals.status, 'withdrawn'),
    ...sharedReferralConditions(companyId, filter),
    filter.scopeDepartmentIds ? inArray(referrals.departmentId, filter.scopeDepartmentIds) : undefined,
    filter.overdue ? overdueCondition() : undefined,
  )!;
}

/** The filters every recruiters' list of referrals offers (this area and the board). */
export type SharedReferralFilter = {
  referrerId?: string;
  departmentId?: string;
  /** Calendar days (YYYY-MM-DD) in the company's time zone, both inclusive. */
  from?: string;
  to?: string;
  search: QueryNode | null;
};

/** Those filters as conditions over `referrals`, with excluded people always left out. */
export function sharedReferralConditions(companyId: string, filter: SharedReferralFilter): (SQL | undefined)[] {
  return [
    excludedContactPredicate(companyId, {
      emailKey: referrals.emailKey,
      linkedinKey: referrals.linkedinKey,
      companyKey: referrals.companyKey,
    }),
    // Filtering by an employee must not reveal which cold prospects are theirs.
    filter.referrerId ? and(eq(referrals.referrerMembershipId, filter.referrerId), referrerShown()) : undefined,
    filter.departmentId ? eq(referrals.departmentId, filter.departmentId) : undefined,
    filter.from ? gte(referrals.createdAt, startOfDay(companyId, filter.from)) : undefined,
    filter.to ? lt(referrals.createdAt, startOfDay(companyId, filter.to, 1)) : undefined,
    filter.search ? compileQuery(filter.search, { searchVector: referrals.searchVector }) : undefined,
  ];
}

import { REFERRAL_STATUSES, type TBoardReferral, type TBoardSort } from '@vouch/contracts';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { CursorPart } from '../../platform/http/cursor.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { departments, memberships, users } from '../tenancy/index.ts';
import { type BoardFilter, boardConditions, staleCondition } from './board-filters.ts';
import { notExcludedReferral } from './introductions.repo.ts';
import { referrerShown } from './network-referral-filters.ts';
import { displayName } from './referral-events.repo.ts';
import { referrals } from './referrals.tables.ts';

/** The statuses' place in the order the board sorts them in (the contract's order). */
const statusRank = sql<number>`array_position(array[${sql.raw(REFERRAL_STATUSES.map((s) => `'${s}'`).join(','))}]::text[], ${referrals.status})`;
/** The name as the board shows it, lower-cased, so "name" sorts as people read it. */
const nameKey = sql<string>`lower(${referrals.firstName} || ' ' || ${referrals.lastName})`;

function boardColumns(companyId: string) {
  return {
    id: referrals.id,
    candidateId: candidates.id,
    candidateFirstName: candidates.firstName,
    candidateLastName: candidates.lastName,
    firstName: referrals.firstName,
    lastName: referrals.lastName,
    position: referrals.position,
    company: referrals.company,
    // Null for cold prospects: the join below never reaches their referrer's membership.
    referrerId: memberships.id,
    referrerName: displayName(users.name, users.email),
    source: referrals.source,
    status: referrals.status,
    statusChangedAt: referrals.statusChangedAt,
    createdAt: referrals.createdAt,
    jobId: jobs.id,
    jobTitle: jobs.title,
    departmentId: departments.id,
    departmentName: departments.name,
    active: referrals.active,
    stale: sql<boolean>`coalesce(${staleCondition(companyId)}, false)`,
    nameKey,
    statusRank,
  };
}

function selectBoardRows(db: Db, companyId: string, where: SQL | undefined) {
  return db
    .select(boardColumns(companyId))
    .from(referrals)
    .leftJoin(memberships, and(eq(memberships.id, referrals.referrerMembershipId), referrerShown()))
    .leftJoin(users, eq(users.id, memberships.userId))
    .leftJoin(candidates, and(eq(candidates.id, referrals.candidateId), eq(candidates.companyId, companyId)))
    .leftJoin(jobs, eq(jobs.id, referrals.jobId))
    .leftJoin(departments, eq(departments.id, referrals.departmentId))
    .where(where);
}

export type BoardRow = Awaited<ReturnType<typeof selectBoardRows>>[number];

export function toBoardReferral(row: BoardRow): TBoardReferral {
  return {
    id: row.id,
    candidate:
      row.candidateId && row.candidateFirstName !== null
        ? { id: row.candidateId, name: `${row.candidateFirstName} ${row.candidateLastName ?? ''}`.trim() }
        : null,
    firstName: row.firstName,
    lastName: row.lastName,
    position: row.position,
    company: row.company,
    referrer: row.referrerId ? { id: row.referrerId, name: row.referrerName } : null,
    source: row.source,
    status: row.status,
    statusChangedAt: row.statusChangedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    job: row.jobId && row.jobTitle !== null ? { id: row.jobId, title: row.jobTitle } : null,
    department:
      row.departmentId && row.departmentName !== null ? { id: row.departmentId, name: row.departmentName } : null,
    active: row.active,
    stale: Boolean(row.stale),
  };
}

export type BoardKey = (string | number)[];

/**
 * Each sort with its keyset: the order, the cursor's parts (the sort key and the id), and the
 * condition for "after this key". Newest-first sorts walk the (company, active, status_changed_at,
 * id) and (company, created_at, id) indexes backwards and stop at the page.
 */
export const BOARD_SORT_KEYS: Record<
  TBoardSort,
  { order: SQL[]; cursor: CursorPart[]; keyOf: (row: BoardRow) => BoardKey; after: (key: BoardKey) => SQL }
> = {
  status_changed: {
    order: [desc(referrals.statusChangedAt), desc(referrals.id)],
    cursor: ['timestamp', 'uuid'],
    keyOf: (row) => [row.statusChangedAt.toISOString(), row.id],
    after: ([at, id]) => sql`(${referrals.statusChangedAt}, ${referrals.id}) < (${at}::timestamptz, ${id}::uuid)`,
  },
  created: {
    order: [desc(referrals.createdAt), desc(referrals.id)],
    cursor: ['timestamp', 'uuid'],
    keyOf: (row) => [row.createdAt.toISOString(), row.id],
    after: ([at, id]) => sql`(${referrals.createdAt}, ${referrals.id}) < (${at}::timestamptz, ${id}::uuid)`,
  },
  name: {
    order: [asc(nameKey), asc(referrals.id)],
    cursor: ['text', 'uuid'],
    keyOf: (row) => [row.nameKey, row.id],
    after: ([name, id]) => sql`(${nameKey}, ${referrals.id}) > (${name}::text, ${id}::uuid)`,
  },
  // In the statuses' order, and within a status the latest change first.
  status: {
    order: [asc(statusRank), desc(referrals.statusChangedAt), desc(referrals.id)],
    cursor: ['number', 'timestamp', 'uuid'],
    keyOf: (row) => [row.statusRank, row.statusChangedAt.toISOString(), row.id],
    after: ([rank, at, id]) =>
      sql`(${statusRank} > ${rank}::int or (${statusRank} = ${rank}::int and
        (${referrals.statusChangedAt}, ${referrals.id}) < (${at}::timestamptz, ${id}::uuid)))`,
  },
};

type BoardPageRequest = { sort: TBoardSort; after: BoardKey | null; limit: number };

/**
 * The statement of one page of the board in the given sort, after `after` (a decoded cursor). The
 * page's ids are chosen first over `referrals` alone, then joined to names and titles: one statement
 * with every join and exclusion took PostgreSQL longer to plan than to run.
 */
export function boardRowsQuery(db: Db, companyId: string, filter: BoardFilter, page: BoardPageRequest) {
  const sort = BOARD_SORT_KEYS[page.sort];
  const pageIds = db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(boardConditions(companyId, filter), page.after ? sort.after(page.after) : undefined))
    .orderBy(...sort.order)
    .limit(page.limit);
  return selectBoardRows(db, companyId, and(eq(referrals.companyId, companyId), inArray(referrals.id, pageIds)))
    .orderBy(...sort.order)
    .limit(page.limit);
}

export async function listBoardRows(
  db: Db,
  companyId: string,
  filter: BoardFilter,
  page: BoardPageRequest,
): Promise<BoardRow[]> {
  return boardRowsQuery(db, companyId, filter, page);
}

/**
 * Both tabs, said out loud: `active` is never null, so this keeps every row, but it lets the counts
 * read `referrals_board_counts_idx` from the source and department down (one index range per tab)
 * instead of every referral of the company. Without it PostgreSQL read the whole table: about 20 of
 * the 25 ms of PostgreSQL time a board page took for a department of 1,900 among 20,000 referrals
 * (`bench/profile.ts board`). Whether the planner takes the ranges depends on the table's size and
 * statistics, so the benchmark holds this, not a test.
 */
const EITHER_TAB = sql`${referrals.active} in (true, false)`;

/** How many referrals per tab and status the other filters leave: one grouped count. */
export async function countBoard(db: Db, companyId: string, filter: BoardFilter) {
  const rows = await db
    .select({ active: referrals.active, status: referrals.status, count: sql<number>`count(*)::int` })
    .from(referrals)
    .where(and(boardConditions(companyId, filter, 'counts'), EITHER_TAB))
    .groupBy(referrals.active, referrals.status);
  return rows.map((r) => ({ active: r.active, status: r.status, count: Number(r.count) }));
}

export async function loadBoardReferral(db: Db, companyId: string, referralId: string) {
  const [row] = await selectBoardRows(
    db,
    companyId,
    and(eq(referrals.companyId, companyId), eq(referrals.id, referralId), notExcludedReferral(companyId)),
  );
  return row ? toBoardReferral(row) : null;
}

/** Every referral about a candidate, newest first. */
export async function listCandidateReferralRows(db: Db, companyId: string, candidateId: string) {
  const rows = await selectBoardRows(
    db,
    companyId,
    and(eq(referrals.companyId, companyId), eq(referrals.candidateId, candidateId), notExcludedReferral(companyId)),
  ).orderBy(desc(referrals.createdAt), desc(referrals.id));
  return rows.map(toBoardReferral);
}

/** The dashboard's referral cards: active referrals on the board, and how many of them are stale. */
export async function countActiveAndStale(db: Db, companyId: string) {
  const [row] = await db
    .select({
      active: sql<number>`count(*)::int`,
      stale: sql<number>`count(*) filter (where ${staleCondition(companyId)})::int`,
    })
    .from(referrals)
    .where(boardConditions(companyId, { tab: 'active', statuses: [], search: null }));
  return { active: Number(row?.active ?? 0), stale: Number(row?.stale ?? 0) };
}

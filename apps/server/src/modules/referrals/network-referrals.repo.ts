import type { TNetworkReferral, TReferralEvent } from '@vouch/contracts';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { rowsOf } from '../../platform/db/ids.ts';
import { jobs } from '../hiring/index.ts';
import { type QueryNode, rankOf } from '../network/index.ts';
import { departments, memberships, users } from '../tenancy/index.ts';
import { notExcludedReferral } from './introductions.repo.ts';
import {
  type NetworkReferralFilter,
  networkReferralConditions,
  overdueCondition,
  referrerShown,
  sourcesOf,
} from './network-referral-filters.ts';
import { displayName, eventsFromJson, listReferralEventsOf, referralEventsJson } from './referral-events.repo.ts';
import { referrals } from './referrals.tables.ts';

const rowColumns = {
  id: referrals.id,
  source: referrals.source,
  status: referrals.status,
  active: referrals.active,
  firstName: referrals.firstName,
  lastName: referrals.lastName,
  email: referrals.email,
  linkedinUrl: referrals.linkedinUrl,
  phone: referrals.phone,
  company: referrals.company,
  position: referrals.position,
  skills: referrals.skills,
  candidateId: referrals.candidateId,
  // Null for cold prospects: the join below never reaches their referrer's membership.
  referrerId: memberships.id,
  referrerName: displayName(users.name, users.email),
  loveToWorkAgain: referrals.loveToWorkAgain,
  note: referrals.referrerNote,
  jobId: jobs.id,
  jobTitle: jobs.title,
  departmentId: departments.id,
  departmentName: departments.name,
  dueAt: referrals.dueAt,
  overdue: sql<boolean>`coalesce(${overdueCondition()}, false)`,
  statusChangedAt: referrals.statusChangedAt,
  createdAt: referrals.createdAt,
};

/** `withEvents` (one referral's detail) adds its timeline in the same row. */
function selectRows(db: Db, where: SQL | undefined, withEvents = false) {
  return db
    .select({ ...rowColumns, events: withEvents ? referralEventsJson() : sql<never[]>`'[]'::json` })
    .from(referrals)
    .leftJoin(memberships, and(eq(memberships.id, referrals.referrerMembershipId), referrerShown()))
    .leftJoin(users, eq(users.id, memberships.userId))
    .leftJoin(jobs, eq(jobs.id, referrals.jobId))
    .leftJoin(departments, eq(departments.id, referrals.departmentId))
    .where(where);
}

type Row = Awaited<ReturnType<typeof selectRows>>[number];

function toNetworkReferral(row: Row): TNetworkReferral {
  return {
    id: row.id,
    source: row.source,
    status: row.status,
    active: row.active,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    linkedinUrl: row.linkedinUrl,
    phone: row.phone,
    company: row.company,
    position: row.position,
    skills: row.skills,
    candidateId: row.candidateId,
    referrer: row.referrerId ? { id: row.referrerId, name: row.referrerName } : null,
    loveToWorkAgain: row.loveToWorkAgain,
    note: row.note,
    job: row.jobId && row.jobTitle !== null ? { id: row.jobId, title: row.jobTitle } : null,
    department:
      row.departmentId && row.departmentName !== null ? { id: row.departmentId, name: row.departmentName } : null,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: Boolean(row.overdue),
    statusChangedAt: row.statusChangedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

export type NewestKey = [createdAt: string, id: string];

/**
 * The newest rows matching the filter, after `after`: one ordered, limited branch per source of the
 * tab, merged. PostgreSQL 15 reads `source in (a, b)` from the (company, source, created_at, id)
 * index unordered and would sort every prospect; each branch instead walks the index and stops.
 * With `withVector`, the rows carry their search vector for ranking.
 */
function newestQuery(
  companyId: string,
  filter: NetworkReferralFilter,
  page: { after: NewestKey | null; limit: number },
  withVector = false,
): SQL {
  const after = page.after
    ? sql`and (${referrals.createdAt}, ${referrals.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : sql``;
  const vector = withVector ? sql`, ${referrals.searchVector} as search_vector` : sql``;
  const branches = sourcesOf(filter).map(
    (source) => sql`(select ${referrals.id} as id, ${referrals.createdAt} as created_at ${vector} from ${referrals}
      where ${networkReferralConditions(companyId, filter, source)} ${after}
      order by ${referrals.createdAt} desc, ${referrals.id} desc limit ${page.limit})`,
  );
  if (!branches.length) return sql`select null::uuid as id, null::timestamptz as created_at ${vector} where false`;
  return sql`select * from (${sql.join(branches, sql` union all `)}) newest
    order by created_at desc, id desc limit ${page.limit}`;
}

/** Newest first, keyset on (created_at, id). */
export async function listNewestNetworkReferrals(
  db: Db,
  companyId: string,
  filter: NetworkReferralFilter,
  page: { after: NewestKey | null; limit: number },
): Promise<TNetworkReferral[]> {
  const ids = sql`${referrals.id} in (select id from (${newestQuery(companyId, filter, page)}) page)`;
  const rows = await selectRows(db, and(eq(referrals.companyId, companyId), ids))
    .orderBy(desc(referrals.createdAt), desc(referrals.id))
    .limit(page.limit);
  return rows.map(toNetworkReferral);
}

/**
 * How many of the newest matches a search ranks. ts_rank reads each row's vector, so ranking every
 * match of a broad query ("engineer" over a million passed-on people, 100k+ hits) took 150–400 ms;
 * ranking the newest 5,000 keeps a page well under 100 ms. A search therefore lists at most these
 * 5,000, best first — enough to look through, and a narrower query reaches older people.
 */
export const RANKED_CANDIDATES = 5_000;

export type RankedKey = [rank: number, createdAt: string, id: string];

/** The ids of one page of a search, best first: only the newest RANKED_CANDIDATES matches are ranked. */
export function rankedIdsQuery(
  companyId: string,
  filter: NetworkReferralFilter & { search: QueryNode },
  page: { after: RankedKey | null; limit: number },
): SQL {
  const rank = rankOf(filter.search, { searchVector: sql`matched.search_vector` });
  const after = page.after
    ? sql`where (rank, created_at, id) < (${page.after[0]}::float8, ${page.after[1]}::timestamptz, ${page.after[2]}::uuid)`
    : sql``;
  const matched = newestQuery(companyId, filter, { after: null, limit: RANKED_CANDIDATES }, true);
  return sql`select id, rank from (
      select matched.id, matched.created_at, (${rank})::float8 as rank from (${matched}) matched
    ) ranked ${after}
    order by rank desc, created_at desc, id desc
    limit ${page.limit}`;
}

/** The best matches first, keyset on (rank, created_at, id). */
export async function listRankedNetworkReferrals(
  db: Db,
  companyId: string,
  filter: NetworkReferralFilter & { search: QueryNode },
  page: { after: RankedKey | null; limit: number },
): Promise<Array<TNetworkReferral & { rank: number }>> {
  const result = await db.execute(rankedIdsQuery(companyId, filter, page));
  const ranked = rowsOf<{ id: string; rank: number | string }>(result);
  if (!ranked.length) return [];
  const rows = await selectRows(
    db,
    and(
      eq(referrals.companyId, companyId),
      inArray(
        referrals.id,
        ranked.map((r) => r.id),
      ),
    ),
  );
  const byId = new Map(rows.map((row) => [row.id, toNetworkReferral(row)]));
  return ranked.flatMap((r) => {
    const item = byId.get(r.id);
    return item ? [{ ...item, rank: Number(r.rank) }] : [];
  });
}

/** One referral as recruiters see it; an excluded person's is not there for them, as in every list. */
export async function loadNetworkReferral(db: Db, companyId: string, referralId: string) {
  const [row] = await selectRows(
    db,
    and(eq(referrals.companyId, companyId), eq(referrals.id, referralId), notExcludedReferral(companyId)),
  );
  return row ? toNetworkReferral(row) : null;
}

/** The same with its timeline, in one query. */
export async function loadNetworkReferralWithEvents(db: Db, companyId: string, referralId: string) {
  const [row] = await selectRows(
    db,
    and(eq(referrals.companyId, companyId), eq(referrals.id, referralId), notExcludedReferral(companyId)),
    true,
  );
  return row ? { ...toNetworkReferral(row), events: eventsFromJson(row.events) } : null;
}

/** A referral's timeline, oldest first; the referrer of a cold prospect shows as nobody. */
export async function listReferralEvents(db: Db, companyId: string, referralId: string): Promise<TReferralEvent[]> {
  return (await listReferralEventsOf(db, companyId, [referralId])).get(referralId) ?? [];
}

import type { TCandidate, TCandidateListItem, TWorkHistoryEntry } from '@vouch/contracts';
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { decodeCursor, pageOf } from '../../platform/http/cursor.ts';
import { candidates, jobSteps, jobs, placements, workHistory } from './hiring.tables.ts';
import { listEducation } from './member-history.repo.ts';
import { companyKey } from './normalize.ts';
import { checkSummariesOf } from './reference-providers.ts';

/** Which candidates a caller may see: everyone's, or only those on jobs they manage. */
export type CandidateScope = { kind: 'all' } | { kind: 'on_jobs_managed_by'; membershipId: string };

export function candidateScopeFilter(scope: CandidateScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  return sql`exists (select 1 from ${placements} p join ${jobs} j on j.id = p.job_id
    where p.candidate_id = ${candidates.id} and j.hiring_manager_id = ${scope.membershipId})`;
}

/** Text the search box matches: names, email, employer, title, place, skills, tags. */
export function searchVectorOf(c: {
  firstName: string;
  lastName: string;
  email?: string | null;
  currentCompany?: string | null;
  currentTitle?: string | null;
  location?: string | null;
  skills?: string[];
  tags?: string[];
}) {
  const text = [
    c.firstName,
    c.lastName,
    c.email,
    c.currentCompany,
    c.currentTitle,
    c.location,
    ...(c.skills ?? []),
    ...(c.tags ?? []),
  ]
    .filter(Boolean)
    .join(' ');
  return sql`to_tsvector('simple', ${text})`;
}

/** Prefix search over words: "jan dev" finds "Jane Developer". Null when nothing searchable is left. */
export function prefixTsQuery(q: string | undefined): string | null {
  if (!q) return null;
  const words =
    q
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return null;
  return words
    .slice(0, 8)
    .map((w) => `${w}:*`)
    .join(' & ');
}

export type CandidateListFilter = {
  q?: string;
  jobId?: string;
  stepId?: string;
  tag?: string;
  skill?: string;
  sort: 'updated_desc' | 'updated_asc' | 'name_asc' | 'name_desc' | 'created_desc';
  cursor?: string;
  limit: number;
};

/** Each sort: its order, the keyset comparison after a cursor, and the cursor of a row. */
const SORTS = {
  updated_desc: {
    cursor: ['timestamp', 'uuid'],
    order: sql`${candidates.updatedAt} desc, ${candidates.id} desc`,
    after: (k: unknown[]) => sql`(${candidates.updatedAt}, ${candidates.id}) < (${k[0]}::timestamptz, ${k[1]}::uuid)`,
    key: (r: Row) => [r.updatedAt.toISOString(), r.id],
  },
  updated_asc: {
    cursor: ['timestamp', 'uuid'],
    order: sql`${candidates.updatedAt} asc, ${candidates.id} asc`,
    after: (k: unknown[]) => sql`(${candidates.updatedAt}, ${candidates.id}) > (${k[0]}::timestamptz, ${k[1]}::uuid)`,
    key: (r: Row) => [r.updatedAt.toISOString(), r.id],
  },
  created_desc: {
    cursor: ['timestamp', 'uuid'],
    order: sql`${candidates.createdAt} desc, ${candidates.id} desc`,
    after: (k: unknown[]) => sql`(${candidates.createdAt}, ${candidates.id}) < (${k[0]}::timestamptz, ${k[1]}::uuid)`,
    key: (r: Row) => [r.createdAt.toISOString(), r.id],
  },
  name_asc: {
    cursor: ['text', 'text', 'uuid'],
    order: sql`${candidates.lastName} asc, ${candidates.firstName} asc, ${candidates.id} asc`,
    after: (k: unknown[]) =>
      sql`(${candidates.lastName}, ${candidates.firstName}, ${candidates.id}) > (${k[0]}, ${k[1]}, ${k[2]}::uuid)`,
    key: (r: Row) => [r.lastName, r.firstName, r.id],
  },
  name_desc: {
    cursor: ['text', 'text', 'uuid'],
    order: sql`${candidates.lastName} desc, ${candidates.firstName} desc, ${candidates.id} desc`,
    after: (k: unknown[]) =>
      sql`(${candidates.lastName}, ${candidates.firstName}, ${candidates.id}) < (${k[0]}, ${k[1]}, ${k[2]}::uuid)`,
    key: (r: Row) => [r.lastName, r.firstName, r.id],
  },
} as const;

const listColumns = {
  id: candidates.id,
  firstName: candidates.firstName,
  lastName: candidates.lastName,
  email: candidates.email,
  currentCompany: candidates.currentCompany,
  currentTitle: candidates.currentTitle,
  location: candidates.location,
  skills: candidates.skills,
  tags: candidates.tags,
  updatedAt: candidates.updatedAt,
  createdAt: candidates.createdAt,
  // The page's placements come in the same round trip. Written out with the table name: inside a
  // select-list subquery the query builder would leave `id` unqualified.
  placements: sql<TCandidateListItem['placements']>`(
    select coalesce(json_agg(json_build_object('id', p.id, 'jobId', j.id, 'jobTitle', j.title, 'stepId', s.id,
      'stepName', s.name) order by j.title, p.id), '[]'::json)
    from ${placements} p join ${jobs} j on j.id = p.job_id join ${jobSteps} s on s.id = p.step_id
    where p.candidate_id = "candidates"."id")`,
};
type Row = { id: string; firstName: string; lastName: string; updatedAt: Date; createdAt: Date };

export async function listCandidates(db: Db, companyId: string, scope: CandidateScope, filter: CandidateListFilter) {
  const sort = SORTS[filter.sort];
  const after = decodeCursor(filter.cursor, sort.cursor);
  const tsQuery = prefixTsQuery(filter.q);
  const rows = await db
    .select(listColumns)
    .from(candidates)
    .where(
      and(
        eq(candidates.companyId, companyId),
        isNull(candidates.anonymizedAt),
        candidateScopeFilter(scope),
        tsQuery ? sql`${candidates.searchVector} @@ to_tsquery('simple', ${tsQuery})` : undefined,
        filter.jobId || filter.stepId
          ? sql`exists (select 1 from ${placements} p where p.company_id = ${companyId} and p.candidate_id = ${candidates.id}
              ${filter.jobId ? sql`and p.job_id = ${filter.jobId}` : sql``}
              ${filter.stepId ? sql`and p.step_id = ${filter.stepId}` : sql``})`
          : undefined,
        filter.tag ? sql`${candidates.tags} @> array[${filter.tag}]::text[]` : undefined,
        filter.skill ? sql`${candidates.skills} @> array[${filter.skill}]::text[]` : undefined,
        after ? sort.after(after) : undefined,
      ),
    )
    .orderBy(sort.order)
    .limit(filter.limit + 1);
  const page = pageOf(rows, filter.limit, sort.key);
  const checks = await checkSummariesOf(
    db,
    companyId,
    page.items.map((r) => r.id),
    filter.jobId,
  );
  const items: TCandidateListItem[] = page.items.map(({ createdAt: _c, ...r }) => ({
    ...r,
    referenceCheck: checks.get(r.id) ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }));
  return { items, nextCursor: page.nextCursor };
}

export async function listPlacements(db: Db, candidateIds: string[]) {
  if (!candidateIds.length) return [];
  const rows = await db
    .select({
      id: placements.id,
      candidateId: placements.candidateId,
      jobId: jobs.id,
      jobTitle: jobs.title,
      jobStatus: jobs.status,
      stepId: jobSteps.id,
      stepName: jobSteps.name,
      updatedAt: placements.updatedAt,
    })
    .from(placements)
    .innerJoin(jobs, eq(jobs.id, placements.jobId))
    .innerJoin(jobSteps, eq(jobSteps.id, placements.stepId))
    .where(inArray(placements.candidateId, candidateIds))
    .orderBy(asc(jobs.title));
  return rows.map((r) => ({
    ...r,
    jobStatus: r.jobStatus,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function findCandidateRow(
  db: Db,
  companyId: string,
  candidateId: string,
  scope: CandidateScope = { kind: 'all' },
) {
  const [row] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId), candidateScopeFilter(scope)));
  return row ?? null;
}

export async function loadCandidate(
  db: Db,
  companyId: string,
  candidateId: string,
  scope: CandidateScope = { kind: 'all' },
): Promise<TCandidate | null> {
  const row = await findCandidateRow(db, companyId, candidateId, scope);
  if (!row) return null;
  const [history, schools, placed] = await Promise.all([
    db
      .select()
      .from(workHistory)
      .where(and(eq(workHistory.companyId, companyId), eq(workHistory.candidateId, candidateId)))
      .orderBy(asc(workHistory.position)),
    listEducation(db, companyId, { candidateId }),
    listPlacements(db, [candidateId]),
  ]);
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    phone: row.phone,
    linkedinUrl: row.linkedinUrl,
    currentCompany: row.currentCompany,
    currentTitle: row.currentTitle,
    location: row.location,
    language: row.language,
    skills: row.skills,
    tags: row.tags,
    notes: row.notes,
    workHistory: history.map((w) => ({
      id: w.id,
      companyName: w.companyName,
      title: w.title,
      startDate: w.startDate,
      endDate: w.endDate,
    })),
    education: schools,
    placements: placed.map(({ candidateId: _c, ...p }) => p),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Work history is edited as a whole list; replacing it keeps the order the person gave. */
export async function replaceWorkHistory(
  db: Db,
  companyId: string,
  owner: { candidateId: string } | { membershipId: string },
  entries: TWorkHistoryEntry[],
) {
  const ownerFilter =
    'candidateId' in owner
      ? eq(workHistory.candidateId, owner.candidateId)
      : eq(workHistory.membershipId, owner.membershipId);
  await db.delete(workHistory).where(and(eq(workHistory.companyId, companyId), ownerFilter));
  if (!entries.length) return;
  await db.insert(workHistory).values(
    entries.map((w, position) => ({
      companyId,
      ...owner,
      companyName: w.companyName,
      companyKey: companyKey(w.companyName),
      title: w.title,
      startDate: w.startDate,
      endDate: w.endDate,
      position,
    })),
  );
}

export async function touchCandidate(db: Db, candidateId: string) {
  await db.update(candidates).set({ updatedAt: sql`now()` }).where(eq(candidates.id, candidateId));
}

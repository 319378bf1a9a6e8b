import type { TCandidate, TCandidateListItem, TWorkHistoryEntry } from '@vouch/contracts';
import { and, asc, eq, inArray, isNull, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce, preparedPerShape } from '../../platform/db/prepared.ts';
import { decodeCursor, pageOf } from '../../platform/http/cursor.ts';
import { candidates, education, jobSteps, jobs, placements, workHistory } from './hiring.tables.ts';
import { companyKey } from './normalize.ts';
import { referenceListColumns } from './reference-providers.ts';

/** Which candidates a caller may see: everyone's, or only those on jobs they manage. */
export type CandidateScope = { kind: 'all' } | { kind: 'on_jobs_managed_by'; membershipId: string };

export function candidateScopeFilter(scope: CandidateScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  return scopedToManager(scope.membershipId);
}

const scopedToManager = (membershipId: string | Placeholder) =>
  sql`exists (select 1 from ${placements} p join ${jobs} j on j.id = p.job_id
    where p.candidate_id = ${candidates.id} and j.hiring_manager_id = ${membershipId})`;

/** Text the search box matches: names, email, employer, title, place, skills, tags. */
export function searchVectorOf(c: SearchableCandidate) {
  return sql`to_tsvector('simple', ${searchTextOf(c)})`;
}

type SearchableCandidate = {
  firstName: string;
  lastName: string;
  email?: string | null;
  currentCompany?: string | null;
  currentTitle?: string | null;
  location?: string | null;
  skills?: string[];
  tags?: string[];
};

/** The words a candidate is found by, as `to_tsvector` takes them (for a statement that computes it itself). */
export function searchTextOf(c: SearchableCandidate) {
  return [
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
    after: (k: Placeholder[]) =>
      sql`(${candidates.updatedAt}, ${candidates.id}) < (${k[0]}::timestamptz, ${k[1]}::uuid)`,
    key: (r: Row) => [r.updatedAt.toISOString(), r.id],
  },
  updated_asc: {
    cursor: ['timestamp', 'uuid'],
    order: sql`${candidates.updatedAt} asc, ${candidates.id} asc`,
    after: (k: Placeholder[]) =>
      sql`(${candidates.updatedAt}, ${candidates.id}) > (${k[0]}::timestamptz, ${k[1]}::uuid)`,
    key: (r: Row) => [r.updatedAt.toISOString(), r.id],
  },
  created_desc: {
    cursor: ['timestamp', 'uuid'],
    order: sql`${candidates.createdAt} desc, ${candidates.id} desc`,
    after: (k: Placeholder[]) =>
      sql`(${candidates.createdAt}, ${candidates.id}) < (${k[0]}::timestamptz, ${k[1]}::uuid)`,
    key: (r: Row) => [r.createdAt.toISOString(), r.id],
  },
  name_asc: {
    cursor: ['text', 'text', 'uuid'],
    order: sql`${candidates.lastName} asc, ${candidates.firstName} asc, ${candidates.id} asc`,
    after: (k: Placeholder[]) =>
      sql`(${candidates.lastName}, ${candidates.firstName}, ${candidates.id}) > (${k[0]}, ${k[1]}, ${k[2]}::uuid)`,
    key: (r: Row) => [r.lastName, r.firstName, r.id],
  },
  name_desc: {
    cursor: ['text', 'text', 'uuid'],
    order: sql`${candidates.lastName} desc, ${candidates.firstName} desc, ${candidates.id} desc`,
    after: (k: Placeholder[]) =>
      sql`(${candidates.lastName}, ${candidates.firstName}, ${candidates.id}) < (${k[0]}, ${k[1]}, ${k[2]}::uuid)`,
    key: (r: Row) => [r.lastName, r.firstName, r.id],
  },
} as const;

// Inside a select-list subquery the query builder would leave `id` unqualified: the outer row's id, written out.
const candidateId = sql`"candidates"."id"`;

/** The values a list statement takes, each a placeholder of its prepared statement. */
const value = {
  companyId: sql.placeholder('companyId'),
  membershipId: sql.placeholder('membershipId'),
  tsQuery: sql.placeholder('tsQuery'),
  jobId: sql.placeholder('jobId'),
  stepId: sql.placeholder('stepId'),
  tag: sql.placeholder('tag'),
  skill: sql.placeholder('skill'),
  after: [sql.placeholder('after0'), sql.placeholder('after1'), sql.placeholder('after2')],
  limit: sql.placeholder('limit'),
};

/** What the list's SQL depends on besides values: the sort and which filters are given. */
type ListShape = { sort: keyof typeof SORTS } & Record<(typeof LIST_FILTERS)[number], boolean>;
const LIST_FILTERS = ['after', 'scoped', 'q', 'jobId', 'stepId', 'tag', 'skill'] as const;
const listShapeKey = (shape: ListShape) =>
  `${shape.sort}_${LIST_FILTERS.map((filter) => (shape[filter] ? 1 : 0)).join('')}`;

/**
 * The list's statement for one shape: the page's ids first, from the sort's index alone; then their
 * columns (not the search vector), placements and reference checks, in the same round trip. Built
 * once per shape and handle (a page is the app's hottest read; building its SQL cost more Node time
 * than reading the answer).
 */
const listStatement = preparedPerShape(listShapeKey, (db, shape: ListShape, key) => {
  const sort = SORTS[shape.sort];
  const jobId = shape.jobId ? value.jobId : undefined;
  const page = db
    .select({ id: candidates.id })
    .from(candidates)
    .where(
      and(
        eq(candidates.companyId, value.companyId),
        isNull(candidates.anonymizedAt),
        shape.scoped ? scopedToManager(value.membershipId) : undefined,
        shape.q ? sql`${candidates.searchVector} @@ to_tsquery('simple', ${value.tsQuery})` : undefined,
        // A semi-join the planner may turn either way: for a step of a few dozen it reads their
        // placements and sorts them (2–3 ms less than walking 10,000 candidates for 51 at the step); for
        // a job holding most of the company it walks the sort's index and stops after a page.
        shape.jobId || shape.stepId
          ? sql`${candidates.id} in (select p.candidate_id from ${placements} p where p.company_id = ${value.companyId}
              ${shape.jobId ? sql`and p.job_id = ${value.jobId}` : sql``}
              ${shape.stepId ? sql`and p.step_id = ${value.stepId}` : sql``})`
          : undefined,
        shape.tag ? sql`${candidates.tags} @> array[${value.tag}]::text[]` : undefined,
        shape.skill ? sql`${candidates.skills} @> array[${value.skill}]::text[]` : undefined,
        shape.after ? sort.after(value.after) : undefined,
      ),
    )
    .orderBy(sort.order)
    .limit(value.limit)
    .as('page');
  return db
    .select({
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
      placements: sql<TCandidateListItem['placements']>`(
        select coalesce(json_agg(json_build_object('id', p.id, 'jobId', j.id, 'jobTitle', j.title, 'stepId', s.id,
          'stepName', s.name) order by j.title, p.id), '[]'::json)
        from ${placements} p
          -- Looked up by key for each placement: as a join, PostgreSQL hashed both tables for every row.
          cross join lateral (select jj.id, jj.title from ${jobs} jj where jj.id = p.job_id offset 0) j
          cross join lateral (select ss.id, ss.name from ${jobSteps} ss where ss.id = p.step_id offset 0) s
        where p.candidate_id = ${candidateId})`,
      referenceCheck: referenceListColumns().checkSummary(value.companyId, candidateId, jobId),
      referenceCheckStall: referenceListColumns().stall(value.companyId, candidateId, jobId),
    })
    .from(page)
    .innerJoin(candidates, eq(candidates.id, page.id))
    .orderBy(sort.order)
    .prepare(`candidate_list_${key}`);
});
type Row = { id: string; firstName: string; lastName: string; updatedAt: Date; createdAt: Date };

export async function listCandidates(db: Db, companyId: string, scope: CandidateScope, filter: CandidateListFilter) {
  const sort = SORTS[filter.sort];
  const after = decodeCursor(filter.cursor, sort.cursor);
  const tsQuery = prefixTsQuery(filter.q);
  const shape: ListShape = {
    sort: filter.sort,
    after: Boolean(after),
    scoped: scope.kind === 'on_jobs_managed_by',
    q: Boolean(tsQuery),
    jobId: Boolean(filter.jobId),
    stepId: Boolean(filter.stepId),
    tag: Boolean(filter.tag),
    skill: Boolean(filter.skill),
  };
  const rows = await listStatement(db, shape).execute({
    companyId,
    membershipId: scope.kind === 'on_jobs_managed_by' ? scope.membershipId : undefined,
    tsQuery,
    jobId: filter.jobId,
    stepId: filter.stepId,
    tag: filter.tag,
    skill: filter.skill,
    after0: after?.[0],
    after1: after?.[1],
    after2: after?.[2],
    limit: filter.limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, filter.limit, sort.key);
  return {
    items: items.map(
      ({ createdAt: _c, ...r }): TCandidateListItem => ({
        ...r,
        referenceCheck: referenceListColumns().readCheckSummary(r.referenceCheck),
        updatedAt: r.updatedAt.toISOString(),
      }),
    ),
    nextCursor,
  };
}

export async function listPlacements(db: Db, companyId: string, candidateIds: string[]) {
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
    .where(and(eq(placements.companyId, companyId), inArray(placements.candidateId, candidateIds)))
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

/**
 * The candidate page's one statement: the candidate's own columns (not the search vector) with their
 * work history, education and placements as JSON. Named, so PostgreSQL plans it once per connection.
 * `managerId` null reads any of the company's candidates; otherwise only those on jobs they manage.
 */
const candidateById = preparedOnce((db) =>
  db
    .select({
      id: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      email: candidates.email,
      phone: candidates.phone,
      linkedinUrl: candidates.linkedinUrl,
      currentCompany: candidates.currentCompany,
      currentTitle: candidates.currentTitle,
      location: candidates.location,
      language: candidates.language,
      skills: candidates.skills,
      tags: candidates.tags,
      notes: candidates.notes,
      createdAt: candidates.createdAt,
      updatedAt: candidates.updatedAt,
      workHistory: sql<TCandidate['workHistory']>`(
        select coalesce(json_agg(json_build_object('id', w.id, 'companyName', w.company_name, 'title', w.title,
          'startDate', w.start_date, 'endDate', w.end_date) order by w.position), '[]'::json)
        from ${workHistory} w where w.candidate_id = "candidates"."id")`,
      education: sql<TCandidate['education']>`(
        select coalesce(json_agg(json_build_object('id', e.id, 'schoolName', e.school_name, 'degree', e.degree,
          'fieldOfStudy', e.field_of_study, 'startDate', e.start_date, 'endDate', e.end_date) order by e.position), '[]'::json)
        from ${education} e where e.candidate_id = "candidates"."id")`,
      placements: sql<TCandidate['placements']>`(
        select coalesce(json_agg(json_build_object('id', p.id, 'jobId', j.id, 'jobTitle', j.title, 'jobStatus', j.status,
          'stepId', s.id, 'stepName', s.name, 'updatedAt', p.updated_at) order by j.title), '[]'::json)
        from ${placements} p join ${jobs} j on j.id = p.job_id join ${jobSteps} s on s.id = p.step_id
        where p.candidate_id = "candidates"."id")`,
    })
    .from(candidates)
    .where(
      and(
        eq(candidates.companyId, sql.placeholder('companyId')),
        eq(candidates.id, sql.placeholder('candidateId')),
        sql`(${sql.placeholder('managerId')}::uuid is null or exists (select 1 from ${placements} p
          join ${jobs} j on j.id = p.job_id
          where p.candidate_id = ${candidates.id} and j.hiring_manager_id = ${sql.placeholder('managerId')}::uuid))`,
      ),
    )
    .prepare('candidate_by_id'),
);

// JSON carries PostgreSQL's timestamp text; the API answers JavaScript's ISO form, as for columns.
const isoText = (t: string) => new Date(t).toISOString();

export async function loadCandidate(
  db: Db,
  companyId: string,
  candidateId: string,
  scope: CandidateScope = { kind: 'all' },
): Promise<TCandidate | null> {
  const managerId = scope.kind === 'all' ? null : scope.membershipId;
  const [row] = await candidateById(db).execute({ companyId, candidateId, managerId });
  if (!row) return null;
  return {
    ...row,
    placements: row.placements.map((p) => ({ ...p, updatedAt: isoText(p.updatedAt) })),
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

export async function touchCandidate(db: Db, companyId: string, candidateId: string) {
  await db
    .update(candidates)
    .set({ updatedAt: sql`now()` })
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId)));
}

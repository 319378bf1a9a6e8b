import { type TJob, type TJobListItem, type TJobStep, ZReferenceCheckSettings } from '@vouch/contracts';
import { and, asc, desc, eq, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { decodeCursor, pageOf } from '../../platform/http/cursor.ts';
import { departments, peopleRefJson, personRefJson } from '../tenancy/index.ts';
import { jobAgencies, jobRecruiters, jobSteps, jobs, placements } from './hiring.tables.ts';

/** Which jobs a caller may see at all; the list and every by-id read go through it. */
export type JobScope =
  | { kind: 'all' }
  | { kind: 'managed_by'; membershipId: string }
  | { kind: 'open_only' }
  /** An agency's agents: the open jobs admins let that agency submit to (none without an agency). */
  | { kind: 'open_to_agency'; agencyId: string | null };

export function jobScopeFilter(scope: JobScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'managed_by':
      return eq(jobs.hiringManagerId, scope.membershipId);
    case 'open_only':
      return eq(jobs.status, 'open');
    case 'open_to_agency':
      return and(
        eq(jobs.status, 'open'),
        scope.agencyId
          ? sql`exists (select 1 from ${jobAgencies} ja where ja.job_id = ${jobs.id} and ja.agency_id = ${scope.agencyId})`
          : sql`false`,
      );
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
// A column in a select list renders unqualified (`"id"`) when a query has one table, which inside a
// subquery would name the subquery's own column; so correlated subqueries name the outer table.
const candidateCount = sql<number>`(select count(*)::int from ${placements} p where p.job_id = ${jobs}.id)`;

const listColumns = {
  id: jobs.id,
  title: jobs.title,
  status: jobs.status,
  departmentId: jobs.departmentId,
  departmentName: departments.name,
  location: jobs.location,
  onCareersPage: jobs.onCareersPage,
  hiringManagerId: jobs.hiringManagerId,
  createdAt: jobs.createdAt,
  updatedAt: jobs.updatedAt,
  archivedAt: jobs.archivedAt,
  candidateCount,
  hiringManager: personRefJson(sql`${jobs}.hiring_manager_id`),
};

/** One job's page adds its description, recruiters and steps, in the same row. */
const wholeColumns = {
  ...listColumns,
  description: jobs.description,
  recruiters: peopleRefJson(sql`(select jr.membership_id from ${jobRecruiters} jr where jr.job_id = ${jobs}.id)`),
  steps: sql<(Omit<TJobStep, 'settings'> & { settings: unknown })[]>`(
    select coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'kind', s.kind, 'position', s.position,
      'settings', s.settings, 'candidateCount', (select count(*)::int from ${placements} p where p.step_id = s.id))
      order by s.position), '[]'::json)
    from ${jobSteps} s where s.job_id = ${jobs}.id and s.removed_at is null)`,
};

type ListFilter = {
  q?: string;
  status?: TJob['status'];
  departmentId?: string;
  mine?: string;
  cursor?: string;
  limit: number;
};

export async function listJobs(db: Db, companyId: string, scope: JobScope, filter: ListFilter) {
  const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
  const pattern = filter.q ? `%${filter.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  const rows = await db
    .select(listColumns)
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .where(
      and(
        eq(jobs.companyId, companyId),
        jobScopeFilter(scope),
        filter.status ? eq(jobs.status, filter.status) : undefined,
        filter.departmentId ? eq(jobs.departmentId, filter.departmentId) : undefined,
        filter.mine ? mineFilter(filter.mine) : undefined,
        pattern ? or(ilike(jobs.title, pattern), ilike(jobs.location, pattern)) : undefined,
        after
          ? or(
              lt(jobs.updatedAt, new Date(String(after[0]))),
              and(eq(jobs.updatedAt, new Date(String(after[0]))), lt(jobs.id, String(after[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(desc(jobs.updatedAt), desc(jobs.id))
    .limit(filter.limit + 1);
  const page = pageOf(rows, filter.limit, (r) => [r.updatedAt.toISOString(), r.id]);
  return { nextCursor: page.nextCursor, items: page.items.map(toListItem) };
}

/** "Mine": jobs I manage or recruit for. */
function mineFilter(membershipId: string) {
  return or(
    eq(jobs.hiringManagerId, membershipId),
    sql`exists (select 1 from ${jobRecruiters} jr where jr.job_id = ${jobs.id} and jr.membership_id = ${membershipId})`,
  );
}

function toListItem(r: Awaited<ReturnType<typeof selectJobRow>>[number]): TJobListItem {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    location: r.location,
    onCareersPage: r.onCareersPage,
    hiringManager: r.hiringManager,
    candidateCount: r.candidateCount,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    archivedAt: iso(r.archivedAt),
  };
}

function selectJobRow(db: Db) {
  return db.select(listColumns).from(jobs).leftJoin(departments, eq(departments.id, jobs.departmentId));
}

export async function findJobRow(db: Db, companyId: string, jobId: string, scope: JobScope = { kind: 'all' }) {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), eq(jobs.id, jobId), jobScopeFilter(scope)));
  return row ?? null;
}

/**
 * A step's stored settings. They are checked by the contract's schema on write, but a shape the
 * schema has since outgrown counts as not chosen yet rather than failing the read.
 */
export function parseStepSettings(stored: unknown) {
  if (!stored) return null;
  const parsed = ZReferenceCheckSettings.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function listSteps(db: Db, companyId: string, jobId: string): Promise<TJobStep[]> {
  const rows = await db
    .select({
      id: jobSteps.id,
      name: jobSteps.name,
      kind: jobSteps.kind,
      position: jobSteps.position,
      settings: jobSteps.settings,
      candidateCount: sql<number>`(select count(*)::int from ${placements} p where p.company_id = ${companyId} and p.step_id = ${jobSteps}.id)`,
    })
    .from(jobSteps)
    .where(and(eq(jobSteps.companyId, companyId), eq(jobSteps.jobId, jobId), isNull(jobSteps.removedAt)))
    .orderBy(asc(jobSteps.position));
  return rows.map((r) => ({ ...r, settings: parseStepSettings(r.settings) }));
}

/** The full job as the API shows it, or null when the caller's scope does not include it. One query. */
export async function loadJob(
  db: Db,
  companyId: string,
  jobId: string,
  scope: JobScope = { kind: 'all' },
): Promise<TJob | null> {
  const [row] = await db
    .select(wholeColumns)
    .from(jobs)
    .leftJoin(departments, eq(departments.id, jobs.departmentId))
    .where(and(eq(jobs.companyId, companyId), eq(jobs.id, jobId), jobScopeFilter(scope)));
  if (!row) return null;
  return {
    ...toListItem(row),
    description: row.description,
    recruiters: row.recruiters,
    steps: row.steps.map((step) => ({ ...step, settings: parseStepSettings(step.settings) })),
  };
}

export async function setJobRecruiters(db: Db, companyId: string, jobId: string, membershipIds: string[]) {
  await db.delete(jobRecruiters).where(and(eq(jobRecruiters.companyId, companyId), eq(jobRecruiters.jobId, jobId)));
  if (membershipIds.length) {
    await db.insert(jobRecruiters).values(membershipIds.map((membershipId) => ({ companyId, jobId, membershipId })));
  }
}

export async function listStepRows(db: Db, companyId: string, jobId: string) {
  return db
    .select()
    .from(jobSteps)
    .where(and(eq(jobSteps.companyId, companyId), eq(jobSteps.jobId, jobId), isNull(jobSteps.removedAt)));
}

export async function countPlacementsAt(db: Db, companyId: string, stepIds: string[]) {
  if (!stepIds.length) return 0;
  const [{ count }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(placements)
    .where(and(eq(placements.companyId, companyId), inArray(placements.stepId, stepIds)));
  return count;
}

/** A job's own columns as the job form saves them. */
export type JobRowFields = Omit<typeof jobs.$inferInsert, 'id' | 'companyId' | 'createdAt' | 'updatedAt'>;
/** A step of a job's process as saved: its place in the process and its settings as stored. */
export type StepRowValues = Pick<typeof jobSteps.$inferInsert, 'name' | 'kind' | 'position' | 'settings'>;

export async function insertJob(db: Db, companyId: string, fields: JobRowFields): Promise<string> {
  const [job] = await db
    .insert(jobs)
    .values({ ...fields, companyId })
    .returning({ id: jobs.id });
  return job.id;
}

/** Saves `fields` (none: only marks the job changed) on the company's job. */
export async function updateJobRow(db: Db, companyId: string, jobId: string, fields: Partial<JobRowFields> = {}) {
  await db
    .update(jobs)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(and(eq(jobs.companyId, companyId), eq(jobs.id, jobId)));
}

export async function insertJobSteps(db: Db, companyId: string, jobId: string, steps: StepRowValues[]) {
  if (steps.length) await db.insert(jobSteps).values(steps.map((step) => ({ ...step, companyId, jobId })));
}

export async function updateJobStep(db: Db, companyId: string, stepId: string, values: StepRowValues) {
  await db
    .update(jobSteps)
    .set(values)
    .where(and(eq(jobSteps.companyId, companyId), eq(jobSteps.id, stepId)));
}

/** Removed steps stay, hidden and out of the order, for the placements' history. */
export async function removeJobSteps(db: Db, companyId: string, stepIds: string[], at: Date) {
  if (!stepIds.length) return;
  await db
    .update(jobSteps)
    .set({ removedAt: at, position: -1 })
    .where(and(eq(jobSteps.companyId, companyId), inArray(jobSteps.id, stepIds)));
}

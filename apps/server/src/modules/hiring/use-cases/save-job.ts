import { DEFAULT_PROCESS, type TJob, type TReferenceCheckSettings, ZReferenceCheckSettings } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import {
  AppError,
  type FieldProblem,
  fieldError,
  fieldProblems,
  notFound,
  unknownId,
} from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findDepartment, listPeople } from '../../tenancy/index.ts';
import { jobs } from '../hiring.tables.ts';
import {
  countPlacementsAt,
  findJobRow,
  insertJob,
  insertJobSteps,
  listStepRows,
  loadJob,
  removeJobSteps,
  setJobRecruiters,
  updateJobRow,
  updateJobStep,
} from '../jobs.repo.ts';
import { stepSettingsProblems } from '../reference-providers.ts';

type JobFields = {
  title: string;
  departmentId: string | null;
  location: string | null;
  hiringManagerId: string | null;
  recruiterIds: string[];
  description: string | null;
  onCareersPage?: boolean;
};
type StepInput = {
  id?: string;
  name: string;
  kind: 'standard' | 'reference_check' | 'offer' | 'hired';
  settings?: TReferenceCheckSettings | null;
};

/**
 * Only a reference check step keeps settings. Whatever reaches the `jsonb` column has passed the
 * contract's schema here, so a later reader never meets a shape that was not valid when written.
 */
const storedSettings = (step: StepInput) =>
  step.kind === 'reference_check' && step.settings ? ZReferenceCheckSettings.parse(step.settings) : null;

/** A reference check step's questionnaire and sub-account must be this company's: field errors per step. */
async function checkStepSettings(db: Db, companyId: string, steps: StepInput[]) {
  const problems: FieldProblem[] = [];
  for (const [index, step] of steps.entries()) {
    if (step.kind !== 'reference_check' || !step.settings) continue;
    for (const p of await stepSettingsProblems(db, companyId, step.settings))
      problems.push({ ...p, field: `steps.${index}.settings.${p.field}` });
  }
  if (problems.length) throw fieldProblems(problems);
}

/** Ids in a job must be this company's: anything else is a field error, never a foreign reference. */
async function checkReferences(db: Db, companyId: string, fields: JobFields) {
  if (fields.departmentId && !(await findDepartment(db, companyId, fields.departmentId)))
    throw unknownId('departmentId', 'company.unknown_department');
  const wanted = [...new Set([...fields.recruiterIds, ...(fields.hiringManagerId ? [fields.hiringManagerId] : [])])];
  const people = await listPeople(db, companyId, { ids: wanted });
  const active = new Map(people.map((p) => [p.id, p]));
  if (fields.hiringManagerId) {
    const manager = active.get(fields.hiringManagerId);
    if (!manager) throw unknownId('hiringManagerId', 'job.unknown_manager');
    if (manager.role === 'agent') throw fieldError('hiringManagerId', 'job.manager_not_member');
  }
  fields.recruiterIds.forEach((id, index) => {
    const person = active.get(id);
    if (!person) throw unknownId(`recruiterIds.${index}`, 'job.unknown_recruiter');
    if (!['admin', 'recruiter'].includes(person.role))
      throw fieldError(`recruiterIds.${index}`, 'job.recruiter_not_allowed');
  });
}

export async function createJob(ctx: Ctx, input: JobFields & { steps?: StepInput[] }): Promise<TJob> {
  const jobId = await ctx.db.transaction(async (tx) => {
    await checkReferences(tx, ctx.tenantId, input);
    if (input.steps) {
      // A job being created has no steps yet for an id to name.
      const named = input.steps.findIndex((s) => s.id);
      if (named >= 0) throw unknownId(`steps.${named}.id`, 'job.unknown_step');
      await checkStepSettings(tx, ctx.tenantId, input.steps);
    }
    const { recruiterIds, steps, ...fields } = input;
    const id = await insertJob(tx, ctx.tenantId, fields);
    await setJobRecruiters(tx, ctx.tenantId, id, [...new Set(recruiterIds)]);
    const process = steps ?? DEFAULT_PROCESS;
    await insertJobSteps(
      tx,
      ctx.tenantId,
      id,
      process.map((s, position) => ({ name: s.name, kind: s.kind, position, settings: storedSettings(s) })),
    );
    return id;
  });
  return (await loadJob(ctx.db, ctx.tenantId, jobId))!;
}

export async function updateJob(ctx: Ctx, jobId: string, input: JobFields): Promise<TJob> {
  await ctx.db.transaction(async (tx) => {
    if (!(await findJobRow(tx, ctx.tenantId, jobId))) throw notFound();
    await checkReferences(tx, ctx.tenantId, input);
    const { recruiterIds, ...fields } = input;
    await updateJobRow(tx, ctx.tenantId, jobId, fields);
    await setJobRecruiters(tx, ctx.tenantId, jobId, [...new Set(recruiterIds)]);
  });
  return (await loadJob(ctx.db, ctx.tenantId, jobId))!;
}

/**
 * Replaces the process: steps keep their ids (so placements stay), new ones are added, and a removed
 * step is refused while candidates stand in it. Removed steps are kept, hidden, for history.
 */
export async function updateJobSteps(ctx: Ctx, jobId: string, steps: StepInput[]): Promise<TJob> {
  await ctx.db.transaction(async (tx) => {
    if (!(await findJobRow(tx, ctx.tenantId, jobId))) throw notFound();
    const current = await listStepRows(tx, ctx.tenantId, jobId);
    const currentIds = new Set(current.map((s) => s.id));
    steps.forEach((s, index) => {
      if (s.id && !currentIds.has(s.id)) throw unknownId(`steps.${index}.id`, 'job.unknown_step');
    });
    await checkStepSettings(tx, ctx.tenantId, steps);
    const keptIds = new Set(steps.map((s) => s.id).filter(Boolean));
    const removed = current.filter((s) => !keptIds.has(s.id)).map((s) => s.id);
    if ((await countPlacementsAt(tx, ctx.tenantId, removed)) > 0) throw new AppError('job.step_not_empty');
    await removeJobSteps(tx, ctx.tenantId, removed, new Date());
    for (const [position, step] of steps.entries()) {
      const values = { name: step.name, kind: step.kind, position, settings: storedSettings(step) };
      if (step.id) await updateJobStep(tx, ctx.tenantId, step.id, values);
      else await insertJobSteps(tx, ctx.tenantId, jobId, [values]);
    }
    await updateJobRow(tx, ctx.tenantId, jobId);
  });
  return (await loadJob(ctx.db, ctx.tenantId, jobId))!;
}

/**
 * Archiving closes the job and makes its referrals inactive at once, in the same transaction.
 * Unarchiving leaves them inactive: the page offers to reactivate them.
 *
 * An ATS's job id names one unarchived job. While this one was archived, the ATS may have created
 * another job with its id (archived jobs are not matched); that one keeps it, as the job the ATS has
 * been using since, and the job coming back gives it up.
 */
export async function setJobArchived(ctx: Ctx, jobId: string, archived: boolean): Promise<TJob> {
  await ctx.db.transaction(async (tx) => {
    const heldElsewhere = sql`exists (select 1 from ${jobs} as other where other.company_id = ${jobs.companyId}
      and other.external_id = ${jobs.externalId} and other.archived_at is null and other.id <> ${jobs.id})`;
    const [row] = await tx
      .update(jobs)
      .set({
        status: archived ? 'archived' : 'open',
        archivedAt: archived ? new Date() : null,
        updatedAt: sql`now()`,
        ...(archived ? {} : { externalId: sql`case when ${heldElsewhere} then null else ${jobs.externalId} end` }),
      })
      .where(sql`${jobs.companyId} = ${ctx.tenantId} and ${jobs.id} = ${jobId}`)
      .returning({ id: jobs.id });
    if (!row) throw notFound();
    // The referrals module stops the job's referrals on `job.archived`, in this transaction.
    await publish(tx, {
      type: archived ? 'job.archived' : 'job.reopened',
      companyId: ctx.tenantId,
      jobId,
      actorMembershipId: ctx.actor.membershipId,
    });
  });
  return (await loadJob(ctx.db, ctx.tenantId, jobId))!;
}

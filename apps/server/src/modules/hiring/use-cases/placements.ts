import type { TStepReferenceCheck } from '@vouch/contracts';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { AppError, notFound, unknownId } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { memberships, users } from '../../tenancy/index.ts';
import { findCandidateRow, listPlacements, touchCandidate } from '../candidates.repo.ts';
import { jobSteps, jobs, placementEvents, placements } from '../hiring.tables.ts';
import { findJobRow } from '../jobs.repo.ts';
import { latestOtherJob, publishPlacementCreated, setPlacementStep } from '../placements.repo.ts';
import { runStepHook } from '../step-hooks.ts';

/**
 * Puts a candidate on a job, at the given step or the first one, and records it. `at` prefixes the
 * field names of errors when the placement is part of a larger body (`placement.`).
 */
export async function placeCandidate(
  ctx: Ctx,
  candidateId: string,
  input: { jobId: string; stepId?: string },
  at = '',
) {
  if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId))) throw notFound();
  const job = await findJobRow(ctx.db, ctx.tenantId, input.jobId);
  if (!job) throw unknownId(`${at}jobId`, 'job.unknown_job');
  const [step] = await ctx.db
    .select()
    .from(jobSteps)
    .where(
      and(
        eq(jobSteps.companyId, ctx.tenantId),
        eq(jobSteps.jobId, job.id),
        isNull(jobSteps.removedAt),
        input.stepId ? eq(jobSteps.id, input.stepId) : undefined,
      ),
    )
    .orderBy(asc(jobSteps.position))
    .limit(1);
  if (!step) throw unknownId(`${at}stepId`, 'job.unknown_step');
  // A candidate already on another job is matched from it (seed 001: ownership may carry over).
  const matchedFromJobId = await latestOtherJob(ctx.db, ctx.tenantId, candidateId, job.id);
  const origin = matchedFromJobId ? ('matched' as const) : ('recruiter' as const);
  const [placement] = await ctx.db
    .insert(placements)
    .values({ companyId: ctx.tenantId, candidateId, jobId: job.id, stepId: step.id, origin })
    .onConflictDoNothing()
    .returning();
  if (!placement) throw new AppError('job.candidate_already_placed');
  await ctx.db.insert(placementEvents).values({
    companyId: ctx.tenantId,
    placementId: placement.id,
    toStepId: step.id,
    actorId: ctx.actor.membershipId,
  });
  await touchCandidate(ctx.db, ctx.tenantId, candidateId);
  await publishPlacementCreated(ctx.db, {
    companyId: ctx.tenantId,
    placementId: placement.id,
    candidateId,
    jobId: job.id,
    origin,
    actorMembershipId: ctx.actor.membershipId,
    ...(matchedFromJobId ? { matchedFromJobId } : {}),
  });
  const referenceCheck = await runStepHook(ctx, {
    candidateId,
    jobId: job.id,
    placementId: placement.id,
    step,
    again: false,
  });
  return { ...placement, referenceCheck };
}

/** Moves a candidate to another step of the same job; later issues hook step kinds in here. */
export async function movePlacement(ctx: Ctx, placementId: string, stepId: string, options: { again?: boolean } = {}) {
  return ctx.db.transaction(async (tx) => {
    const [placement] = await tx
      .select()
      .from(placements)
      .where(and(eq(placements.companyId, ctx.tenantId), eq(placements.id, placementId)))
      .for('update');
    if (!placement) throw notFound();
    const [step] = await tx
      .select()
      .from(jobSteps)
      .where(
        and(
          eq(jobSteps.companyId, ctx.tenantId),
          eq(jobSteps.id, stepId),
          eq(jobSteps.jobId, placement.jobId),
          isNull(jobSteps.removedAt),
        ),
      );
    if (!step) throw unknownId('stepId', 'job.unknown_step');
    let referenceCheck: TStepReferenceCheck | undefined;
    if (step.id !== placement.stepId) {
      await setPlacementStep(tx, ctx.tenantId, placement.id, step.id);
      await tx.insert(placementEvents).values({
        companyId: ctx.tenantId,
        placementId: placement.id,
        fromStepId: placement.stepId,
        toStepId: step.id,
        actorId: ctx.actor.membershipId,
      });
      await touchCandidate(tx, ctx.tenantId, placement.candidateId);
      // Other modules hear of the move in its transaction (a `hired` step records a referral's hire).
      await publish(tx, {
        type: 'placement.moved',
        companyId: ctx.tenantId,
        placementId: placement.id,
        candidateId: placement.candidateId,
        jobId: placement.jobId,
        stepKind: step.kind,
        actorMembershipId: ctx.actor.membershipId,
      });
      // Entering a step of a kind with a hook (a "Reference check" step starts a check).
      referenceCheck = await runStepHook(
        { ...ctx, db: tx },
        {
          candidateId: placement.candidateId,
          jobId: placement.jobId,
          placementId: placement.id,
          step,
          again: options.again ?? false,
        },
      );
    }
    const [view] = await listPlacements(tx, ctx.tenantId, [placement.candidateId]).then((all) =>
      all.filter((p) => p.id === placement.id),
    );
    const { candidateId: _c, ...rest } = view;
    return referenceCheck ? { ...rest, referenceCheck } : rest;
  });
}

export async function removePlacement(ctx: Ctx, placementId: string) {
  const [row] = await ctx.db
    .delete(placements)
    .where(and(eq(placements.companyId, ctx.tenantId), eq(placements.id, placementId)))
    .returning();
  if (!row) throw notFound();
  await touchCandidate(ctx.db, ctx.tenantId, row.candidateId);
}

/** Every move of the candidate on every job, newest first, with the steps' names as they are now. */
export async function placementHistory(ctx: Ctx, candidateId: string) {
  const rows = await ctx.db
    .select({
      id: placementEvents.id,
      jobTitle: jobs.title,
      fromStepName: sql<string | null>`(select s.name from ${jobSteps} s where s.id = ${placementEvents.fromStepId})`,
      toStepName: jobSteps.name,
      actorName: users.name,
      at: placementEvents.at,
    })
    .from(placementEvents)
    .innerJoin(placements, eq(placements.id, placementEvents.placementId))
    .innerJoin(jobs, eq(jobs.id, placements.jobId))
    .innerJoin(jobSteps, eq(jobSteps.id, placementEvents.toStepId))
    .leftJoin(memberships, eq(memberships.id, placementEvents.actorId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(placementEvents.companyId, ctx.tenantId), eq(placements.candidateId, candidateId)))
    .orderBy(sql`${placementEvents.at} desc`)
    .limit(500);
  return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
}

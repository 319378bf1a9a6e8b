import type { TLanguage, TPlacementOrigin } from '@vouch/contracts';
import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { publish } from '../../platform/events.ts';
import { searchVectorOf, touchCandidate } from './candidates.repo.ts';
import { candidates, jobSteps, placementEvents, placements } from './hiring.tables.ts';
import { candidateKeys } from './normalize.ts';

/**
 * Hiring's public way for other modules (a referral, a submission, an application) to create a
 * candidate and put them on a job. Everything runs in the caller's transaction and publishes
 * `placement.created` with how the candidate came, so the modules that care hear it.
 */

export type NewCandidate = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  currentCompany: string | null;
  currentTitle: string | null;
  language: TLanguage;
};

export async function insertCandidateRow(tx: Db, companyId: string, createdById: string | null, c: NewCandidate) {
  const [row] = await tx
    .insert(candidates)
    .values({ companyId, createdById, ...c, ...candidateKeys(c), searchVector: searchVectorOf(c) })
    .returning({ id: candidates.id });
  return row.id;
}

/**
 * The candidate existed before this transaction began, i.e. was not created by the change at hand.
 * created_at keeps milliseconds, rounded from now(); now() is rounded the same way before comparing,
 * or a row made in this very transaction could read as older whenever the rounding went down.
 */
export async function candidateExistedBefore(tx: Db, companyId: string, candidateId: string) {
  const [row] = await tx
    .select({ before: sql<boolean>`${candidates.createdAt} < now()::timestamptz(3)` })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId)));
  return Boolean(row?.before);
}

export type Placing = {
  companyId: string;
  candidateId: string;
  jobId: string;
  origin: TPlacementOrigin;
  actorMembershipId: string | null;
  shareLinkId?: string;
  matchedFromJobId?: string;
};

/**
 * Puts the candidate at the job's first step (no-op when already on the job) and publishes
 * `placement.created`. Returns the placement's id, or null when the job has no step.
 */
export async function placeAtFirstStep(tx: Db, p: Placing) {
  const [existing] = await tx
    .select({ id: placements.id })
    .from(placements)
    .where(
      and(
        eq(placements.companyId, p.companyId),
        eq(placements.candidateId, p.candidateId),
        eq(placements.jobId, p.jobId),
      ),
    );
  if (existing) return { placementId: existing.id, created: false };
  const [step] = await tx
    .select({ id: jobSteps.id })
    .from(jobSteps)
    .where(and(eq(jobSteps.companyId, p.companyId), eq(jobSteps.jobId, p.jobId), isNull(jobSteps.removedAt)))
    .orderBy(asc(jobSteps.position))
    .limit(1);
  if (!step) return null;
  const [placement] = await tx
    .insert(placements)
    .values({ companyId: p.companyId, candidateId: p.candidateId, jobId: p.jobId, stepId: step.id, origin: p.origin })
    .onConflictDoNothing()
    .returning({ id: placements.id });
  if (!placement) return null;
  await tx.insert(placementEvents).values({
    companyId: p.companyId,
    placementId: placement.id,
    toStepId: step.id,
    actorId: p.actorMembershipId,
  });
  await touchCandidate(tx, p.companyId, p.candidateId);
  await publishPlacementCreated(tx, { ...p, placementId: placement.id });
  return { placementId: placement.id, created: true };
}

export async function publishPlacementCreated(tx: Db, p: Placing & { placementId: string }) {
  await publish(tx, {
    type: 'placement.created',
    companyId: p.companyId,
    placementId: p.placementId,
    candidateId: p.candidateId,
    jobId: p.jobId,
    origin: p.origin,
    ...(p.shareLinkId ? { shareLinkId: p.shareLinkId } : {}),
    ...(p.matchedFromJobId ? { matchedFromJobId: p.matchedFromJobId } : {}),
  });
}

/** The job the candidate was most recently put on before `jobId`: where a recruiter's match comes from. */
export async function latestOtherJob(tx: Db, companyId: string, candidateId: string, jobId: string) {
  const [row] = await tx
    .select({ jobId: placements.jobId })
    .from(placements)
    .where(
      and(eq(placements.companyId, companyId), eq(placements.candidateId, candidateId), ne(placements.jobId, jobId)),
    )
    .orderBy(desc(placements.createdAt))
    .limit(1);
  return row?.jobId ?? null;
}

/** Moves the company's placement to `stepId` (its history line is the caller's). */
export async function setPlacementStep(db: Db, companyId: string, placementId: string, stepId: string) {
  await db
    .update(placements)
    .set({ stepId, updatedAt: sql`now()` })
    .where(and(eq(placements.companyId, companyId), eq(placements.id, placementId)));
}

/** Says how the company's placement came about, where the caller knows better than the default. */
export async function setPlacementOrigin(db: Db, companyId: string, placementId: string, origin: TPlacementOrigin) {
  await db
    .update(placements)
    .set({ origin })
    .where(and(eq(placements.companyId, companyId), eq(placements.id, placementId)));
}

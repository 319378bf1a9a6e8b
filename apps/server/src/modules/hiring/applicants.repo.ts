import type { TPlacementOrigin } from '@vouch/contracts';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates, jobSteps, placementEvents, placements } from './hiring.tables.ts';

/** The queries of people applying to a job themselves (careers page, share links). */

export async function findCandidateIdByEmailKey(db: Db, companyId: string, emailKey: string) {
  const [row] = await db
    .select({ id: candidates.id })
    .from(candidates)
    .where(
      and(eq(candidates.companyId, companyId), eq(candidates.emailKey, emailKey), isNull(candidates.anonymizedAt)),
    );
  return row?.id ?? null;
}

/** A new candidate, or null when another request created one with this email first. */
export async function insertApplicantCandidate(
  db: Db,
  companyId: string,
  values: Omit<typeof candidates.$inferInsert, 'companyId' | 'searchVector'> & { searchVector: SQL },
) {
  const [row] = await db
    .insert(candidates)
    .values({ ...values, companyId })
    .onConflictDoNothing()
    .returning({ id: candidates.id });
  return row?.id ?? null;
}

export async function addCandidateTag(db: Db, companyId: string, candidateId: string, tag: string) {
  await db
    .update(candidates)
    .set({ tags: sql`array_append(${candidates.tags}, ${tag})` })
    .where(
      and(
        eq(candidates.companyId, companyId),
        eq(candidates.id, candidateId),
        sql`not (${tag} = any(${candidates.tags}))`,
      ),
    );
}

export async function firstStepOf(db: Db, companyId: string, jobId: string) {
  const [step] = await db
    .select({ id: jobSteps.id })
    .from(jobSteps)
    .where(and(eq(jobSteps.companyId, companyId), eq(jobSteps.jobId, jobId), isNull(jobSteps.removedAt)))
    .orderBy(asc(jobSteps.position))
    .limit(1);
  return step ?? null;
}

/** The placement and its first event; null when the candidate is on the job already. */
export async function insertApplicantPlacement(
  db: Db,
  companyId: string,
  values: { candidateId: string; jobId: string; stepId: string; origin: TPlacementOrigin },
) {
  const [placement] = await db
    .insert(placements)
    .values({ companyId, ...values })
    .onConflictDoNothing()
    .returning({ id: placements.id });
  if (!placement) return null;
  await db.insert(placementEvents).values({ companyId, placementId: placement.id, toStepId: values.stepId });
  await db
    .update(candidates)
    .set({ updatedAt: sql`now()` })
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, values.candidateId)));
  return placement.id;
}

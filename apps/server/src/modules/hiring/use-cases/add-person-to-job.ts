import type { TPlacementOrigin } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { unknownId } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { searchVectorOf } from '../candidates.repo.ts';
import { candidates, placements } from '../hiring.tables.ts';
import { findJobRow } from '../jobs.repo.ts';
import { candidateKeys, phoneKey } from '../normalize.ts';
import { setPlacementOrigin } from '../placements.repo.ts';
import { placeCandidate } from './placements.ts';

/** A person as another module knows them (e.g. a referral's copy), to become a candidate. */
export type PersonFields = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  currentCompany: string | null;
  currentTitle: string | null;
  skills: string[];
};

/**
 * Creates a candidate from a person another module holds, in the caller's transaction (`ctx.db`),
 * and tells the others (`candidate.created`). The caller has looked for them first (findDuplicates);
 * a phone that is no phone number is left out rather than refusing the whole person.
 */
export async function createCandidateFromPerson(ctx: Ctx, person: PersonFields): Promise<string> {
  const fields = { ...person, phone: person.phone && phoneKey(person.phone) ? person.phone : null };
  const [row] = await ctx.db
    .insert(candidates)
    .values({
      companyId: ctx.tenantId,
      createdById: ctx.actor.membershipId,
      ...fields,
      ...candidateKeys(fields),
      searchVector: searchVectorOf(fields),
    })
    .returning({ id: candidates.id });
  await publish(ctx.db, { type: 'candidate.created', companyId: ctx.tenantId, candidateId: row.id });
  return row.id;
}

/**
 * Puts a candidate on an open job (its first step unless `stepId` names another), in the caller's
 * transaction, recording where the placement came from and publishing `placement.created`. A
 * candidate already on the job keeps that placement: it is returned with `created: false`.
 */
export async function placeCandidateFrom(
  ctx: Ctx,
  candidateId: string,
  input: { jobId: string; stepId?: string },
  origin: TPlacementOrigin,
) {
  const job = await findJobRow(ctx.db, ctx.tenantId, input.jobId);
  if (!job) throw unknownId('jobId', 'job.unknown_job');
  if (job.status !== 'open') throw unknownId('jobId', 'referral.choose_open_job');
  const [existing] = await ctx.db
    .select({ id: placements.id, stepId: placements.stepId })
    .from(placements)
    .where(
      and(
        eq(placements.companyId, ctx.tenantId),
        eq(placements.candidateId, candidateId),
        eq(placements.jobId, job.id),
      ),
    );
  if (existing)
    return { placementId: existing.id, stepId: existing.stepId, departmentId: job.departmentId, created: false };
  const placed = await placeCandidate(ctx, candidateId, input);
  await setPlacementOrigin(ctx.db, ctx.tenantId, placed.id, origin);
  await publish(ctx.db, {
    type: 'placement.created',
    companyId: ctx.tenantId,
    placementId: placed.id,
    candidateId,
    jobId: job.id,
    origin,
  });
  return { placementId: placed.id, stepId: placed.stepId, departmentId: job.departmentId, created: true };
}

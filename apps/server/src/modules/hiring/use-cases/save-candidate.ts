import type { TCandidate, TDuplicateMatch, ZCandidateInput } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { findCandidateRow, loadCandidate, replaceWorkHistory, searchVectorOf } from '../candidates.repo.ts';
import { candidates } from '../hiring.tables.ts';
import { candidateKeys, phoneKey } from '../normalize.ts';
import { findDuplicates } from './find-duplicates.ts';
import { placeCandidate } from './placements.ts';

type CandidateInput = z.output<typeof ZCandidateInput>;

/** The row values for a candidate: raw fields, the normalised keys, the search text. */
function columnsOf(input: CandidateInput) {
  if (input.phone && !phoneKey(input.phone)) throw fieldError('phone', 'candidate.phone_invalid');
  const { workHistory: _w, ...fields } = input;
  return { ...fields, ...candidateKeys(input), searchVector: searchVectorOf(input), updatedAt: sql`now()` };
}

const emailTaken = () => fieldError('email', 'candidate.email_taken');

async function assertEmailFree(db: Db, companyId: string, input: CandidateInput, excludeId?: string) {
  const dupes = await findDuplicates(db, companyId, { email: input.email }, excludeId);
  if (dupes.some((d) => d.reason === 'email')) throw emailTaken();
}

export async function createCandidate(
  ctx: Ctx,
  input: CandidateInput & { placement?: { jobId: string; stepId?: string } },
): Promise<{ candidate: TCandidate; duplicates: TDuplicateMatch[] }> {
  const { placement, ...fields } = input;
  const id = await ctx.db
    .transaction(async (tx) => {
      await assertEmailFree(tx, ctx.tenantId, fields);
      const [row] = await tx
        .insert(candidates)
        .values({ companyId: ctx.tenantId, createdById: ctx.actor.membershipId, ...columnsOf(fields) })
        .returning({ id: candidates.id });
      await replaceWorkHistory(tx, ctx.tenantId, { candidateId: row.id }, fields.workHistory);
      await publish(tx, { type: 'candidate.created', companyId: ctx.tenantId, candidateId: row.id });
      if (placement) await placeCandidate({ ...ctx, db: tx }, row.id, placement, 'placement.');
      return row.id;
    })
    .catch(rethrowEmailTaken);
  const duplicates = await findDuplicates(ctx.db, ctx.tenantId, fields, id);
  return { candidate: (await loadCandidate(ctx.db, ctx.tenantId, id))!, duplicates };
}

export async function updateCandidate(ctx: Ctx, candidateId: string, input: CandidateInput): Promise<TCandidate> {
  await ctx.db
    .transaction(async (tx) => {
      const before = await findCandidateRow(tx, ctx.tenantId, candidateId);
      if (!before) throw notFound();
      await assertEmailFree(tx, ctx.tenantId, input, candidateId);
      await tx
        .update(candidates)
        .set(columnsOf(input))
        .where(and(eq(candidates.companyId, ctx.tenantId), eq(candidates.id, candidateId)));
      await replaceWorkHistory(tx, ctx.tenantId, { candidateId }, input.workHistory);
      // A new address (not one taken away, nor the same in other letters) may reach them where the old did not.
      const email = !!input.email && input.email.toLowerCase() !== before.email?.toLowerCase();
      const phone = !!input.phone && phoneKey(input.phone) !== before.phoneKey;
      if (email || phone)
        await publish(tx, { type: 'candidate.contact_changed', companyId: ctx.tenantId, candidateId, email, phone });
    })
    .catch(rethrowEmailTaken);
  return (await loadCandidate(ctx.db, ctx.tenantId, candidateId))!;
}

/** Two saves racing past the check still meet the unique index; answer as the check would. */
function rethrowEmailTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw emailTaken();
  throw error;
}

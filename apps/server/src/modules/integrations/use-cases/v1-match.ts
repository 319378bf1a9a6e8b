import { DEFAULT_PROCESS, type TLanguage } from '@vouch/contracts';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError } from '../../../platform/errors.ts';
import { candidates, jobSteps, jobs } from '../../hiring/hiring.tables.ts';
import { candidateKeys, emailKey, phoneKey, searchVectorOf } from '../../hiring/index.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';

/**
 * Finding the candidate and job an ATS means, by the foundation's duplicate rules: the ATS's own id
 * first, then the email (unique per company); otherwise they are created.
 */

export type V1CandidateInput = {
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  language: TLanguage;
  external_id: string | null;
};

async function findCandidate(db: Db, companyId: string, input: V1CandidateInput) {
  const live = and(eq(candidates.companyId, companyId), isNull(candidates.anonymizedAt));
  if (input.external_id) {
    const [byExternal] = await db
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(live, eq(candidates.externalId, input.external_id)))
      .orderBy(asc(candidates.createdAt))
      .limit(1);
    if (byExternal) return byExternal.id;
  }
  const key = emailKey(input.email);
  if (!key) return null;
  const [byEmail] = await db
    .select({ id: candidates.id, externalId: candidates.externalId })
    .from(candidates)
    .where(and(live, eq(candidates.emailKey, key)));
  if (!byEmail) return null;
  // The ATS's id is remembered, so the next call finds the candidate even with another email.
  if (input.external_id && !byEmail.externalId)
    await db
      .update(candidates)
      .set({ externalId: input.external_id, updatedAt: sql`now()` })
      .where(eq(candidates.id, byEmail.id));
  return byEmail.id;
}

/** The candidate's id: found by `external_id`, then by email, else created (created by the key's admin). */
export async function findOrCreateCandidate(
  db: Db,
  companyId: string,
  createdById: string | null,
  input: V1CandidateInput,
): Promise<{ id: string; created: boolean }> {
  const found = await findCandidate(db, companyId, input);
  if (found) return { id: found, created: false };
  if (input.phone && !phoneKey(input.phone))
    throw fieldError('candidate.phone', 'Not a valid phone number; include the country code, e.g. +46 70 123 45 67');
  const fields = {
    firstName: input.first_name,
    lastName: input.last_name,
    email: input.email,
    phone: input.phone,
    language: input.language,
  };
  try {
    // A savepoint: a race on the email's unique index must not spoil the caller's transaction.
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(candidates)
        .values({
          companyId,
          ...fields,
          externalId: input.external_id,
          createdById,
          ...candidateKeys(fields),
          searchVector: searchVectorOf(fields),
        })
        .returning({ id: candidates.id });
      return row.id;
    });
    return { id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await findCandidate(db, companyId, input);
    if (!again) throw error;
    return { id: again, created: false };
  }
}

/**
 * The job's id: by `external_id`, or without one by an open job of the same title; otherwise a new
 * open job with the default process.
 */
export async function findOrCreateJob(db: Db, companyId: string, input: { title: string; external_id: string | null }) {
  const live = and(eq(jobs.companyId, companyId), isNull(jobs.archivedAt));
  const [found] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        live,
        input.external_id
          ? eq(jobs.externalId, input.external_id)
          : and(eq(jobs.status, 'open'), sql`lower(${jobs.title}) = lower(${input.title})`),
      ),
    )
    .orderBy(asc(jobs.createdAt))
    .limit(1);
  if (found) return found.id;
  const [job] = await db
    .insert(jobs)
    .values({ companyId, title: input.title, externalId: input.external_id, status: 'open' })
    .returning({ id: jobs.id });
  await db
    .insert(jobSteps)
    .values(DEFAULT_PROCESS.map((s, position) => ({ companyId, jobId: job.id, name: s.name, kind: s.kind, position })));
  return job.id;
}

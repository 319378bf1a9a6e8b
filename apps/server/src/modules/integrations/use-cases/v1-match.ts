import type { TLanguage } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { candidateKeys, emailKey, phoneKey, searchTextOf } from '../../hiring/index.ts';
import { candidateWithExternalId, rememberCandidateExternalId, unlessTaken } from '../external-id-match.ts';
import { findJobForApi, findLiveCandidateByEmailKey, insertJobWithDefaultProcess } from '../v1-match.repo.ts';
import { insertCandidateUnlessTaken } from '../v1-people.repo.ts';

/**
 * Finding the candidate and job an ATS means, by the foundation's duplicate rules: the ATS's own id
 * first, then the email (unique per company); otherwise they are created. An external id names one
 * live candidate and one unarchived job per company (unique indexes), so two requests racing to create the
 * same one meet the index and the loser finds the winner's row.
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
  const byExternal = await candidateWithExternalId(db, companyId, input.external_id);
  if (byExternal) return byExternal;
  const key = emailKey(input.email);
  if (!key) return null;
  const byEmail = await findLiveCandidateByEmailKey(db, companyId, key);
  if (!byEmail) return null;
  // The ATS's id is remembered, so the next call finds the candidate even with another email.
  if (input.external_id && !byEmail.externalId)
    await rememberCandidateExternalId(db, companyId, byEmail.id, input.external_id);
  return byEmail.id;
}

/**
 * The candidate's id: found by `external_id`, then by email, else created (created by the key's admin).
 * A candidate created here comes with its contact details (`created`), as a check's start would read them.
 *
 * The insert comes first: an ATS mostly asks about people new to Vouch, and the unique indexes on
 * the email and the external id (those the search below goes by) turn it into a no-op for anyone
 * known, without spoiling the caller's transaction. A new candidate then costs one statement instead
 * of three, a known one one more than a search alone, and a race to create the same person is
 * settled the same way: the request that lost it finds the winner's candidate.
 */
export async function findOrCreateCandidate(
  db: Db,
  companyId: string,
  createdById: string | null,
  input: V1CandidateInput,
): Promise<{ id: string; created?: { id: string; email: string | null; phone: string | null } }> {
  if (input.phone && !phoneKey(input.phone)) {
    // The phone is only used for someone new: a known candidate is still found.
    const known = await findCandidate(db, companyId, input);
    if (known) return { id: known };
    throw fieldError('candidate.phone', 'candidate.phone_invalid');
  }
  const fields = {
    firstName: input.first_name,
    lastName: input.last_name,
    email: input.email,
    phone: input.phone,
    language: input.language,
  };
  const row = await insertCandidateUnlessTaken(db, companyId, {
    ...fields,
    externalId: input.external_id,
    createdById,
    ...candidateKeys(fields),
    searchText: searchTextOf(fields),
  });
  if (row) return { id: row.id, created: row };
  const found = await findCandidate(db, companyId, input);
  if (!found) throw new AppError('candidate.changed_concurrently');
  return { id: found };
}

/**
 * The job's id: by `external_id`, or without one by an open job of the same title; otherwise a new
 * open job with the default process.
 */
export async function findOrCreateJob(db: Db, companyId: string, input: { title: string; external_id: string | null }) {
  const find = async () => {
    return (await findJobForApi(db, companyId, input))?.id ?? null;
  };
  const found = await find();
  if (found) return found;
  return unlessTaken(
    db,
    async (tx) => {
      return insertJobWithDefaultProcess(tx, companyId, { title: input.title, externalId: input.external_id });
    },
    async () => {
      const again = await find();
      if (!again) throw new AppError('job.changed_concurrently');
      return again;
    },
  );
}

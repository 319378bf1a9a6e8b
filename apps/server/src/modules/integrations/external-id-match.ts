import type { Db } from '../../platform/db/db.ts';
import { isUniqueViolation } from '../tenancy/index.ts';
import { findLiveCandidateByExternalId, setCandidateExternalIdIfUnset } from './v1-match.repo.ts';

/** A candidate by an ATS's own id, and remembering that id, where two requests may race for it. */

/** Runs `work` in a savepoint; a unique violation rolls back only the savepoint and answers `onTaken`. */
export async function unlessTaken<T>(db: Db, work: (tx: Db) => Promise<T>, onTaken: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return onTaken();
  }
}

/** The live candidate who holds this ATS id, if any. */
export async function candidateWithExternalId(db: Db, companyId: string, externalId: string | null) {
  if (!externalId) return null;
  return (await findLiveCandidateByExternalId(db, companyId, externalId))?.id ?? null;
}

/**
 * Gives a candidate who has no ATS id this one, unless another candidate holds it by now (the
 * candidate was found another way, so nothing is lost by leaving it unset).
 */
export async function rememberCandidateExternalId(db: Db, companyId: string, candidateId: string, externalId: string) {
  await unlessTaken(
    db,
    (tx) => setCandidateExternalIdIfUnset(tx, companyId, candidateId, externalId),
    async () => undefined,
  );
}

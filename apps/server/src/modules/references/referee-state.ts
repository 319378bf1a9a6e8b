import type { Db } from '../../platform/db/db.ts';
import { notFound } from '../../platform/errors.ts';
import { lockRefereeRow } from './referees.repo.ts';
import type { referees, referenceChecks } from './references.tables.ts';

/** What the referee changes share: who made one, a check's referee locked for it, and whether they started answering. */

export type CheckRow = typeof referenceChecks.$inferSelect;

export type AddedBy = 'candidate' | 'recruiter' | 'api';

/**
 * Who the referee is told named them: someone a recruiter (or their ATS) named must not read that
 * the candidate did, in the invitation or on the page it opens.
 */
export const namedByOf = (addedBy: AddedBy): 'candidate' | 'recruiter' =>
  addedBy === 'candidate' ? 'candidate' : 'recruiter';

/** The referee of this check, locked; 404 when it is not one of the check's (or was removed). */
export async function lockReferee(db: Db, check: { id: string; companyId: string }, refereeId: string) {
  const referee = await lockRefereeRow(db, check.companyId, check.id, refereeId);
  if (!referee) throw notFound();
  return referee;
}

export const hasStarted = (referee: typeof referees.$inferSelect) =>
  referee.startedAt !== null || ['answered', 'declined'].includes(referee.status);

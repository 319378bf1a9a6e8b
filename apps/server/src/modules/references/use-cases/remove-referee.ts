import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { revokeLinkTokens } from '../../tenancy/index.ts';
import { type CheckRow, hasStarted, lockReferee } from '../referee-state.ts';
import { updateReferee } from '../referees.repo.ts';

/** Takes a referee off the check (the row stays, `removed`): no more reminders, their links stop working. */
export async function removeReferee(db: Db, check: CheckRow, refereeId: string, { onlyUnstarted = false } = {}) {
  const referee = await lockReferee(db, check, refereeId);
  if (onlyUnstarted && hasStarted(referee)) throw new AppError('referee.started_cannot_withdraw');
  await updateReferee(db, check.companyId, referee.id, {
    status: 'removed',
    nextReminderAt: null,
    updatedAt: sql`now()`,
  });
  await revokeLinkTokens(db, 'reference_referee', { companyId: check.companyId, subjectId: referee.id });
}

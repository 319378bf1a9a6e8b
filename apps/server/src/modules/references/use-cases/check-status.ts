import type { TCheckStatus } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import type { StatusChange } from '../check-statuses.ts';
import { lockCheckRow, updateCheck } from '../checks.repo.ts';
import { clearRemindersOfCheck, countRefereesOfCheck } from '../referees.repo.ts';

/**
 * Works out the check's status from its referees and stores it. Call it, inside the same
 * transaction, after anything that changes a referee. Completed means every wanted referee
 * answered; then the other referees' reminders stop. Returns the change, or null when none.
 */
export async function refreshCheckStatus(db: Db, companyId: string, checkId: string): Promise<StatusChange | null> {
  const check = await lockCheckRow(db, companyId, checkId);
  if (!check || check.status === 'cancelled' || check.status === 'expired') return null;
  const counts = await countRefereesOfCheck(db, companyId, checkId);
  const from = check.status;
  let to: TCheckStatus;
  if (check.closedEarly || counts.answered >= check.refereesWanted) to = 'completed';
  else if (counts.named > 0) to = 'in_progress';
  else to = 'awaiting_referees';
  if (from === 'completed' && to !== 'completed') to = 'in_progress'; // a referee added after completion reopens it
  if (to === from) return null;
  await updateCheck(db, companyId, checkId, {
    status: to,
    updatedAt: sql`now()`,
    completedAt: to === 'completed' ? sql`now()` : null,
  });
  if (to === 'completed') await stopReminders(db, companyId, checkId);
  return { companyId: check.companyId, checkId, from, to };
}

/** No more reminders for the referees of a check that is complete, closed or cancelled. */
export async function stopReminders(db: Db, companyId: string, checkId: string) {
  await clearRemindersOfCheck(db, companyId, checkId);
}

import type { TCheckStatus } from '@vouch/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { lockCheckRow, updateCheck } from '../checks.repo.ts';
import { clearRemindersOfCheck, countRefereesOfCheck } from '../referees.repo.ts';
import { referees } from '../references.tables.ts';

/** A check in one of these states no longer changes by itself (a recruiter may still add referees to a completed one). */
export const FINAL_STATUSES: TCheckStatus[] = ['completed', 'cancelled', 'expired'];

export type StatusChange = { companyId: string; checkId: string; from: TCheckStatus; to: TCheckStatus };

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

/** Referees still able to answer. */
export const OPEN_REFEREE_STATUSES = ['invited', 'opened'] as const;
export const openReferees = (checkId: string) =>
  and(eq(referees.checkId, checkId), inArray(referees.status, [...OPEN_REFEREE_STATUSES]));

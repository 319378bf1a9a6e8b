import type { TCheckStatus } from '@vouch/contracts';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { referees, referenceChecks } from '../references.tables.ts';

/** A check in one of these states no longer changes by itself (a recruiter may still add referees to a completed one). */
export const FINAL_STATUSES: TCheckStatus[] = ['completed', 'cancelled', 'expired'];

export type StatusChange = { companyId: string; checkId: string; from: TCheckStatus; to: TCheckStatus };

/**
 * Works out the check's status from its referees and stores it. Call it, inside the same
 * transaction, after anything that changes a referee. Completed means every wanted referee
 * answered; then the other referees' reminders stop. Returns the change, or null when none.
 */
export async function refreshCheckStatus(db: Db, checkId: string): Promise<StatusChange | null> {
  const [check] = await db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId)).for('update');
  if (!check || check.status === 'cancelled' || check.status === 'expired') return null;
  const [counts] = await db
    .select({
      named: sql<number>`count(*) filter (where ${referees.status} <> 'removed')::int`,
      answered: sql<number>`count(*) filter (where ${referees.status} = 'answered')::int`,
    })
    .from(referees)
    .where(eq(referees.checkId, checkId));
  const from = check.status;
  let to: TCheckStatus;
  if (check.closedEarly || counts.answered >= check.refereesWanted) to = 'completed';
  else if (counts.named > 0) to = 'in_progress';
  else to = 'awaiting_referees';
  if (from === 'completed' && to !== 'completed') to = 'in_progress'; // a referee added after completion reopens it
  if (to === from) return null;
  await db
    .update(referenceChecks)
    .set({ status: to, updatedAt: sql`now()`, completedAt: to === 'completed' ? sql`now()` : null })
    .where(eq(referenceChecks.id, checkId));
  if (to === 'completed') await stopReminders(db, checkId);
  return { companyId: check.companyId, checkId, from, to };
}

/** No more reminders for the referees of a check that is complete, closed or cancelled. */
export async function stopReminders(db: Db, checkId: string) {
  await db
    .update(referees)
    .set({ nextReminderAt: null })
    .where(and(eq(referees.checkId, checkId), ne(referees.status, 'answered')));
}

/** Referees still able to answer. */
export const OPEN_REFEREE_STATUSES = ['invited', 'opened'] as const;
export const openReferees = (checkId: string) =>
  and(eq(referees.checkId, checkId), inArray(referees.status, [...OPEN_REFEREE_STATUSES]));

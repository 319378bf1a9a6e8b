import { eq } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/db.ts';
import { workItems } from '../../src/platform/work/work.tables.ts';

type WorkState = Partial<Pick<typeof workItems.$inferInsert, 'status' | 'attempts' | 'runAfter' | 'lockedUntil'>>;

/**
 * Puts the work queue's item for a subject (a message, a delivery) in the state a test needs: a
 * crashed worker's claim, or due now. The claim lives in the queue, the subject's row only shows it.
 */
export async function setWorkItem(db: Db, subjectId: string, state: WorkState) {
  const updated = await db
    .update(workItems)
    .set(state)
    .where(eq(workItems.subjectId, subjectId))
    .returning({ id: workItems.id });
  if (updated.length !== 1) throw new Error(`no work item for ${subjectId}`);
}

/** A claim a worker holds (or held, before it crashed), as the claim writes it. */
export const claimedWork = (attempts: number, lockedUntil: Date): WorkState => ({
  status: 'running',
  attempts,
  lockedUntil,
});

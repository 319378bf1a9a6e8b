import { hostname } from 'node:os';
import { and, asc, eq, inArray, lt, lte, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db } from '../db/db.ts';
import { preparedInsert } from '../db/prepared.ts';
import { workItems } from './work.tables.ts';

export type WorkItemRow = typeof workItems.$inferSelect;

/** Who holds a claim, for an operator reading the table. */
export const WORKER_NAME = `${hostname()}:${process.pid}`;

export type QueueWorkInput = {
  kind: string;
  subjectId: string;
  companyId: string | null;
  maxAttempts: number;
  /** Attempts already made (a resend carries on where the schedule was); none by default. */
  attempts?: number;
  runAfter?: Date;
};

/**
 * The row of a queued item. Due at once means by the clock the claim compares with: the database's
 * now() would be stored rounded to the millisecond, up as often as down, and so could still lie in
 * the future of a claim made within the same millisecond.
 */
function workItemRow(input: QueueWorkInput) {
  return {
    kind: input.kind,
    subjectId: input.subjectId,
    companyId: input.companyId,
    maxAttempts: input.maxAttempts,
    attempts: input.attempts ?? 0,
    runAfter: input.runAfter ?? new Date(),
  };
}

const queueWorkRow = preparedInsert('queue_work', (db, row: ReturnType<typeof workItemRow>, name) =>
  db
    .insert(workItems)
    .values(row)
    .onConflictDoUpdate({
      target: [workItems.kind, workItems.subjectId],
      set: {
        attempts: row.attempts,
        maxAttempts: row.maxAttempts,
        runAfter: row.runAfter,
        lastError: null,
        updatedAt: sql`now()`,
      },
      setWhere: eq(workItems.status, 'pending'),
    })
    .prepare(name),
);

/**
 * Puts work in line, in the caller's transaction, so it exists if and only if the change that causes
 * it commits. Queuing a subject that already waits moves it (due now, with the given attempts); one
 * that a worker is running right now is left to that worker.
 */
export async function queueWork(db: Db, input: QueueWorkInput) {
  await queueWorkRow(db, workItemRow(input));
}

/**
 * The insert that queues a new subject's work, for the statement that writes the subject (in a `WITH`
 * beside it): one round trip for both. The subject is new, so nothing waits for it already. `subject`
 * holds the statement's placeholders (or values); the item is due at once by the clock (see
 * `workItemRow`): bind `dueNow()` with the statement's values.
 */
export function newSubjectsWork(
  db: Db,
  subject: Pick<typeof workItems.$inferInsert, 'kind' | 'subjectId' | 'companyId' | 'maxAttempts'>,
): SQL {
  return db
    .insert(workItems)
    .values({ ...subject, attempts: 0, runAfter: sql.placeholder('workDueAt') })
    .getSQL();
}

/** The value `newSubjectsWork`'s statement takes for when the work is due: now. */
export const dueNow = () => ({ workDueAt: new Date() });

/** Queues many subjects of one kind at once (an event to every endpoint that listens). */
export async function queueWorkMany(db: Db, inputs: QueueWorkInput[]) {
  if (!inputs.length) return;
  await db.insert(workItems).values(inputs.map(workItemRow)).onConflictDoNothing();
}

/** Takes a subject's waiting work out of line (its subject was cancelled); a running attempt finishes. */
export async function dropQueuedWork(db: Db, kind: string, subjectIds: string[] | SQLWrapper) {
  await db
    .delete(workItems)
    .where(and(eq(workItems.kind, kind), eq(workItems.status, 'pending'), inArray(workItems.subjectId, subjectIds)));
}

export type ClaimableKind = {
  kind: string;
  /** An extra condition on `work_items` a due item of this kind must meet (a webhook's endpoint is on). */
  claimableWhen?: SQL;
};

/**
 * Claims up to `limit` due items of the given kinds in one short transaction. SKIP LOCKED lets any
 * number of workers claim side by side without waiting on or taking each other's rows. A `running`
 * item whose lock ran out belongs to a worker that crashed: it is due again, unless it has no
 * attempts left; those are taken out of line and handed to `onAbandoned` in the same transaction,
 * so their subject is marked given up exactly when the item goes.
 */
export async function claimDueWork(
  db: Db,
  options: {
    kinds: ClaimableKind[];
    now: Date;
    limit: number;
    claimMs: number;
    onAbandoned: (tx: Db, items: WorkItemRow[]) => Promise<void>;
  },
): Promise<WorkItemRow[]> {
  const { kinds, now, limit, claimMs } = options;
  if (!kinds.length) return [];
  const ofKinds = inArray(
    workItems.kind,
    kinds.map((k) => k.kind),
  );
  const lockExpired = and(eq(workItems.status, 'running'), lt(workItems.lockedUntil, now));
  return db.transaction(async (tx) => {
    const abandoned = await tx
      .delete(workItems)
      .where(
        inArray(
          workItems.id,
          tx
            .select({ id: workItems.id })
            .from(workItems)
            .where(and(ofKinds, lockExpired, sql`${workItems.attempts} >= ${workItems.maxAttempts}`))
            // Skipped, not waited for: another worker tidying the same rows must not block this one.
            .for('update', { skipLocked: true }),
        ),
      )
      .returning();
    if (abandoned.length) await options.onAbandoned(tx, abandoned);

    const due = await tx
      .select({ id: workItems.id })
      .from(workItems)
      .where(
        and(
          or(and(eq(workItems.status, 'pending'), lte(workItems.runAfter, now)), lockExpired),
          or(...kinds.map((k) => and(eq(workItems.kind, k.kind), k.claimableWhen))),
        ),
      )
      .orderBy(asc(workItems.runAfter))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(workItems)
      .set({
        status: 'running',
        lockedUntil: new Date(now.getTime() + claimMs),
        claimedBy: WORKER_NAME,
        attempts: sql`${workItems.attempts} + 1`,
        updatedAt: now,
      })
      .where(
        inArray(
          workItems.id,
          due.map((r) => r.id),
        ),
      )
      .returning();
  });
}

/** Only the claim that made this attempt may record it (same attempt number, still running). */
const sameClaim = (claimed: Pick<WorkItemRow, 'id' | 'attempts'>) =>
  and(eq(workItems.id, claimed.id), eq(workItems.status, 'running'), eq(workItems.attempts, claimed.attempts));

/** Back in line after a failed attempt, until `runAfter`. */
export async function rescheduleWork(
  db: Db,
  claimed: Pick<WorkItemRow, 'id' | 'attempts'>,
  runAfter: Date,
  error: string,
) {
  await db
    .update(workItems)
    .set({ status: 'pending', runAfter, lockedUntil: null, claimedBy: null, lastError: error, updatedAt: new Date() })
    .where(sameClaim(claimed));
}

/** Done, or given up: the subject's own row says which. */
export async function finishWork(db: Db, claimed: Pick<WorkItemRow, 'id' | 'attempts'>) {
  await db.delete(workItems).where(sameClaim(claimed));
}

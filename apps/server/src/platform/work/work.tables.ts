import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../db/columns.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * The one durable queue of background work: an email or text to send, a webhook to deliver, a
 * partner to call back. A row says only what is still to do and when; the thing it is about (the
 * `subject`: a message, a delivery) keeps its own state for the screens and the API, in its module's
 * table. A row is written in the transaction of the change that causes it and deleted once its
 * handler has finished with it (done or given up), so the table holds outstanding work only.
 *
 * `company_id` is the subject's company (none for a message to someone outside any company); it has no
 * foreign key because the platform knows no module's tables: a handler that finds its subject gone
 * just finishes the item.
 */
export const workItems = pgTable(
  'work_items',
  {
    id: idColumn(),
    companyId: uuid('company_id'),
    /** Which handler runs it: `message`, `webhook_delivery`, `partner_callback`. */
    kind: text('kind').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** `pending` (waits for `run_after`) or `running` (claimed until `locked_until`). */
    status: text('status').notNull().default('pending'),
    /** Attempts made, counting the one running now. */
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    runAfter: at('run_after').notNull().defaultNow(),
    lockedUntil: at('locked_until'),
    /** Which process holds the claim (host and pid), for an operator looking at a stuck row. */
    claimedBy: text('claimed_by'),
    lastError: text('last_error'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    // The claim reads due pending rows by time, and expired running rows by their lock.
    index('work_items_due_idx').on(t.runAfter).where(sql`${t.status} = 'pending'`),
    index('work_items_locked_idx').on(t.lockedUntil).where(sql`${t.status} = 'running'`),
    // One outstanding item per subject and kind: queuing again moves the existing one.
    uniqueIndex('work_items_subject_uq').on(t.kind, t.subjectId),
    check('work_items_status_ck', sql`${t.status} in ('pending', 'running')`),
    check('work_items_attempts_ck', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
  ],
);

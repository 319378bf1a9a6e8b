import { randomUUID } from 'node:crypto';
import type { TMessage } from '@vouch/contracts';
import { and, desc, eq, getTableColumns, ilike, inArray, isNotNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { rowsOf } from '../../platform/db/ids.ts';
import { preparedInsert } from '../../platform/db/prepared.ts';
import { decodeCursor, pageOf } from '../../platform/http/cursor.ts';
import { dueNow, newSubjectsWork, queueWork } from '../../platform/work/work.repo.ts';
import { MESSAGE_MAX_ATTEMPTS, messages } from './messaging.tables.ts';

export type MessageRow = typeof messages.$inferSelect;
export type NewMessage = typeof messages.$inferInsert;
/** What the admin pages read: never the sealed content, which only the worker opens. */
export type AdminMessageRow = Omit<MessageRow, 'sealedContent'>;
const { sealedContent: _sealed, ...adminColumns } = getTableColumns(messages);
export type MessageFilter = {
  status?: TMessage['status'];
  channel?: TMessage['channel'];
  q?: string;
  cursor?: string;
  limit: number;
};

/** The work queue's kind for a message to deliver. */
export const MESSAGE_WORK = 'message';

/**
 * The message and its delivery's work item in one statement (the item's insert in a `WITH` beside the
 * message's), in the caller's transaction: a message is new, so nothing of it waits in the queue yet.
 */
const insertMessageRow = preparedInsert('insert_message', (db, row: NewMessage, name) => {
  const delivery = db.$with('queued_delivery', {}).as(
    newSubjectsWork(db, {
      kind: MESSAGE_WORK,
      subjectId: row.id as string,
      companyId: row.companyId,
      maxAttempts: row.maxAttempts as number,
    }),
  );
  return db.with(delivery).insert(messages).values(row).prepare(name);
});

/** Writes the message and puts its delivery in the work queue, both in the caller's transaction. */
export async function insertMessage(db: Db, values: NewMessage): Promise<{ id: string }> {
  const id = values.id ?? randomUUID();
  await insertMessageRow(db, { ...values, id, maxAttempts: values.maxAttempts ?? MESSAGE_MAX_ATTEMPTS }, dueNow());
  return { id };
}

/**
 * A claimed attempt begins: the row shows `sending`, with the work item's attempt count and lock, so
 * the Messages page tells what is happening. Null when the message is gone or no longer waits to be
 * sent (sent, bounced, or given up meanwhile): the work item then has nothing left to do.
 */
export async function startSending(
  db: Db,
  id: string,
  claim: { attempts: number; lockedUntil: Date },
): Promise<MessageRow | null> {
  const [row] = await db
    .update(messages)
    .set({ status: 'sending', attempts: claim.attempts, lockedUntil: claim.lockedUntil })
    .where(and(eq(messages.id, id), inArray(messages.status, ['pending', 'failed', 'sending'])))
    .returning();
  return row ?? null;
}

/** A crashed worker's claims ran out with no attempts left: those messages are given up. */
export async function markInterrupted(db: Db, ids: string[]) {
  await db
    .update(messages)
    .set({ status: 'dead', lockedUntil: null, lastError: 'Delivery was interrupted and no attempts are left' })
    .where(and(inArray(messages.id, ids), eq(messages.status, 'sending')));
}

/** Recorded even if the claim ran out meanwhile: the message did go out, whatever happened since. */
export async function markSent(
  db: Db,
  id: string,
  outcome: { transport: string; providerId: string | null; now: Date },
) {
  await db
    .update(messages)
    .set({
      status: 'sent',
      sentAt: outcome.now,
      transport: outcome.transport,
      providerId: outcome.providerId,
      lockedUntil: null,
      lastError: null,
      // Delivered: the outbox no longer needs the recipient's links.
      sealedContent: null,
    })
    .where(and(eq(messages.id, id), ne(messages.status, 'sent')));
}

/**
 * Only the claim that made this attempt may record its failure (same attempt number, still sending),
 * so a slow worker cannot overwrite what a newer claim or a manual retry has done.
 */
export async function markFailed(
  db: Db,
  claimed: Pick<MessageRow, 'id' | 'attempts'>,
  outcome: { transport: string; error: string; nextAttemptAt: Date | null },
) {
  await db
    .update(messages)
    .set({
      status: outcome.nextAttemptAt ? 'failed' : 'dead',
      transport: outcome.transport,
      lastError: outcome.error,
      lockedUntil: null,
      ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
    })
    .where(and(eq(messages.id, claimed.id), eq(messages.status, 'sending'), eq(messages.attempts, claimed.attempts)));
}

/**
 * The recipient's server refused the address for good: no more tries (and no retry), so its sealed
 * links go too. Whatever the message was about may react (a referee's invitation that bounced tells
 * the candidate); the same claim rule as `markFailed`.
 */
export async function markBounced(
  db: Db,
  claimed: Pick<MessageRow, 'id' | 'attempts'>,
  outcome: { transport: string; error: string },
) {
  await db
    .update(messages)
    .set({
      status: 'bounced',
      transport: outcome.transport,
      lastError: outcome.error,
      lockedUntil: null,
      sealedContent: null,
    })
    .where(and(eq(messages.id, claimed.id), eq(messages.status, 'sending'), eq(messages.attempts, claimed.attempts)));
}

// Microseconds matter: a cursor cut to JavaScript's milliseconds would skip rows created in the same ms.
const cursorTime = sql<string>`to_char(${messages.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export async function listMessages(db: Db, companyId: string, filter: MessageFilter) {
  const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
  const where: (SQL | undefined)[] = [eq(messages.companyId, companyId)];
  if (filter.status) where.push(eq(messages.status, filter.status));
  if (filter.channel) where.push(eq(messages.channel, filter.channel));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(messages.recipient, pattern), ilike(messages.subject, pattern)));
  }
  if (after) {
    where.push(
      sql`(${messages.createdAt}, ${messages.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`,
    );
  }
  const rows = await db
    .select({ row: adminColumns, cursorTime })
    .from(messages)
    .where(and(...where))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(filter.limit + 1);
  const page = pageOf(rows, filter.limit, (r) => [r.cursorTime, r.row.id]);
  return { items: page.items.map((r) => r.row), nextCursor: page.nextCursor };
}

export async function getMessage(db: Db, companyId: string, id: string): Promise<AdminMessageRow | null> {
  const [row] = await db
    .select(adminColumns)
    .from(messages)
    .where(and(eq(messages.companyId, companyId), eq(messages.id, id)));
  return row ?? null;
}

/**
 * Puts a failed or dead message back in line. Attempts restart at zero because an admin retries
 * after fixing the cause (a provider set-up, an address): the message deserves a full set of tries,
 * and a dead one would otherwise die again on its first failure. A message whose sealed links are
 * gone (see `dropExpiredSealedContent`) has nothing left to send. Answers null if it was not retryable.
 */
export async function requeueMessage(
  db: Db,
  companyId: string,
  id: string,
  now: Date,
): Promise<AdminMessageRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(messages)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, lockedUntil: null })
      .where(
        and(
          eq(messages.companyId, companyId),
          eq(messages.id, id),
          inArray(messages.status, ['failed', 'dead']),
          or(eq(messages.visibility, 'full'), isNotNull(messages.sealedContent)),
        ),
      )
      .returning(adminColumns);
    if (!row) return null;
    await queueWork(tx, {
      kind: MESSAGE_WORK,
      subjectId: row.id,
      companyId: row.companyId,
      maxAttempts: row.maxAttempts,
      runAfter: now,
    });
    return row;
  });
}

/**
 * How long a dead message keeps its sealed links for an admin to retry it once the cause is fixed.
 * By then most have expired anyway (a reset lasts an hour, an invitation 14 days).
 */
export const SEALED_RETENTION_MS = 14 * 86_400_000;

/**
 * The outbox keeps a recipient's links only while it may still send them: delivered or bounced ones
 * drop them at once (see markSent, markBounced); dead ones here, once their retention is over. Also
 * catches any delivered row that kept them (a worker that died between sending and recording).
 */
export async function dropExpiredSealedContent(db: Db, now: Date): Promise<number> {
  const dropped = await db
    .update(messages)
    .set({ sealedContent: null })
    .where(
      and(
        isNotNull(messages.sealedContent),
        or(
          inArray(messages.status, ['sent', 'bounced']),
          and(eq(messages.status, 'dead'), lt(messages.createdAt, new Date(now.getTime() - SEALED_RETENTION_MS))),
        ),
      ),
    )
    .returning({ id: messages.id });
  return dropped.length;
}

export type QueueHealth = { ok: boolean; pending: number; dead: number; oldestPendingSeconds: number | null };

/** A due message waiting this long means no worker is running. */
const STALE_SECONDS = 15 * 60;

/**
 * Across all companies, for /api/health. `pending` counts what still waits for delivery (pending or
 * failed and retrying). The age is measured from when the oldest waiting message became due, not
 * from when it was created, so a message correctly backing off does not look like a stuck queue.
 */
export async function queueHealth(db: Db): Promise<QueueHealth> {
  const result = await db.execute(sql`
    select
      count(*) filter (where status in ('pending', 'failed'))::int as pending,
      count(*) filter (where status = 'dead')::int as dead,
      floor(extract(epoch from now() - min(next_attempt_at) filter (
        where status in ('pending', 'failed') and next_attempt_at <= now()
      )))::int as oldest
    from messages
    where status in ('pending', 'failed', 'dead')`);
  const [row] = rowsOf<{ pending: number; dead: number; oldest: number | null }>(result);
  const oldest = row.oldest === null ? null : Math.max(0, Number(row.oldest));
  return {
    ok: oldest === null || oldest <= STALE_SECONDS,
    pending: Number(row.pending),
    dead: Number(row.dead),
    oldestPendingSeconds: oldest,
  };
}

/**
 * A sent message reported undeliverable later: `bounced`, with the report's words. Only from `sent`,
 * so a repeated report changes nothing and returns null. Email is named by our id, SMS by the
 * provider's id (all the delivery report carries).
 */
export async function markSentUndeliverable(
  db: Db,
  lookup: { channel: 'email'; id: string } | { channel: 'sms'; providerId: string },
  reason: string,
) {
  const which = lookup.channel === 'email' ? eq(messages.id, lookup.id) : eq(messages.providerId, lookup.providerId);
  const [row] = await db
    .update(messages)
    .set({ status: 'bounced', lastError: reason.slice(0, 500), sealedContent: null })
    .where(and(which, eq(messages.channel, lookup.channel), eq(messages.status, 'sent')))
    .returning({
      id: messages.id,
      companyId: messages.companyId,
      channel: messages.channel,
      recipient: messages.recipient,
    });
  return row ?? null;
}

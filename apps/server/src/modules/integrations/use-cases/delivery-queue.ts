import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { RETRY_SCHEDULE_MS } from '../../../platform/retry.ts';
import { queueWorkMany } from '../../../platform/work/work.repo.ts';
import { workItems } from '../../../platform/work/work.tables.ts';
import { webhookDeliveries, webhookEndpoints } from '../integrations.tables.ts';

/**
 * Deliveries in the app's work queue: each `webhook_deliveries` row (a webhook, or a partner
 * callback) is queued with it, and the row shows each attempt to the delivery log.
 */

type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** One attempt, then one more after each wait of the schedule: about 24 hours, then the delivery is dead. */
export const WEBHOOK_MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length + 1;
/** The work queue's kinds for the two kinds of delivery row. */
export const WEBHOOK_WORK = 'webhook_delivery';
export const PARTNER_CALLBACK_WORK = 'partner_callback';
export const workKindOf = (kind: string) => (kind === 'partner_callback' ? PARTNER_CALLBACK_WORK : WEBHOOK_WORK);

type NewDelivery = typeof webhookDeliveries.$inferInsert;

/**
 * Writes deliveries and puts each in the work queue, in the caller's transaction. A delivery that
 * exists already (a check's one partner callback) is left as it is.
 */
export async function insertDeliveries(db: Db, rows: NewDelivery[]) {
  if (!rows.length) return;
  const inserted = await db
    .insert(webhookDeliveries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id, companyId: webhookDeliveries.companyId, kind: webhookDeliveries.kind });
  await queueWorkMany(
    db,
    inserted.map((row) => ({
      kind: workKindOf(row.kind),
      subjectId: row.id,
      companyId: row.companyId,
      maxAttempts: WEBHOOK_MAX_ATTEMPTS,
    })),
  );
}

/**
 * A delivery to a disabled endpoint waits, unclaimed, until the endpoint is enabled again. (A
 * deleted endpoint's deliveries are claimed and given up: see `startAttempt`.)
 */
export const deliveryClaimable = sql`not exists (
  select 1 from ${webhookDeliveries} d join ${webhookEndpoints} e on e.id = d.endpoint_id
  where d.id = ${workItems.subjectId} and e.disabled_at is not null and e.deleted_at is null)`;

/**
 * A claimed attempt begins: the row shows `sending` with the work item's attempt count and lock.
 * Null when the delivery is gone or no longer waits (delivered, or dead since it was queued).
 */
export async function startAttempt(
  db: Db,
  id: string,
  claim: { attempts: number; lockedUntil: Date },
): Promise<DeliveryRow | null> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'sending', attempts: claim.attempts, lockedUntil: claim.lockedUntil })
    .where(and(eq(webhookDeliveries.id, id), inArray(webhookDeliveries.status, ['pending', 'failed', 'sending'])))
    .returning();
  return row ?? null;
}

/** A crashed worker's claims ran out with no attempts left: those deliveries are given up. */
export async function markDeliveriesInterrupted(db: Db, ids: string[]) {
  await db
    .update(webhookDeliveries)
    .set({ status: 'dead', lockedUntil: null, lastError: 'Delivery was interrupted and no attempts are left' })
    .where(and(inArray(webhookDeliveries.id, ids), eq(webhookDeliveries.status, 'sending')));
}

import { and, desc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { queueWorkMany } from '../../platform/work/work.repo.ts';
import { workItems } from '../../platform/work/work.tables.ts';
import { companies } from '../tenancy/index.ts';
import { WEBHOOK_MAX_ATTEMPTS, workKindOf } from './delivery-queue.ts';
import type { AttemptOutcome } from './guarded-http.ts';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from './integrations.tables.ts';

/**
 * The durable side of webhooks and partner callbacks: each `webhook_deliveries` row is one item of
 * the app's work queue (platform/work), sent one HTTP attempt at a time and retried on the app's one
 * schedule over about a day; the row keeps what the delivery log shows. Delivery is at-least-once: a
 * worker that dies mid-attempt leaves a running item that is claimed again when its lock runs out,
 * and the event goes out again with the same `webhook-id`, which receivers use to drop the repeat.
 */
/*
 * The worker's functions here take the ids of the items it claimed from the work queue, which holds
 * every company's; what admins and use cases ask for takes the company id.
 */

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

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

/**
 * What an attempt needs besides the delivery: the stored payload and the endpoint (webhooks) or the
 * target and check (partner callbacks), and the company's private-networks switch.
 */
export async function loadAttemptTargets(db: Db, deliveryIds: string[]) {
  if (!deliveryIds.length) return [];
  return db
    .select({
      deliveryId: webhookDeliveries.id,
      kind: webhookDeliveries.kind,
      companyId: webhookDeliveries.companyId,
      checkId: webhookDeliveries.checkId,
      targetUrl: webhookDeliveries.targetUrl,
      eventId: webhookEvents.id,
      payload: webhookEvents.payload,
      endpointId: webhookEndpoints.id,
      endpointUrl: webhookEndpoints.url,
      endpointDeletedAt: webhookEndpoints.deletedAt,
      secret: webhookEndpoints.secret,
      previousSecret: webhookEndpoints.previousSecret,
      previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
      allowPrivate: companies.webhooksAllowPrivateNetworks,
    })
    .from(webhookDeliveries)
    .leftJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .leftJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(companies, eq(companies.id, webhookDeliveries.companyId))
    .where(inArray(webhookDeliveries.id, deliveryIds));
}
export type AttemptTarget = Awaited<ReturnType<typeof loadAttemptTargets>>[number];

/** Only the claim that made the attempt records it (same attempt number, still sending). */
const sameClaim = (claimed: Pick<DeliveryRow, 'id' | 'attempts'>) =>
  and(
    eq(webhookDeliveries.id, claimed.id),
    eq(webhookDeliveries.status, 'sending'),
    eq(webhookDeliveries.attempts, claimed.attempts),
  );

export async function markDelivered(
  db: Db,
  claimed: Pick<DeliveryRow, 'id' | 'attempts' | 'endpointId'>,
  outcome: AttemptOutcome,
  now: Date,
) {
  await db
    .update(webhookDeliveries)
    .set({
      status: 'delivered',
      deliveredAt: now,
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastResponseExcerpt: outcome.excerpt,
      lastError: null,
      lockedUntil: null,
    })
    .where(sameClaim(claimed));
  if (!claimed.endpointId) return;
  await db
    .update(webhookEndpoints)
    .set({ failingSince: null })
    .where(and(eq(webhookEndpoints.id, claimed.endpointId), sql`${webhookEndpoints.failingSince} is not null`));
}

/**
 * Records a failed attempt: retried at `nextAttemptAt` (the work queue's time for it), or dead when
 * there is none (the schedule is used up, or the receiver answered 410 Gone: Standard Webhooks says
 * it no longer wants them). Returns which.
 */
export async function markAttemptFailed(
  db: Db,
  claimed: Pick<DeliveryRow, 'id' | 'attempts' | 'endpointId'>,
  outcome: Pick<AttemptOutcome, 'statusCode' | 'excerpt' | 'error'>,
  now: Date,
  nextAttemptAt: Date | null,
) {
  await db
    .update(webhookDeliveries)
    .set({
      status: nextAttemptAt ? 'failed' : 'dead',
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastResponseExcerpt: outcome.excerpt,
      lastError: outcome.error,
      lockedUntil: null,
      ...(nextAttemptAt ? { nextAttemptAt } : {}),
    })
    .where(sameClaim(claimed));
  if (claimed.endpointId)
    await db
      .update(webhookEndpoints)
      .set({ failingSince: now })
      .where(and(eq(webhookEndpoints.id, claimed.endpointId), isNull(webhookEndpoints.failingSince)));
  return nextAttemptAt ? ('failed' as const) : ('dead' as const);
}

/** The delivery of one of the company's events to one endpoint. */
export async function findEventDelivery(db: Db, companyId: string, eventId: string, endpointId: string) {
  const [delivery] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.companyId, companyId),
        eq(webhookDeliveries.eventId, eventId),
        eq(webhookDeliveries.endpointId, endpointId),
      ),
    );
  return delivery ?? null;
}

/** Sets one of the company's deliveries pending now, unless it is being sent; null when not. */
export async function setDeliveryPendingNow(db: Db, companyId: string, deliveryId: string) {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: sql`now()`, lockedUntil: null })
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        eq(webhookDeliveries.companyId, companyId),
        ne(webhookDeliveries.status, 'sending'),
      ),
    )
    .returning();
  return row ?? null;
}

// --- The delivery log admins read ---

const deliveryLogColumns = {
  id: webhookDeliveries.id,
  eventId: webhookEvents.id,
  eventType: webhookEvents.type,
  status: webhookDeliveries.status,
  attempts: webhookDeliveries.attempts,
  lastStatusCode: webhookDeliveries.lastStatusCode,
  lastAttemptAt: webhookDeliveries.lastAttemptAt,
  nextAttemptAt: webhookDeliveries.nextAttemptAt,
  lastResponseExcerpt: webhookDeliveries.lastResponseExcerpt,
  lastError: webhookDeliveries.lastError,
  deliveredAt: webhookDeliveries.deliveredAt,
  createdAt: webhookDeliveries.createdAt,
};

/** One of the company's deliveries to an endpoint not deleted, as the log shows it. */
export async function findDeliveryLogRow(db: Db, companyId: string, deliveryId: string) {
  const [row] = await db
    .select(deliveryLogColumns)
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookDeliveries.companyId, companyId),
        eq(webhookDeliveries.id, deliveryId),
        isNull(webhookEndpoints.deletedAt),
      ),
    );
  return row ?? null;
}

/** An endpoint's deliveries, newest first, after the keyset (created at, id) of the previous page. */
export async function listDeliveryLogRows(
  db: Db,
  companyId: string,
  endpointId: string,
  after: [string, string] | null,
  limit: number,
) {
  return db
    .select(deliveryLogColumns)
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(
      and(
        eq(webhookDeliveries.companyId, companyId),
        eq(webhookDeliveries.endpointId, endpointId),
        after
          ? or(
              lt(webhookDeliveries.createdAt, new Date(after[0])),
              and(eq(webhookDeliveries.createdAt, new Date(after[0])), lt(webhookDeliveries.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}

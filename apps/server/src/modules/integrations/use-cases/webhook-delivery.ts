import { WEBHOOK_TEST_EVENT_TYPE } from '@vouch/contracts';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { queueWork } from '../../../platform/work/work.repo.ts';
import { companies } from '../../tenancy/index.ts';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '../integrations.tables.ts';
import { type AttemptOptions, type AttemptOutcome, sendGuarded } from './delivery-http.ts';
import { WEBHOOK_MAX_ATTEMPTS, workKindOf } from './delivery-queue.ts';
import { emitWebhookEvent } from './webhook-events.ts';
import { signWebhook } from './webhook-signing.ts';
import type { TargetPolicy } from './webhook-target.ts';

/**
 * The durable side of webhooks and partner callbacks: each `webhook_deliveries` row is one item of
 * the app's work queue (platform/work), sent one HTTP attempt at a time and retried on the app's one
 * schedule over about a day; the row keeps what the delivery log shows. Delivery is at-least-once: a
 * worker that dies mid-attempt leaves a running item that is claimed again when its lock runs out,
 * and the event goes out again with the same `webhook-id`, which receivers use to drop the repeat.
 */

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export { WEBHOOK_MAX_ATTEMPTS };

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

// --- One webhook attempt ---

/**
 * Signs and posts one event to its endpoint. The signature is made with the endpoint's secret and,
 * for 24 hours after a rotation, with the previous one as well (two `v1,` signatures), so a receiver
 * still verifying with the old secret keeps working while it switches.
 */
export async function attemptDelivery(
  target: {
    eventId: string;
    payload: unknown;
    url: string;
    secret: string;
    previousSecret: string | null;
    previousSecretExpiresAt: Date | null;
    policy: TargetPolicy;
  },
  options: AttemptOptions & { now?: Date; signedAt?: Date } = {},
): Promise<AttemptOutcome> {
  const now = options.now ?? new Date();
  const secrets = [target.secret];
  if (target.previousSecret && target.previousSecretExpiresAt && target.previousSecretExpiresAt > now)
    secrets.push(target.previousSecret);
  const body = JSON.stringify(target.payload);
  const headers = signWebhook(secrets, target.eventId, options.signedAt ?? new Date(), body);
  return sendGuarded(
    { method: 'POST', url: target.url, headers: { ...headers, 'user-agent': 'Vouch-Webhooks/1' }, body },
    target.policy,
    options,
  );
}

// --- Recording an attempt ---

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

// --- For the admin screens ---

/**
 * Queues a `webhook.test` event to one endpoint, whatever it subscribes to; it goes out with the
 * next worker run. Null when the endpoint is not the company's, deleted or disabled.
 */
export async function sendTestEvent(db: Db, companyId: string, endpointId: string) {
  const [endpoint] = await db
    .select({ id: webhookEndpoints.id, companyId: webhookEndpoints.companyId })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.id, endpointId),
        eq(webhookEndpoints.companyId, companyId),
        isNull(webhookEndpoints.deletedAt),
      ),
    );
  if (!endpoint) return null;
  const eventId = await emitWebhookEvent(
    db,
    endpoint.companyId,
    WEBHOOK_TEST_EVENT_TYPE,
    { endpoint_id: endpoint.id, message: 'A test event from Vouch' },
    { endpointIds: [endpoint.id] },
  );
  if (!eventId) return null;
  const [delivery] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.eventId, eventId), eq(webhookDeliveries.endpointId, endpoint.id)));
  return { eventId, deliveryId: delivery.id };
}

/**
 * Sends a delivery again as soon as the worker runs: the same event, the same `webhook-id`, the same
 * body. A dead delivery gets one more attempt; one in the middle of its schedule goes now and then
 * carries on. False when the delivery is not the company's or is being sent right now.
 */
export async function resendDelivery(db: Db, companyId: string, deliveryId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
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
    if (!row) return false;
    // The same attempt count: a dead delivery gets one more, one mid-schedule carries on from there.
    await queueWork(tx, {
      kind: workKindOf(row.kind),
      subjectId: row.id,
      companyId: row.companyId,
      maxAttempts: WEBHOOK_MAX_ATTEMPTS,
      attempts: row.attempts,
    });
    return true;
  });
}

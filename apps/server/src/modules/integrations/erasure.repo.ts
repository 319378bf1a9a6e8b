import { and, eq, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { Erased } from '../../platform/person-keys.ts';
import { idempotencyKeys, webhookDeliveries, webhookEvents } from './integrations.tables.ts';

const patternsOf = (needles: string[]) =>
  sql`array[${sql.join(
    needles.map((n) => sql`${n}`),
    sql`, `,
  )}]::text[]`;

/** The payload once its copy is no longer kept: its type and time, and that it was emptied. */
const emptiedPayload = sql`jsonb_build_object('type', ${webhookEvents.type}, 'timestamp', ${webhookEvents.payload}->'timestamp', 'data', '{}'::jsonb, 'anonymized', true)`;
const notYetEmptied = sql`not (${webhookEvents.payload} ? 'anonymized')`;

/** What a receiver answered may quote the payload back: it goes with it. */
async function emptyDeliveriesOf(db: Db, companyId: string, eventIds: SQL | string[]) {
  await db
    .update(webhookDeliveries)
    .set({ lastResponseExcerpt: null, lastError: null })
    .where(and(eq(webhookDeliveries.companyId, companyId), inArray(webhookDeliveries.eventId, eventIds)));
}

/**
 * Copies the integration layer keeps that name the person: webhook payloads and replayable API
 * responses whose text holds one of their ids or emails (`needles`, LIKE patterns).
 */
export async function eraseIntegrationCopies(db: Db, companyId: string, needles: string[]): Promise<Erased> {
  if (!needles.length) return {};
  const patterns = patternsOf(needles);
  const events = await db
    .update(webhookEvents)
    .set({ payload: emptiedPayload })
    .where(
      and(
        eq(webhookEvents.companyId, companyId),
        notYetEmptied,
        sql`${webhookEvents.payload}::text ilike any(${patterns})`,
      ),
    )
    .returning({ id: webhookEvents.id });
  if (events.length)
    await emptyDeliveriesOf(
      db,
      companyId,
      events.map((e) => e.id),
    );
  const replays = await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.companyId, companyId), sql`${idempotencyKeys.responseBody} ilike any(${patterns})`))
    .returning({ id: idempotencyKeys.id });
  return { webhook_payloads: events.length, api_replays: replays.length };
}

/** Retention of webhook payload copies: events older than `before`, a slice of `limit` at a time. */
export async function anonymiseOldWebhookPayloads(db: Db, companyId: string, before: Date, limit: number) {
  const slice = db
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.companyId, companyId), lt(webhookEvents.createdAt, before), notYetEmptied))
    .limit(limit)
    .for('update', { skipLocked: true });
  const events = await db
    .update(webhookEvents)
    .set({ payload: emptiedPayload })
    .where(inArray(webhookEvents.id, slice))
    .returning({ id: webhookEvents.id });
  if (events.length)
    await emptyDeliveriesOf(
      db,
      companyId,
      events.map((e) => e.id),
    );
  return events.length;
}

/** Replayable responses past their 24 hours, every company's: they may hold a person's data. */
export async function dropExpiredReplays(db: Db, now: Date) {
  const gone = await db
    .delete(idempotencyKeys)
    .where(lte(idempotencyKeys.expiresAt, now))
    .returning({ id: idempotencyKeys.id });
  return gone.length;
}

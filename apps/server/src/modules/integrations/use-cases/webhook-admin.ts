import type { TWebhookDelivery } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { findDeliveryLogRow, listDeliveryLogRows } from '../webhook-deliveries.repo.ts';
import { findLiveEndpoint } from '../webhook-endpoints.repo.ts';
import { resendDelivery } from './resend-delivery.ts';
import { sendTestEvent } from './send-test-event.ts';

/** The delivery log of an endpoint with "resend" and "send test event", for admins. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type DeliveryRow = {
  id: string;
  eventId: string;
  eventType: string;
  status: TWebhookDelivery['status'];
  attempts: number;
  lastStatusCode: number | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  lastResponseExcerpt: string | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
};

function toView(row: DeliveryRow): TWebhookDelivery {
  const waiting = row.status === 'pending' || row.status === 'failed' || row.status === 'sending';
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastAttemptAt: iso(row.lastAttemptAt),
    // Only a delivery still waiting has a next attempt worth showing.
    nextAttemptAt: waiting ? iso(row.nextAttemptAt) : null,
    lastResponseExcerpt: row.lastResponseExcerpt,
    lastError: row.lastError,
    deliveredAt: iso(row.deliveredAt),
    createdAt: row.createdAt.toISOString(),
  };
}

async function assertEndpoint(db: Db, companyId: string, endpointId: string) {
  const row = await findLiveEndpoint(db, companyId, endpointId);
  if (!row) throw notFound('webhook.endpoint_not_found');
}

async function loadDelivery(db: Db, companyId: string, deliveryId: string) {
  const row = await findDeliveryLogRow(db, companyId, deliveryId);
  if (!row) throw notFound('webhook.delivery_not_found');
  return toView(row);
}

/** Newest first, paged by (created at, id). */
export async function listDeliveries(
  db: Db,
  companyId: string,
  endpointId: string,
  query: { cursor?: string; limit: number },
) {
  await assertEndpoint(db, companyId, endpointId);
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null;
  const rows = await listDeliveryLogRows(db, companyId, endpointId, after, query.limit + 1);
  return pageOf(rows.map(toView), query.limit, (r) => [r.createdAt, r.id]);
}

/** Sends the event again from the start: pending now, counted from zero attempts. */
export async function resendWebhookDelivery(db: Db, companyId: string, deliveryId: string) {
  await loadDelivery(db, companyId, deliveryId);
  if (!(await resendDelivery(db, companyId, deliveryId))) {
    throw new AppError('webhook.delivery_sending');
  }
  return loadDelivery(db, companyId, deliveryId);
}

/** Queues a `webhook.test` event to this endpoint alone, whatever event types it subscribes to. */
export async function sendWebhookTestEvent(db: Db, companyId: string, endpointId: string) {
  await assertEndpoint(db, companyId, endpointId);
  const sent = await sendTestEvent(db, companyId, endpointId);
  if (!sent) throw new AppError('webhook.endpoint_disabled');
  return loadDelivery(db, companyId, sent.deliveryId);
}

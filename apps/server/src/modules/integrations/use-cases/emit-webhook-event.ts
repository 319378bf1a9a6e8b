import type { TWebhookEventType, TWebhookTestEventType } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { insertDeliveries } from '../webhook-deliveries.repo.ts';
import { findEndpointsFor, insertWebhookEvent } from '../webhook-events.repo.ts';
import { newWebhookEventId } from '../webhook-signing.ts';

/**
 * Webhook events are written in the transaction of the change they report (pass the transaction as
 * `db`): if the change rolls back, so does the event, and the worker only ever sees committed rows.
 * A company without a subscribed endpoint pays one small query and gets no rows. An event belongs
 * to a sub-account (a check of it) or to the whole company: a sub-account's endpoints hear only
 * their sub-account's events, the company's endpoints hear all.
 */

export type WebhookPayload = { type: string; timestamp: string; data: Record<string, unknown> };

/**
 * Queues `type` for every enabled endpoint of the company subscribed to it that may hear the event's
 * sub-account. Returns the event id, or null when no endpoint wants it. `endpointIds` limits it to
 * those endpoints and skips both filters (the test event).
 */
export async function emitWebhookEvent(
  db: Db,
  companyId: string,
  type: TWebhookEventType | TWebhookTestEventType,
  data: Record<string, unknown>,
  options: { endpointIds?: string[]; now?: Date; subAccountId?: string | null } = {},
): Promise<string | null> {
  const endpoints = await findEndpointsFor(db, companyId, type, options);
  if (!endpoints.length) return null;
  const id = newWebhookEventId();
  const payload: WebhookPayload = { type, timestamp: (options.now ?? new Date()).toISOString(), data };
  await insertWebhookEvent(db, companyId, { id, type, payload });
  await insertDeliveries(
    db,
    endpoints.map((endpoint) => ({ companyId, endpointId: endpoint.id, eventId: id })),
  );
  return id;
}

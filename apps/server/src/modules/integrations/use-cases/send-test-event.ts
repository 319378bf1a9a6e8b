import { WEBHOOK_TEST_EVENT_TYPE } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { findEventDelivery } from '../webhook-deliveries.repo.ts';
import { findLiveEndpoint } from '../webhook-endpoints.repo.ts';
import { emitWebhookEvent } from './emit-webhook-event.ts';

/**
 * Queues a `webhook.test` event to one endpoint, whatever it subscribes to; it goes out with the
 * next worker run. Null when the endpoint is not the company's, deleted or disabled.
 */
export async function sendTestEvent(db: Db, companyId: string, endpointId: string) {
  const endpoint = await findLiveEndpoint(db, companyId, endpointId);
  if (!endpoint) return null;
  const eventId = await emitWebhookEvent(
    db,
    endpoint.companyId,
    WEBHOOK_TEST_EVENT_TYPE,
    { endpoint_id: endpoint.id, message: 'A test event from Vouch' },
    { endpointIds: [endpoint.id] },
  );
  if (!eventId) return null;
  const delivery = await findEventDelivery(db, companyId, eventId, endpoint.id);
  return { eventId, deliveryId: delivery!.id };
}

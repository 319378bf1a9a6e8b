import type { Db } from '../../../platform/db/db.ts';
import { notFound } from '../../../platform/errors.ts';
import { findEndpointRow, findEndpointView } from '../webhook-endpoints.repo.ts';

/**
 * Webhook endpoints of a company, shared by the admin pages and `/api/v1/webhook-endpoints`. The
 * secret is returned by `create` and `rotate` only; every other answer leaves it out. An endpoint
 * registered with a sub-account's key belongs to that sub-account: a key of the sub-account sees
 * only those (`visibleTo`), admins and company-wide keys see every endpoint.
 */

export { listWebhookEndpoints } from '../webhook-endpoints.repo.ts';

export async function getWebhookEndpoint(db: Db, companyId: string, id: string) {
  const found = await findEndpointView(db, companyId, id);
  if (!found) throw notFound('webhook.endpoint_not_found');
  return found;
}

/** The company's endpoint (visible to the sub-account); 404 when not there. */
export async function endpointRowOr404(db: Db, companyId: string, id: string, subAccountId: string | null = null) {
  const row = await findEndpointRow(db, companyId, id, subAccountId);
  if (!row) throw notFound('webhook.endpoint_not_found');
  return row;
}

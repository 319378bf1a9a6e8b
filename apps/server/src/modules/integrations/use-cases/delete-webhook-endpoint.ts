import type { Db } from '../../../platform/db/db.ts';
import { softDeleteEndpoint } from '../webhook-endpoints.repo.ts';
import { endpointRowOr404 } from './webhook-endpoints.ts';

/** Soft delete: the endpoint disappears and its waiting deliveries stop for good. */
export async function deleteWebhookEndpoint(db: Db, companyId: string, id: string, subAccountId: string | null = null) {
  await endpointRowOr404(db, companyId, id, subAccountId);
  await db.transaction(async (tx) => softDeleteEndpoint(tx, companyId, id));
}

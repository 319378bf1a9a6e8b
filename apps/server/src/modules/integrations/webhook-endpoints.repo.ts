import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { webhookEndpoints } from './integrations.tables.ts';

/** One of the company's endpoints that is not deleted, or null. */
export async function findLiveEndpoint(db: Db, companyId: string, endpointId: string) {
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
  return endpoint ?? null;
}

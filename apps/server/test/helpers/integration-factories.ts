import { randomBytes } from 'node:crypto';
import type { TApiKeyScope } from '@vouch/contracts';
import {
  apiKeys,
  webhookDeliveries,
  webhookEndpoints,
  webhookEvents,
} from '../../src/modules/integrations/integrations.tables.ts';
import { sha256 } from '../../src/platform/crypto.ts';
import type { Db } from '../../src/platform/db/db.ts';
import { unique } from './factories.ts';

/** An API key row as an admin would create it; returns the whole key (shown once in the product). */
export async function makeApiKey(
  db: Db,
  companyId: string,
  scopes: TApiKeyScope[] = ['read', 'write'],
  overrides: Partial<typeof apiKeys.$inferInsert> = {},
) {
  const key = `vch_${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({ companyId, name: unique('ATS '), prefix: key.slice(0, 12), keyHash: sha256(key), scopes, ...overrides })
    .returning();
  return { key, row };
}

/** A webhook endpoint with one delivered event in its log. */
export async function makeWebhookEndpoint(db: Db, companyId: string) {
  const [endpoint] = await db
    .insert(webhookEndpoints)
    .values({
      companyId,
      url: 'https://93.184.216.34/hooks',
      eventTypes: ['reference_check.completed'],
      secret: `whsec_${randomBytes(32).toString('base64')}`,
    })
    .returning();
  const [event] = await db
    .insert(webhookEvents)
    .values({
      id: `msg_${randomBytes(18).toString('base64url')}`,
      companyId,
      type: 'reference_check.completed',
      payload: { type: 'reference_check.completed', timestamp: new Date().toISOString(), data: {} },
    })
    .returning();
  const [delivery] = await db
    .insert(webhookDeliveries)
    .values({ companyId, endpointId: endpoint.id, eventId: event.id, status: 'delivered', attempts: 1 })
    .returning();
  return { endpoint, event, delivery };
}

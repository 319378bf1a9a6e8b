import { randomBytes } from 'node:crypto';
import type { TWebhookEndpoint } from '@vouch/contracts';
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { PrivateNetworks } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import { assertPrivateNetworksAvailable } from '../../../platform/private-networks.ts';
import { companies } from '../../tenancy/tenancy.tables.ts';
import { webhookDeliveries, webhookEndpoints } from '../integrations.tables.ts';
import { checkWebhookTarget, type TargetPolicy } from './webhook-target.ts';

/**
 * Webhook endpoints of a company, shared by the admin pages and `/api/v1/webhook-endpoints`. The
 * secret is returned by `create` and `rotate` only; every other answer leaves it out.
 */

/** Who registers an endpoint: a member through the admin pages, or an ATS through its API key. */
export type EndpointAuthor = { createdById?: string | null; createdByApiKeyId?: string | null };

export type EndpointInput = { url: string; description: string | null; eventTypes: string[] };

type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** Standard Webhooks secrets: `whsec_` and the base64 of 32 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function statusOf(row: Pick<EndpointRow, 'disabledAt' | 'failingSince'>): TWebhookEndpoint['status'] {
  if (row.disabledAt) return 'disabled';
  return row.failingSince ? 'failing' : 'active';
}

type ListedRow = EndpointRow & { lastDeliveryAt: Date | string | null; lastDeliveryStatus: string | null };

function toView(row: ListedRow): TWebhookEndpoint {
  const last = row.lastDeliveryAt;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    status: statusOf(row),
    failingSince: iso(row.failingSince),
    disabledAt: iso(row.disabledAt),
    lastDeliveryAt: last ? new Date(last).toISOString() : null,
    lastDeliveryStatus: row.lastDeliveryStatus,
    createdByApiKey: !!row.createdByApiKeyId,
    createdAt: row.createdAt.toISOString(),
  };
}

const lastAttempt = sql`(select d.last_attempt_at from ${webhookDeliveries} d
  where d.endpoint_id = ${webhookEndpoints.id} and d.last_attempt_at is not null
  order by d.last_attempt_at desc limit 1)`;
const lastStatus = sql`(select d.status from ${webhookDeliveries} d
  where d.endpoint_id = ${webhookEndpoints.id} and d.last_attempt_at is not null
  order by d.last_attempt_at desc limit 1)`;

async function selectEndpoints(db: Db, companyId: string, where?: ReturnType<typeof and>, limit?: number) {
  const query = db
    .select({
      endpoint: webhookEndpoints,
      lastDeliveryAt: sql<Date | string | null>`${lastAttempt}`,
      lastDeliveryStatus: sql<string | null>`${lastStatus}`,
    })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.companyId, companyId), isNull(webhookEndpoints.deletedAt), where))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map((r) =>
    toView({ ...r.endpoint, lastDeliveryAt: r.lastDeliveryAt, lastDeliveryStatus: r.lastDeliveryStatus }),
  );
}

/** Newest first; `after` is the keyset of the last row of the previous page. */
export async function listWebhookEndpoints(
  db: Db,
  companyId: string,
  page?: { after: [string, string] | null; limit: number },
) {
  const after = page?.after;
  const where = after
    ? or(
        lt(webhookEndpoints.createdAt, new Date(after[0])),
        and(eq(webhookEndpoints.createdAt, new Date(after[0])), lt(webhookEndpoints.id, after[1])),
      )
    : undefined;
  return selectEndpoints(db, companyId, and(where), page ? page.limit + 1 : undefined);
}

export async function getWebhookEndpoint(db: Db, companyId: string, id: string) {
  const [found] = await selectEndpoints(db, companyId, and(eq(webhookEndpoints.id, id)));
  if (!found) throw notFound('No such webhook endpoint');
  return found;
}

export async function allowsPrivateNetworks(db: Db, companyId: string) {
  const [row] = await db
    .select({ allow: companies.webhooksAllowPrivateNetworks })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row?.allow ?? false;
}

export async function setAllowPrivateNetworks(db: Db, operator: PrivateNetworks, companyId: string, allow: boolean) {
  assertPrivateNetworksAvailable(operator, allow, 'allowPrivateNetworks');
  await db.update(companies).set({ webhooksAllowPrivateNetworks: allow }).where(eq(companies.id, companyId));
  return { allowPrivateNetworks: allow };
}

/** The policy for the company's targets: the operator's setting narrowed by the company's switch. */
export async function targetPolicyOf(db: Db, operator: PrivateNetworks, companyId: string): Promise<TargetPolicy> {
  return { operator, companyAllows: await allowsPrivateNetworks(db, companyId) };
}

/** Refuses addresses the worker would refuse to send to, so the caller learns it now, not from the log. */
export async function assertTarget(db: Db, operator: PrivateNetworks, companyId: string, url: string, field: string) {
  const target = await checkWebhookTarget(url, await targetPolicyOf(db, operator, companyId));
  if (!target.ok) throw fieldError(field, target.reason);
}

export async function createWebhookEndpoint(
  db: Db,
  operator: PrivateNetworks,
  companyId: string,
  input: EndpointInput,
  author: EndpointAuthor,
) {
  await assertTarget(db, operator, companyId, input.url, 'url');
  const secret = newWebhookSecret();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      companyId,
      url: input.url,
      description: input.description,
      eventTypes: input.eventTypes,
      secret,
      createdById: author.createdById ?? null,
      createdByApiKeyId: author.createdByApiKeyId ?? null,
    })
    .returning();
  return { ...toView({ ...row, lastDeliveryAt: null, lastDeliveryStatus: null }), secret };
}

async function findRow(db: Db, companyId: string, id: string) {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.companyId, companyId), eq(webhookEndpoints.id, id), isNull(webhookEndpoints.deletedAt)),
    );
  if (!row) throw notFound('No such webhook endpoint');
  return row;
}

/** Disabling keeps the endpoint and its log; enabling again clears `disabledAt` and `failingSince`. */
export async function updateWebhookEndpoint(
  db: Db,
  operator: PrivateNetworks,
  companyId: string,
  id: string,
  input: EndpointInput & { enabled: boolean },
) {
  const row = await findRow(db, companyId, id);
  if (input.url !== row.url) await assertTarget(db, operator, companyId, input.url, 'url');
  const wasEnabled = !row.disabledAt;
  await db
    .update(webhookEndpoints)
    .set({
      url: input.url,
      description: input.description,
      eventTypes: input.eventTypes,
      ...(input.enabled && !wasEnabled ? { disabledAt: null, failingSince: null } : {}),
      ...(!input.enabled && wasEnabled ? { disabledAt: new Date() } : {}),
    })
    .where(eq(webhookEndpoints.id, id));
  return getWebhookEndpoint(db, companyId, id);
}

/** Soft delete: the endpoint disappears and its waiting deliveries stop for good. */
export async function deleteWebhookEndpoint(db: Db, companyId: string, id: string) {
  await findRow(db, companyId, id);
  await db.transaction(async (tx) => {
    await tx.update(webhookEndpoints).set({ deletedAt: new Date() }).where(eq(webhookEndpoints.id, id));
    await tx
      .update(webhookDeliveries)
      .set({ status: 'dead', lastError: 'The endpoint was deleted', lockedUntil: null })
      .where(and(eq(webhookDeliveries.endpointId, id), inArray(webhookDeliveries.status, ['pending', 'failed'])));
  });
}

/** The old secret stops working at once; the new one is returned this once. */
export async function rotateWebhookSecret(db: Db, companyId: string, id: string) {
  await findRow(db, companyId, id);
  const secret = newWebhookSecret();
  await db.update(webhookEndpoints).set({ secret }).where(eq(webhookEndpoints.id, id));
  return { ...(await getWebhookEndpoint(db, companyId, id)), secret };
}

import { randomBytes } from 'node:crypto';
import { isCheckEventType, type TWebhookEndpoint } from '@vouch/contracts';
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { PrivateNetworks } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import { dropQueuedWork } from '../../../platform/work/work.repo.ts';
import { subAccounts } from '../../references/index.ts';
import { webhookDeliveries, webhookEndpoints } from '../integrations.tables.ts';
import { WEBHOOK_WORK } from './delivery-queue.ts';
import { assertTarget } from './webhook-policy.ts';

/**
 * Webhook endpoints of a company, shared by the admin pages and `/api/v1/webhook-endpoints`. The
 * secret is returned by `create` and `rotate` only; every other answer leaves it out. An endpoint
 * registered with a sub-account's key belongs to that sub-account: a key of the sub-account sees
 * only those (`visibleTo`), admins and company-wide keys see every endpoint.
 */

/** Who registers an endpoint: a member through the admin pages, or an ATS through its API key (and its sub-account). */
export type EndpointAuthor = {
  createdById?: string | null;
  createdByApiKeyId?: string | null;
  subAccountId?: string | null;
};

/** The old secret keeps signing this long after a rotation, so receivers can switch without losing events. */
export const PREVIOUS_SECRET_VALID_MS = 24 * 3_600_000;

/** Endpoints a caller limited to a sub-account sees (null: a company-wide caller sees all). */
const visibleTo = (subAccountId: string | null) =>
  subAccountId ? eq(webhookEndpoints.subAccountId, subAccountId) : undefined;

export type EndpointInput = { url: string; description: string | null; eventTypes: string[] };

type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** Standard Webhooks secrets: `whsec_` and the base64 of 32 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function statusOf(row: Pick<EndpointRow, 'disabledAt' | 'failingSince'>): TWebhookEndpoint['status'] {
  if (row.disabledAt) return 'disabled';
  return row.failingSince ? 'failing' : 'active';
}

type ListedRow = EndpointRow & {
  subAccountName: string | null;
  lastDeliveryAt: Date | string | null;
  lastDeliveryStatus: string | null;
};

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
    subAccountId: row.subAccountId,
    subAccountName: row.subAccountName,
    previousSecretExpiresAt: iso(row.previousSecretExpiresAt),
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
      subAccountName: subAccounts.name,
      lastDeliveryAt: sql<Date | string | null>`${lastAttempt}`,
      lastDeliveryStatus: sql<string | null>`${lastStatus}`,
    })
    .from(webhookEndpoints)
    .leftJoin(subAccounts, eq(subAccounts.id, webhookEndpoints.subAccountId))
    .where(and(eq(webhookEndpoints.companyId, companyId), isNull(webhookEndpoints.deletedAt), where))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map((r) =>
    toView({
      ...r.endpoint,
      subAccountName: r.subAccountName,
      lastDeliveryAt: r.lastDeliveryAt,
      lastDeliveryStatus: r.lastDeliveryStatus,
    }),
  );
}

/** Newest first; `after` is the keyset of the last row of the previous page. */
export async function listWebhookEndpoints(
  db: Db,
  companyId: string,
  page?: { after: [string, string] | null; limit: number },
  subAccountId: string | null = null,
) {
  const after = page?.after;
  const where = after
    ? or(
        lt(webhookEndpoints.createdAt, new Date(after[0])),
        and(eq(webhookEndpoints.createdAt, new Date(after[0])), lt(webhookEndpoints.id, after[1])),
      )
    : undefined;
  return selectEndpoints(db, companyId, and(where, visibleTo(subAccountId)), page ? page.limit + 1 : undefined);
}

export async function getWebhookEndpoint(db: Db, companyId: string, id: string) {
  const [found] = await selectEndpoints(db, companyId, and(eq(webhookEndpoints.id, id)));
  if (!found) throw notFound('webhook.endpoint_not_found');
  return found;
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
      subAccountId: author.subAccountId ?? null,
    })
    .returning();
  return { ...(await getWebhookEndpoint(db, companyId, row.id)), secret };
}

/**
 * A sub-account's endpoint hears only its own checks' events: referral events are the company's, so
 * subscribing to one is refused on its field (`<field>.<index>`).
 */
export function assertSubAccountEventTypes(subAccountId: string | null, eventTypes: string[], field: string) {
  if (!subAccountId) return;
  const index = eventTypes.findIndex((type) => !isCheckEventType(type));
  if (index >= 0) throw fieldError(`${field}.${index}`, 'webhook.referral_events_company_only');
}

async function findRow(db: Db, companyId: string, id: string, subAccountId: string | null = null) {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.companyId, companyId),
        eq(webhookEndpoints.id, id),
        isNull(webhookEndpoints.deletedAt),
        visibleTo(subAccountId),
      ),
    );
  if (!row) throw notFound('webhook.endpoint_not_found');
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
export async function deleteWebhookEndpoint(db: Db, companyId: string, id: string, subAccountId: string | null = null) {
  await findRow(db, companyId, id, subAccountId);
  await db.transaction(async (tx) => {
    await tx.update(webhookEndpoints).set({ deletedAt: new Date() }).where(eq(webhookEndpoints.id, id));
    await tx
      .update(webhookDeliveries)
      .set({ status: 'dead', lastError: 'The endpoint was deleted', lockedUntil: null })
      .where(and(eq(webhookDeliveries.endpointId, id), inArray(webhookDeliveries.status, ['pending', 'failed'])));
    await dropQueuedWork(
      tx,
      WEBHOOK_WORK,
      tx.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id)),
    );
  });
}

/**
 * A new secret, returned this once. Deliveries are signed with both the new and the old secret for
 * the next 24 hours (two `v1,` signatures), then with the new one only. Rotating again within them
 * keeps the secret being replaced, not the one before it.
 */
export async function rotateWebhookSecret(db: Db, companyId: string, id: string, now = new Date()) {
  const row = await findRow(db, companyId, id);
  const secret = newWebhookSecret();
  await db
    .update(webhookEndpoints)
    .set({
      secret,
      previousSecret: row.secret,
      previousSecretExpiresAt: new Date(now.getTime() + PREVIOUS_SECRET_VALID_MS),
    })
    .where(eq(webhookEndpoints.id, id));
  return { ...(await getWebhookEndpoint(db, companyId, id)), secret };
}

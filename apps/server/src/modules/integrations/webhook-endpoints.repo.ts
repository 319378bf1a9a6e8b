import type { TWebhookEndpoint } from '@vouch/contracts';
import { and, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { dropQueuedWork } from '../../platform/work/work.repo.ts';
import { subAccounts } from '../references/index.ts';
import { companies, memberships, users } from '../tenancy/index.ts';
import { WEBHOOK_WORK } from './delivery-queue.ts';
import { webhookDeliveries, webhookEndpoints } from './integrations.tables.ts';

/**
 * A company's webhook endpoints. An endpoint registered with a sub-account's key belongs to that
 * sub-account: a key of the sub-account sees only those (`visibleTo`), admins and company-wide keys
 * see every endpoint.
 */

/** Endpoints a caller limited to a sub-account sees (null: a company-wide caller sees all). */
const visibleTo = (subAccountId: string | null) =>
  subAccountId ? eq(webhookEndpoints.subAccountId, subAccountId) : undefined;

type EndpointRow = typeof webhookEndpoints.$inferSelect;

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

/** One of the company's endpoints as the API shows it, or null. */
export async function findEndpointView(db: Db, companyId: string, id: string) {
  const [found] = await selectEndpoints(db, companyId, and(eq(webhookEndpoints.id, id)));
  return found ?? null;
}

/** One of the company's endpoints as stored (not deleted, visible to the sub-account), or null. */
export async function findEndpointRow(db: Db, companyId: string, id: string, subAccountId: string | null = null) {
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
  return row ?? null;
}

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

export async function insertEndpoint(
  db: Db,
  companyId: string,
  values: Omit<typeof webhookEndpoints.$inferInsert, 'companyId'>,
) {
  const [row] = await db
    .insert(webhookEndpoints)
    .values({ ...values, companyId })
    .returning();
  return row;
}

export async function updateEndpoint(
  db: Db,
  companyId: string,
  id: string,
  values: PgUpdateSetSource<typeof webhookEndpoints>,
) {
  await db
    .update(webhookEndpoints)
    .set(values)
    .where(and(eq(webhookEndpoints.companyId, companyId), eq(webhookEndpoints.id, id)));
}

/** Soft delete: the endpoint disappears and its waiting deliveries stop for good (in the caller's transaction). */
export async function softDeleteEndpoint(tx: Db, companyId: string, id: string) {
  await updateEndpoint(tx, companyId, id, { deletedAt: new Date() });
  await tx
    .update(webhookDeliveries)
    .set({ status: 'dead', lastError: 'The endpoint was deleted', lockedUntil: null })
    .where(
      and(
        eq(webhookDeliveries.companyId, companyId),
        eq(webhookDeliveries.endpointId, id),
        inArray(webhookDeliveries.status, ['pending', 'failed']),
      ),
    );
  await dropQueuedWork(
    tx,
    WEBHOOK_WORK,
    tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.companyId, companyId), eq(webhookDeliveries.endpointId, id))),
  );
}

/**
 * Turns one of the company's endpoints off unless it is off already (and, with `failingSinceBefore`,
 * only if it has failed since before then). Null when this call did not turn it off.
 */
export async function disableEndpointRow(
  db: Db,
  companyId: string,
  endpointId: string,
  now: Date,
  failingSinceBefore: Date | null,
) {
  const [endpoint] = await db
    .update(webhookEndpoints)
    .set({ disabledAt: now })
    .where(
      and(
        eq(webhookEndpoints.companyId, companyId),
        eq(webhookEndpoints.id, endpointId),
        isNull(webhookEndpoints.disabledAt),
        failingSinceBefore ? lte(webhookEndpoints.failingSince, failingSinceBefore) : undefined,
      ),
    )
    .returning({ companyId: webhookEndpoints.companyId, url: webhookEndpoints.url });
  return endpoint ?? null;
}

/** The company's active admins, whom a disabled endpoint is told to, with the company's name to send as. */
export async function activeAdminContacts(db: Db, companyId: string) {
  return db
    .select({ email: users.email, name: users.name, language: users.language, senderName: companies.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.role, 'admin'), eq(memberships.status, 'active')));
}

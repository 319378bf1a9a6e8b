import type { TApiKey } from '@vouch/contracts';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { Lookup } from '../../platform/rate-limit/store.ts';
import { subAccounts } from '../references/index.ts';
import { memberships, users } from '../tenancy/index.ts';
import { apiKeys } from './integrations.tables.ts';

/** The company's API keys as admins see them (never the key nor its hash), newest first; `onlyId` narrows to one. */
export async function listApiKeys(db: Db, companyId: string, onlyId?: string): Promise<TApiKey[]> {
  const rows = await db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      subAccountId: apiKeys.subAccountId,
      subAccountName: subAccounts.name,
      expiresAt: apiKeys.expiresAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      createdByName: users.name,
      createdAt: apiKeys.createdAt,
    })
    .from(apiKeys)
    .leftJoin(subAccounts, eq(subAccounts.id, apiKeys.subAccountId))
    .leftJoin(memberships, eq(memberships.id, apiKeys.createdById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(apiKeys.companyId, companyId), onlyId ? eq(apiKeys.id, onlyId) : undefined))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map((r) => ({
    ...r,
    scopes: r.scopes.filter((s): s is 'read' | 'write' => s === 'read' || s === 'write'),
    subAccountName: r.subAccountName ?? null,
    createdByName: r.createdByName ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** One of the company's sub-accounts that is not archived, or null. */
export async function findOpenSubAccount(db: Db, companyId: string, subAccountId: string) {
  const [sub] = await db
    .select({ id: subAccounts.id })
    .from(subAccounts)
    .where(and(eq(subAccounts.id, subAccountId), eq(subAccounts.companyId, companyId), isNull(subAccounts.archivedAt)));
  return sub ?? null;
}

export async function insertApiKey(db: Db, companyId: string, values: Omit<typeof apiKeys.$inferInsert, 'companyId'>) {
  const [row] = await db
    .insert(apiKeys)
    .values({ ...values, companyId })
    .returning({ id: apiKeys.id });
  return row;
}

/** Revokes one of the company's keys (the first revocation's time stays); null when not the company's. */
export async function setApiKeyRevoked(db: Db, companyId: string, keyId: string) {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.companyId, companyId)))
    .returning({ id: apiKeys.id });
  return row ?? null;
}

/** A live key as `liveKeyByHash` reads it (raw SQL: timestamps may come as text). */
export type LiveKeyRow = {
  id: string;
  companyId: string;
  subAccountId: string | null;
  scopes: string[];
  createdById: string | null;
  lastUsedAt: Date | string | null;
};

/**
 * The live key (not revoked, not expired at `now`) with the hash `keyHash`, whichever company owns
 * it: the key is how a caller names its company, so this one lookup cannot be scoped. Everything
 * after it takes the key's company. A lookup for the rate limit to run with its count (see
 * `resolveApiKey`); its values are placeholders, so its statement is built once.
 */
export const liveKeyByHash: Lookup = {
  name: 'live_api_key',
  sql: sql`select ${apiKeys.id} as "id", ${apiKeys.companyId} as "companyId", ${apiKeys.subAccountId} as "subAccountId",
      ${apiKeys.scopes} as "scopes", ${apiKeys.createdById} as "createdById", ${apiKeys.lastUsedAt} as "lastUsedAt"
    from ${apiKeys}
    where ${apiKeys.keyHash} = ${sql.placeholder('keyHash')} and ${apiKeys.revokedAt} is null
      and (${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > ${sql.placeholder('now')}::timestamptz)`,
};

export async function touchApiKeyLastUsed(db: Db, companyId: string, keyId: string) {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.companyId, companyId), eq(apiKeys.id, keyId)));
}

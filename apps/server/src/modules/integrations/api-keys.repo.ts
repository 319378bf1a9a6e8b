import type { TApiKey } from '@vouch/contracts';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedPerHandle } from '../../platform/db/prepared.ts';
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

/**
 * The live key with this hash, whichever company owns it: the key is how a caller names its company,
 * so this one lookup cannot be scoped. Everything after it takes the key's company.
 */
/** Every `/api/v1` request looks its key up: a named statement, planned once per connection. */
const unrevokedKeyByHash = preparedPerHandle((db) =>
  db
    .select({
      id: apiKeys.id,
      companyId: apiKeys.companyId,
      subAccountId: apiKeys.subAccountId,
      scopes: apiKeys.scopes,
      createdById: apiKeys.createdById,
      expiresAt: apiKeys.expiresAt,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, sql.placeholder('keyHash')), isNull(apiKeys.revokedAt)))
    .prepare('api_key_by_hash'),
);

export async function findUnrevokedKeyByHash(db: Db, keyHash: string) {
  const [row] = await unrevokedKeyByHash(db).execute({ keyHash });
  return row ?? null;
}

export async function touchApiKeyLastUsed(db: Db, companyId: string, keyId: string) {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.companyId, companyId), eq(apiKeys.id, keyId)));
}

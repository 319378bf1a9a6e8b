import { randomBytes } from 'node:crypto';
import type { TApiKey, TCreatedApiKey } from '@vouch/contracts';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError, notFound, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { subAccounts } from '../../references/index.ts';
import { memberships, users } from '../../tenancy/index.ts';
import { apiKeys } from '../integrations.tables.ts';

/** `vch_` and the next 8 characters: shown in lists, useless to call with. */
const PREFIX_LENGTH = 12;

/** A new key: `vch_` + 32 random bytes as base64url (43 characters), the shape `API_KEY_PATTERN` accepts. */
export const newApiKey = () => `vch_${randomBytes(32).toString('base64url')}`;

export type CreateApiKeyInput = {
  name: string;
  scopes: ('read' | 'write')[];
  subAccountId: string | null;
  expiresAt: string | null;
};

export async function listApiKeys(db: Db, tenantId: string, onlyId?: string): Promise<TApiKey[]> {
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
    .where(and(eq(apiKeys.companyId, tenantId), onlyId ? eq(apiKeys.id, onlyId) : undefined))
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

/** Creates a key and returns it whole, the only time it is seen: only its SHA-256 is stored. */
export async function createApiKey(ctx: Ctx, input: CreateApiKeyInput): Promise<TCreatedApiKey> {
  if (input.subAccountId) {
    const [sub] = await ctx.db
      .select({ id: subAccounts.id })
      .from(subAccounts)
      .where(
        and(
          eq(subAccounts.id, input.subAccountId),
          eq(subAccounts.companyId, ctx.tenantId),
          isNull(subAccounts.archivedAt),
        ),
      );
    if (!sub) throw unknownId('subAccountId', 'sub_account.unknown_own');
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) throw fieldError('expiresAt', 'api_key.expiry_in_past');

  const key = newApiKey();
  const [row] = await ctx.db
    .insert(apiKeys)
    .values({
      companyId: ctx.tenantId,
      subAccountId: input.subAccountId,
      name: input.name,
      prefix: key.slice(0, PREFIX_LENGTH),
      keyHash: sha256(key),
      scopes: [...new Set(input.scopes)].sort(),
      expiresAt,
      createdById: ctx.actor.membershipId,
    })
    .returning({ id: apiKeys.id });
  ctx.log.info({ apiKeyId: row.id }, 'api key created');
  const [created] = await listApiKeys(ctx.db, ctx.tenantId, row.id);
  return { ...created, key };
}

/** Revokes at once: the auth hook looks the key up on every call, so the next one is refused. */
export async function revokeApiKey(ctx: Ctx, keyId: string): Promise<TApiKey> {
  const [row] = await ctx.db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.companyId, ctx.tenantId)))
    .returning({ id: apiKeys.id });
  if (!row) throw notFound('api_key.not_found');
  ctx.log.info({ apiKeyId: row.id }, 'api key revoked');
  const [revoked] = await listApiKeys(ctx.db, ctx.tenantId, row.id);
  return revoked;
}

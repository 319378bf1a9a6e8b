import type { TApiKey, TCreatedApiKey } from '@vouch/contracts';
import { sha256 } from '../../../platform/crypto.ts';
import { fieldError, notFound, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { auditAct } from '../../audit/index.ts';
import { newApiKey, PREFIX_LENGTH } from '../api-key-format.ts';
import { findOpenSubAccount, insertApiKey, listApiKeys, setApiKeyRevoked } from '../api-keys.repo.ts';

export { listApiKeys };

export type CreateApiKeyInput = {
  name: string;
  scopes: ('read' | 'write')[];
  subAccountId: string | null;
  expiresAt: string | null;
};

/** Creates a key and returns it whole, the only time it is seen: only its SHA-256 is stored. */
export async function createApiKey(ctx: Ctx, input: CreateApiKeyInput): Promise<TCreatedApiKey> {
  if (input.subAccountId) {
    const sub = await findOpenSubAccount(ctx.db, ctx.tenantId, input.subAccountId);
    if (!sub) throw unknownId('subAccountId', 'sub_account.unknown_own');
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) throw fieldError('expiresAt', 'api_key.expiry_in_past');

  const key = newApiKey();
  const row = await insertApiKey(ctx.db, ctx.tenantId, {
    subAccountId: input.subAccountId,
    name: input.name,
    prefix: key.slice(0, PREFIX_LENGTH),
    keyHash: sha256(key),
    scopes: [...new Set(input.scopes)].sort(),
    expiresAt,
    createdById: ctx.actor.membershipId,
  });
  ctx.log.info({ apiKeyId: row.id }, 'api key created');
  await auditAct(ctx, {
    action: 'api_key.created',
    target: { kind: 'api_key', id: row.id },
    detail: { scopes: [...new Set(input.scopes)].sort().join(' '), subAccountId: input.subAccountId },
  });
  const [created] = await listApiKeys(ctx.db, ctx.tenantId, row.id);
  return { ...created, key };
}

/** Revokes at once: the auth hook looks the key up on every call, so the next one is refused. */
export async function revokeApiKey(ctx: Ctx, keyId: string): Promise<TApiKey> {
  const row = await setApiKeyRevoked(ctx.db, ctx.tenantId, keyId);
  if (!row) throw notFound('api_key.not_found');
  ctx.log.info({ apiKeyId: row.id }, 'api key revoked');
  await auditAct(ctx, { action: 'api_key.revoked', target: { kind: 'api_key', id: row.id } });
  const [revoked] = await listApiKeys(ctx.db, ctx.tenantId, row.id);
  return revoked;
}

import { sha256 } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db/db.ts';
import type { Authenticators } from '../../platform/http/auth-hook.ts';
import type { ApiKeyCaller } from '../../platform/http/context.ts';
import type { RateLimitStore } from '../../platform/rate-limit/store.ts';
import { type LiveKeyRow, liveKeyByHash, touchApiKeyLastUsed } from './api-keys.repo.ts';
import { API_RATE_WINDOW_MS, apiKeyCounter } from './rate-limit.ts';

export type { ApiKeyCaller };

/** `vch_` and 43 base64url characters (32 random bytes). */
export const API_KEY_PATTERN = /^vch_[A-Za-z0-9_-]{43}$/;

/**
 * The key in `Authorization: Bearer <key>`, or as the user name of `Authorization: Basic` (how
 * Greenhouse's assessment partner protocol sends it). Null when absent or malformed.
 */
export function keyFromAuthorization(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value] = header.trim().split(/\s+/, 2);
  if (!value) return null;
  if (scheme.toLowerCase() === 'bearer') return API_KEY_PATTERN.test(value) ? value : null;
  if (scheme.toLowerCase() === 'basic') {
    const user = Buffer.from(value, 'base64').toString('utf8').split(':')[0];
    return API_KEY_PATTERN.test(user) ? user : null;
  }
  return null;
}

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 9110): Basic on the Greenhouse partner routes, where
 * the key is Basic's user name, Bearer elsewhere, with RFC 6750's `invalid_token` when a key was sent.
 */
export function apiKeyChallenge(routeUrl: string, credentialsSent: boolean) {
  if (routeUrl.startsWith('/api/partners/')) return 'Basic realm="Vouch API", charset="UTF-8"';
  return credentialsSent ? 'Bearer realm="Vouch API", error="invalid_token"' : 'Bearer realm="Vouch API"';
}

// Writing `last_used_at` on every call would turn each read into a write; once a minute is enough.
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The key's caller, or null when the key is unknown, revoked or expired. The request is counted
 * against the key's rate limit in the same statement as the lookup (on PostgreSQL, whose counters
 * every process shares); an unknown key counts nothing.
 */
export async function resolveApiKey(db: Db, key: string, rateLimits: RateLimitStore): Promise<ApiKeyCaller | null> {
  const keyHash = sha256(key);
  const now = new Date();
  const found = await rateLimits.lookUpAndHit<LiveKeyRow>(
    db,
    liveKeyByHash,
    { keyHash, now: now.toISOString() },
    apiKeyCounter(keyHash),
    API_RATE_WINDOW_MS,
  );
  if (!found) return null;
  const { row, hit } = found;
  const lastUsedAt = row.lastUsedAt && new Date(row.lastUsedAt);
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await touchApiKeyLastUsed(db, row.companyId, row.id);
  }
  return {
    id: row.id,
    companyId: row.companyId,
    subAccountId: row.subAccountId,
    scopes: row.scopes,
    createdById: row.createdById,
    rateLimitHit: hit,
  };
}

/** How the platform's auth hook recognises an integration API caller. */
export const apiKeyAuthenticator: Authenticators['apiKey'] = {
  fromAuthorization: keyFromAuthorization,
  resolve: resolveApiKey,
  challenge: apiKeyChallenge,
};

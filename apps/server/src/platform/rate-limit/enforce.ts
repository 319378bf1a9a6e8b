import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../errors.ts';
import type { RateLimitStore } from './store.ts';

export type Limit = { max: number; windowMs: number };

/**
 * The address a request came from, as rate limits count it: the socket's peer, or with TRUST_PROXY
 * the client address the trusted proxies report. IPv6 addresses count per /64, as one host usually
 * holds a whole /64 (the same rule @fastify/rate-limit applies to the routes' own limits).
 */
export const clientAddress = (request: FastifyRequest) => normalizeIP(request.ip);

/**
 * Counts one hit on `key`; past `limit.max` in the window the request is refused with 429 and a
 * `Retry-After` of the seconds left in the window. `describe` gives the refusal's reason.
 */
export async function enforceLimit(
  store: RateLimitStore,
  reply: FastifyReply,
  key: string,
  limit: Limit,
  describe: (retryAfterSeconds: number) => AppError,
) {
  const hit = await store.hit(key, limit.windowMs);
  if (hit.count <= limit.max) return;
  const retryAfter = Math.max(1, Math.ceil(hit.resetInMs / 1000));
  reply.header('retry-after', String(retryAfter));
  throw describe(retryAfter);
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem } from '../../platform/errors.ts';

/** Each key's budget is counted per minute. */
export const API_RATE_WINDOW_MS = 60_000;

/** The counter of one API key, named by the key's hash (known before the lookup that counts it). */
export const apiKeyCounter = (keyHash: string) => `api-key:${keyHash}`;

export const isApiRoute = (request: FastifyRequest) => {
  const access = request.routeOptions.config?.access;
  return access === 'api:read' || access === 'api:write';
};

/**
 * A limit per API key, not per address: an ATS calls from a few shared addresses, and one busy
 * customer must not slow another. Every API request is counted when its key is looked up (the auth
 * hook; one count per key across every API route, in the store every process shares on PostgreSQL),
 * answered here with the IETF `RateLimit` headers on every API response and a 429 problem with
 * `Retry-After` once the minute's budget is spent.
 *
 * Added to the integrations plugin's context before the API routes, so it runs after the app-wide
 * auth hook has resolved `request.apiKey` (route-context hooks run after the root's). Requests
 * refused by the auth hook never reach it.
 */
export function registerApiRateLimit(app: FastifyInstance) {
  const perMinute = app.services.config.apiRateLimit;
  const policy = `${perMinute};w=${API_RATE_WINDOW_MS / 1000}`;

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiRoute(request) || !request.apiKey) return;
    const { count, resetInMs } = request.apiKey.rateLimitHit;
    const resetSeconds = Math.max(1, Math.ceil(resetInMs / 1000));
    reply.header('ratelimit-policy', policy);
    reply.header('ratelimit-limit', perMinute);
    reply.header('ratelimit-remaining', Math.max(0, perMinute - count));
    reply.header('ratelimit-reset', resetSeconds);
    if (count > perMinute) {
      reply.header('retry-after', resetSeconds);
      throw problem('api_key.rate_limited', { max: perMinute, seconds: resetSeconds });
    }
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem } from '../../platform/errors.ts';

const WINDOW_MS = 60_000;

export const isApiRoute = (request: FastifyRequest) => {
  const access = request.routeOptions.config?.access;
  return access === 'api:read' || access === 'api:write';
};

/**
 * A limit per API key, not per address: an ATS calls from a few shared addresses, and one busy
 * customer must not slow another. Counted with @fastify/rate-limit's store (one count per key across
 * every API route), answered with the IETF `RateLimit` headers on every API response and a 429
 * problem with `Retry-After` once the minute's budget is spent.
 *
 * Added to the integrations plugin's context before the API routes, so it runs after the app-wide
 * auth hook has resolved `request.apiKey` (route-context hooks run after the root's). Requests
 * refused by the auth hook never reach it.
 */
export function registerApiRateLimit(app: FastifyInstance) {
  const perMinute = app.services.config.apiRateLimit;
  const limit = app.createRateLimit({
    max: perMinute,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `api-key:${request.apiKey?.id}`,
  });
  const policy = `${perMinute};w=${WINDOW_MS / 1000}`;

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiRoute(request) || !request.apiKey) return;
    const state = await limit(request);
    if (state.isAllowed) return;
    reply.header('ratelimit-policy', policy);
    reply.header('ratelimit-limit', state.max);
    reply.header('ratelimit-remaining', state.remaining);
    reply.header('ratelimit-reset', state.ttlInSeconds);
    if (state.isExceeded) {
      reply.header('retry-after', state.ttlInSeconds);
      throw problem('api_key.rate_limited', { max: perMinute, seconds: state.ttlInSeconds });
    }
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { safeEqual } from '../crypto.ts';
import type { Db } from '../db/db.ts';
import { AppError, problem } from '../errors.ts';
import type { RateLimitStore } from '../rate-limit/store.ts';
import type { Actor, ApiAccess, ApiKeyCaller } from './context.ts';

/**
 * How callers are recognised. The platform enforces access; the modules that own the credentials
 * supply these when the app is built (tenancy the session cookie, integrations the API key), so the
 * platform imports no module.
 */
export type Authenticators = {
  session: {
    cookie: string;
    /** With `profile`, also what the route asked for by `config.sessionProfile`, in the same query. */
    resolve: (
      db: Db,
      token: string,
      options: { profile?: boolean },
    ) => Promise<{ actor: Actor; tenantId: string; csrfToken: string; profile?: unknown } | null>;
  };
  apiKey: {
    /** The key sent in the `Authorization` header, or null. */
    fromAuthorization: (header: string | undefined) => string | null;
    /** The key's caller, its request counted against the key's rate limit in `rateLimits`. */
    resolve: (db: Db, key: string, rateLimits: RateLimitStore) => Promise<ApiKeyCaller | null>;
    /** The `WWW-Authenticate` header of a refusal. */
    challenge: (routeUrl: string, credentialsSent: boolean) => string;
  };
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from the session cookie and enforces the route's declared `access`.
 * Writes made with a cookie must echo the session's CSRF token in `x-csrf-token`.
 */
export function registerAuthHook(app: FastifyInstance, db: Db, authenticators: Authenticators) {
  app.decorateRequest('actor', null);
  app.decorateRequest('tenantId', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('apiKey', null);
  app.decorateRequest('sessionProfile', null);

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // unmatched routes (404) and static files
    if (access === 'api:read' || access === 'api:write')
      return authenticateApiKey(request, reply, db, authenticators.apiKey, access, app.services.rateLimits);
    const token = request.cookies[authenticators.session.cookie];
    if (token) {
      const profile = request.routeOptions.config?.sessionProfile === true;
      const session = await authenticators.session.resolve(db, token, { profile });
      if (session) {
        request.sessionProfile = session.profile ?? null;
        request.actor = session.actor;
        request.tenantId = session.tenantId;
        request.csrfToken = session.csrfToken;
        addLogBindings(request, { userId: session.actor.userId, tenantId: session.tenantId });
      }
    }
    if (access === 'public') return;
    if (!request.actor) throw new AppError('auth.sign_in_required');
    checkCsrf(request);
    if (access !== 'member' && !access.includes(request.actor.role)) throw new AppError('forbidden');
  });
}

/**
 * The integration API: a key, not a session (so no CSRF: nothing is sent automatically by a browser).
 * A missing, unknown, revoked or expired key is 401 with a `WWW-Authenticate` challenge; a key
 * without the route's scope 403.
 */
async function authenticateApiKey(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Db,
  apiKeys: Authenticators['apiKey'],
  access: ApiAccess,
  rateLimits: RateLimitStore,
) {
  const key = apiKeys.fromAuthorization(request.headers.authorization);
  const caller = key ? await apiKeys.resolve(db, key, rateLimits) : null;
  if (!caller) {
    reply.header(
      'www-authenticate',
      apiKeys.challenge(request.routeOptions.url ?? request.url, !!request.headers.authorization),
    );
    throw new AppError('auth.api_key_bearer_required');
  }
  const scope = access === 'api:write' ? 'write' : 'read';
  if (!caller.scopes.includes(scope)) throw problem('auth.api_key_lacks_scope', { scope });
  request.apiKey = caller;
  request.tenantId = caller.companyId;
  addLogBindings(request, { apiKeyId: caller.id, tenantId: caller.companyId });
}

/**
 * Who is calling, on every later log line of the request. Added to the request's own logger (Fastify makes
 * one per request) rather than to a second child of it: a child per request costs more than the route.
 */
function addLogBindings(request: FastifyRequest, bindings: Record<string, string>) {
  const log = request.log as FastifyRequest['log'] & { setBindings?: (bindings: Record<string, string>) => void };
  if (log.setBindings) log.setBindings(bindings);
  else request.log = request.log.child(bindings);
}

function checkCsrf(request: FastifyRequest) {
  if (SAFE_METHODS.has(request.method)) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !request.csrfToken || !safeEqual(sent, request.csrfToken)) {
    throw new AppError('csrf_failed');
  }
}

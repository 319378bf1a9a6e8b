import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiKeyChallenge, keyFromAuthorization, resolveApiKey } from '../../modules/integrations/api-key-auth.ts';
import { resolveSession, SESSION_COOKIE } from '../../modules/tenancy/sessions.ts';
import { safeEqual } from '../crypto.ts';
import type { Db } from '../db/db.ts';
import { AppError, problem } from '../errors.ts';
import type { ApiAccess } from './context.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from the session cookie and enforces the route's declared `access`.
 * Writes made with a cookie must echo the session's CSRF token in `x-csrf-token`.
 */
export function registerAuthHook(app: FastifyInstance, db: Db) {
  app.decorateRequest('actor', null);
  app.decorateRequest('tenantId', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('apiKey', null);

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // unmatched routes (404) and static files
    if (access === 'api:read' || access === 'api:write') return authenticateApiKey(request, reply, db, access);
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(db, token);
      if (session) {
        request.actor = session.actor;
        request.tenantId = session.tenantId;
        request.csrfToken = session.csrfToken;
        request.log = request.log.child({ userId: session.actor.userId, tenantId: session.tenantId });
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
async function authenticateApiKey(request: FastifyRequest, reply: FastifyReply, db: Db, access: ApiAccess) {
  const key = keyFromAuthorization(request.headers.authorization);
  const caller = key ? await resolveApiKey(db, key) : null;
  if (!caller) {
    reply.header(
      'www-authenticate',
      apiKeyChallenge(request.routeOptions.url ?? request.url, !!request.headers.authorization),
    );
    throw new AppError('auth.api_key_bearer_required');
  }
  const scope = access === 'api:write' ? 'write' : 'read';
  if (!caller.scopes.includes(scope)) throw problem('auth.api_key_lacks_scope', { scope });
  request.apiKey = caller;
  request.tenantId = caller.companyId;
  request.log = request.log.child({ apiKeyId: caller.id, tenantId: caller.companyId });
}

function checkCsrf(request: FastifyRequest) {
  if (SAFE_METHODS.has(request.method)) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !request.csrfToken || !safeEqual(sent, request.csrfToken)) {
    throw new AppError('csrf_failed');
  }
}

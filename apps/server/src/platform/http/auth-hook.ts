import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE } from '../../modules/tenancy/sessions.ts';
import { safeEqual } from '../crypto.ts';
import type { Db } from '../db/db.ts';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from the session cookie and enforces the route's declared `access`.
 * Writes made with a cookie must echo the session's CSRF token in `x-csrf-token`.
 */
export function registerAuthHook(app: FastifyInstance, db: Db) {
  app.decorateRequest('actor', null);
  app.decorateRequest('tenantId', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // unmatched routes (404) and static files
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
    if (!request.actor) throw new AppError('unauthenticated', 'Sign in to continue');
    checkCsrf(request);
    if (access !== 'member' && !access.includes(request.actor.role)) throw new AppError('forbidden');
  });
}

function checkCsrf(request: FastifyRequest) {
  if (SAFE_METHODS.has(request.method)) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !request.csrfToken || !safeEqual(sent, request.csrfToken)) {
    throw new AppError('csrf_failed', 'The request lacks a valid CSRF token; reload the page and try again');
  }
}

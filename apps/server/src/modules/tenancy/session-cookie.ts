import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE } from './sessions.ts';
import { loadMe } from './use-cases/load-me.ts';

type NewSession = { token: string; maxAgeSeconds: number; userId: string; companyId: string };

/** Sets the cookie of a session just opened and answers who is now signed in, as `/api/auth/me` does. */
export async function startSession(request: FastifyRequest, reply: FastifyReply, session: NewSession) {
  const { config, db } = request.server.services;
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: session.maxAgeSeconds,
  });
  const resolved = await resolveSession(db, session.token);
  return loadMe(db, { userId: session.userId, companyId: session.companyId, csrfToken: resolved!.csrfToken });
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE } from './sessions.ts';

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
  const resolved = await resolveSession(db, session.token, { profile: true });
  return resolved!.profile!;
}

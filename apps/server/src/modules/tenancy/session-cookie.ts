import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/index.ts';
import { resolveSession, SESSION_COOKIE } from './sessions.ts';

type NewSession = { token: string; maxAgeSeconds: number; userId: string; companyId: string };

/**
 * How a session was opened: a password, an invitation accepted, an emailed link (open sign-up or a
 * company sign-up link), the first-run setup, or a switch to another company of the same login.
 */
export type SignInMethod = 'password' | 'invite' | 'email_link' | 'first_setup' | 'company_switch';

/**
 * Sets the cookie of a session just opened, records the sign-in in the company's audit log (every
 * way in passes here, so none goes unrecorded) and answers who is now signed in, as `/api/auth/me` does.
 */
export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  session: NewSession,
  method: SignInMethod,
) {
  const { config, db } = request.server.services;
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: session.maxAgeSeconds,
  });
  const resolved = (await resolveSession(db, session.token, { profile: true }))!;
  await recordAudit(db, {
    companyId: session.companyId,
    actor: { kind: 'member', membershipId: resolved.actor.membershipId },
    action: 'auth.signed_in',
    target: { kind: 'membership', id: resolved.actor.membershipId },
    detail: { method },
    ip: request.ip ?? null,
  });
  return resolved.profile!;
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomToken } from '../../platform/crypto.ts';

/**
 * A first-party cookie naming the browser that opens a candidate's or referee's page: the part of the
 * same-device fraud rule that a user agent, screen and time zone cannot be (everyone with the same
 * phone model shares those). httpOnly and only sent to the public reference pages' API; it holds a
 * random id and nothing else.
 */
const DEVICE_COOKIE = 'vouch_device';
const TWO_YEARS_SECONDS = 2 * 365 * 86_400;

/** The browser's id: the one its cookie holds, or a new one set on the reply now. */
export function browserIdOf(request: FastifyRequest, reply: FastifyReply): string {
  const held = request.cookies[DEVICE_COOKIE];
  if (held && /^[A-Za-z0-9_-]{43}$/.test(held)) return held;
  const id = randomToken();
  reply.setCookie(DEVICE_COOKIE, id, {
    path: '/api/public',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.server.services.config.secureCookies,
    maxAge: TWO_YEARS_SECONDS,
  });
  return id;
}

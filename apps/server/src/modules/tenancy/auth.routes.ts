import {
  type TMe,
  ZAcceptInviteRequest,
  ZForgotPasswordRequest,
  ZForgotPasswordResponse,
  ZInviteInfo,
  ZMe,
  ZOk,
  ZResetPasswordRequest,
  ZSignInRequest,
  ZSignupInfo,
  ZSignupRequest,
  ZSwitchCompanyRequest,
  ZUpdateProfileRequest,
  ZVerificationSent,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { ctxOf, publicCtxOf } from '../../platform/http/ctx.ts';
import { limitVerificationEmails } from './registrations.ts';
import { startSession } from './session-cookie.ts';
import { createSession, revokeSession, SESSION_COOKIE } from './sessions.ts';
import { countSignInAttempt } from './sign-in-limits.ts';
import { findMembershipOfUser } from './tenancy.repo.ts';
import { acceptInvite, askToJoin, inviteInfo, signupInfo } from './use-cases/join.ts';
import { loadMe } from './use-cases/load-me.ts';
import { requestPasswordReset, resetPassword } from './use-cases/reset-password.ts';
import { signIn } from './use-cases/sign-in.ts';
import { updateProfile } from './use-cases/update-profile.ts';

const tags = ['auth'];
/** Brute-force brakes per address on the link endpoints; sign-in has its own (see sign-in-limits.ts). */
export const linkLimit = { max: 20, timeWindow: '1 minute' };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public' },
      schema: { tags, body: ZSignInRequest, response: { 200: ZMe } },
    },
    async (request, reply) => {
      const attempt = await countSignInAttempt(request, reply, request.body.email);
      const session = await signIn(request.server.services.db, {
        ...request.body,
        userAgent: request.headers['user-agent'],
        ip: request.ip,
      });
      await attempt.succeeded();
      return startSession(request, reply, session, 'password');
    },
  );

  app.post(
    '/api/auth/sign-out',
    { config: { access: 'member' }, schema: { tags, response: { 200: ZOk } } },
    async (request, reply) => {
      await revokeSession(request.server.services.db, request.actor!.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'member', sessionProfile: true }, schema: { tags, response: { 200: ZMe } } },
    // The session lookup selected the profile (see resolveSession): this route sends no query of its own.
    async (request) => request.sessionProfile as TMe,
  );

  app.post(
    '/api/auth/switch-company',
    { config: { access: 'member' }, schema: { tags, body: ZSwitchCompanyRequest, response: { 200: ZMe } } },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const target = await findMembershipOfUser(ctx.db, request.body.companyId, ctx.actor.userId);
      if (target?.status !== 'active') throw new AppError('auth.not_a_member');
      const session = await createSession(ctx.db, { userId: ctx.actor.userId, companyId: target.companyId });
      await revokeSession(ctx.db, ctx.actor.sessionId);
      return startSession(
        request,
        reply,
        { ...session, userId: ctx.actor.userId, companyId: target.companyId },
        'company_switch',
      );
    },
  );

  app.put(
    '/api/me/profile',
    { config: { access: 'member' }, schema: { tags, body: ZUpdateProfileRequest, response: { 200: ZMe } } },
    async (request) => {
      const ctx = ctxOf(request);
      await updateProfile(ctx, request.body);
      return loadMe(ctx.db, { userId: ctx.actor.userId, companyId: ctx.tenantId, csrfToken: request.csrfToken! });
    },
  );

  app.post(
    '/api/auth/forgot-password',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, body: ZForgotPasswordRequest, response: { 200: ZForgotPasswordResponse } },
    },
    async (request) => ({
      ok: true as const,
      ...(await requestPasswordReset(publicCtxOf(request), request.body.email)),
    }),
  );

  app.post(
    '/api/auth/reset-password',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, body: ZResetPasswordRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await resetPassword(publicCtxOf(request), request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/invites/:token',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: z.object({ token: z.string().min(10).max(200) }), response: { 200: ZInviteInfo } },
    },
    async (request) => inviteInfo(publicCtxOf(request), request.params.token),
  );

  app.post(
    '/api/auth/invites/accept',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, body: ZAcceptInviteRequest, response: { 200: ZMe } },
    },
    async (request, reply) => {
      const session = await acceptInvite(publicCtxOf(request), {
        ...request.body,
        userAgent: request.headers['user-agent'],
      });
      return startSession(request, reply, session, 'invite');
    },
  );

  app.get(
    '/api/auth/signup/:code',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: z.object({ code: z.string().min(10).max(200) }), response: { 200: ZSignupInfo } },
    },
    async (request) => signupInfo(publicCtxOf(request), request.params.code),
  );

  app.post(
    '/api/auth/signup',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, body: ZSignupRequest, response: { 202: ZVerificationSent } },
    },
    async (request, reply) => {
      await limitVerificationEmails(request, reply, request.body.email);
      const sent = await askToJoin(publicCtxOf(request), request.body);
      return reply.status(202).send(sent);
    },
  );
};

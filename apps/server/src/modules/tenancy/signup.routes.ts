import {
  ZMe,
  ZNewCompanyRequest,
  ZSetupStatus,
  ZVerificationSent,
  ZVerifyEmailInfo,
  ZVerifyEmailRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicCtxOf } from '../../platform/http/ctx.ts';
import { linkLimit } from './auth.routes.ts';
import { limitVerificationEmails } from './registrations.ts';
import { startSession } from './session-cookie.ts';
import { askForNewCompany, setUpFirstCompany, setupStatus } from './use-cases/create-company.ts';
import { completeVerification, verificationInfo } from './use-cases/verify-email.ts';

const tags = ['auth'];

/** Ways in for someone without an account: first-run setup, open sign-up, and the emailed confirmation. */
export const signupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/setup',
    { config: { access: 'public' }, schema: { tags, response: { 200: ZSetupStatus } } },
    async (request) => setupStatus(request.server.services.db, request.server.services.config),
  );

  app.post(
    '/api/setup',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: {
        tags,
        description:
          'First-run setup: creates the first company and its admin while no company exists (409 afterwards). ' +
          'With a mail server the address is verified first (202); without one the person is signed in (200).',
        body: ZNewCompanyRequest,
        response: { 200: ZMe, 202: ZVerificationSent },
      },
    },
    async (request, reply) => {
      await limitVerificationEmails(request, reply, request.body.email);
      const result = await setUpFirstCompany(publicCtxOf(request), {
        ...request.body,
        userAgent: request.headers['user-agent'],
      });
      if (result.status === 'verification_sent') {
        const { status: _, ...sent } = result;
        return reply.status(202).send(sent);
      }
      return startSession(request, reply, result.session, 'first_setup');
    },
  );

  app.post(
    '/api/auth/new-company',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: {
        tags,
        description: 'Open sign-up (`SIGNUP=open`, else 404): emails a link that creates the company when used.',
        body: ZNewCompanyRequest,
        response: { 202: ZVerificationSent },
      },
    },
    async (request, reply) => {
      await limitVerificationEmails(request, reply, request.body.email);
      return reply.status(202).send(await askForNewCompany(publicCtxOf(request), request.body));
    },
  );

  app.get(
    '/api/auth/verify-email/:token',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: z.object({ token: z.string().min(10).max(200) }), response: { 200: ZVerifyEmailInfo } },
    },
    async (request) => verificationInfo(publicCtxOf(request), request.params.token),
  );

  app.post(
    '/api/auth/verify-email',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, body: ZVerifyEmailRequest, response: { 200: ZMe } },
    },
    async (request, reply) => {
      const session = await completeVerification(publicCtxOf(request), {
        ...request.body,
        userAgent: request.headers['user-agent'],
      });
      return startSession(request, reply, session, 'email_link');
    },
  );
};

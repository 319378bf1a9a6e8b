import {
  ZIdParams,
  ZMarkContactRequest,
  ZMyReferral,
  ZMyReferralPage,
  ZMyReferralQuery,
  ZUpdateMarkRequest,
  ZWithdrawReferralResult,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { markContact } from './use-cases/mark-contact.ts';
import { listMyReferrals, updateMyReferral, withdrawMyReferral } from './use-cases/my-referrals.ts';

const tags = ['my referrals'];
// Everyone with a network of their own marks contacts; agency recruiters submit instead.
const access = { access: ['employee', 'recruiter', 'admin', 'hiring_manager'] as const };
// Agents have no network to mark, but "My referrals" lists what they submitted.
const referrers = { access: ['employee', 'recruiter', 'admin', 'hiring_manager', 'agent'] as const };

/** An employee's marks on their contacts and "My referrals": only ever their own rows. */
export const markRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/contacts/:id/mark',
    {
      config: access,
      schema: { tags, params: ZIdParams, body: ZMarkContactRequest, response: { 201: ZMyReferral } },
    },
    async (request, reply) => {
      const referral = await markContact(ctxOf(request), request.params.id, request.body);
      reply.status(201);
      return referral;
    },
  );

  app.get(
    '/api/my/referrals',
    { config: referrers, schema: { tags, querystring: ZMyReferralQuery, response: { 200: ZMyReferralPage } } },
    async (request) => listMyReferrals(ctxOf(request), request.query),
  );

  app.patch(
    '/api/my/referrals/:id',
    {
      config: access,
      schema: { tags, params: ZIdParams, body: ZUpdateMarkRequest, response: { 200: ZMyReferral } },
    },
    async (request) => updateMyReferral(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/my/referrals/:id',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZWithdrawReferralResult } } },
    async (request) => withdrawMyReferral(ctxOf(request), request.params.id),
  );
};

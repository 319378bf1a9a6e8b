import fastifyMultipart from '@fastify/multipart';
import {
  ZIdParams,
  ZJobAgencies,
  ZJobAgencySettings,
  ZOk,
  ZReferrableJobList,
  ZReferralOwner,
  ZReferralOwnerQuery,
  ZReferralPolicy,
  ZReferralWithdrawInfo,
  ZReferralWithdrawRequest,
  ZReferralWithdrawToken,
  ZReferSomeoneRequest,
  ZReferSomeoneResult,
  ZTransferOwnershipRequest,
  ZUpdateReferralPolicyRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, publicCtxOf } from '../../platform/http/ctx.ts';
import { readReferForm } from './intake-form.ts';
import { referFromForm } from './use-cases/intake-entry.ts';
import { getJobAgencies, setJobAgencies } from './use-cases/job-agencies.ts';
import { referrableJobs, referralOwnerOf } from './use-cases/owned-referrals.ts';
import { getReferralPolicy, updateReferralPolicy } from './use-cases/referral-policy.ts';
import { withdrawByLink, withdrawLinkInfo } from './use-cases/referral-received-email.ts';
import { transferOwnership } from './use-cases/transfer-ownership.ts';

const tags = ['referral intake'];
const referrers = { access: ['employee', 'recruiter', 'admin', 'hiring_manager', 'agent'] as const };
const admins = { access: ['admin'] as const };
const recruiting = { access: ['admin', 'recruiter'] as const };
const linkLimit = { max: 20, timeWindow: '1 minute' };

/** Refer someone, agents' submissions, My referrals of them, the referral policy and ownership. */
export const intakeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/referrals',
    { config: referrers, schema: { tags, body: ZReferSomeoneRequest, response: { 201: ZReferSomeoneResult } } },
    async (request, reply) => reply.status(201).send(await referFromForm(ctxOf(request), request.body)),
  );
  // The same with a CV: a multipart form (this plugin's own parser; JSON bodies keep their limit elsewhere).
  await app.register(async (forms) => {
    await forms.register(fastifyMultipart);
    forms.post(
      '/api/referrals/with-cv',
      {
        config: referrers,
        schema: {
          tags,
          description:
            'Refer someone as `multipart/form-data`: the fields of `POST /api/referrals`, and `cv` (PDF or Word, 10 MB).',
          consumes: ['multipart/form-data'],
          response: { 201: ZReferSomeoneResult },
        },
      },
      async (request, reply) => {
        const { input, cv } = await readReferForm(request);
        return reply.status(201).send(await referFromForm(ctxOf(request), input, cv));
      },
    );
  });
  app.get(
    '/api/referrals/jobs',
    { config: referrers, schema: { tags, response: { 200: ZReferrableJobList } } },
    async (request) => referrableJobs(ctxOf(request)),
  );
  app.get(
    '/api/referral-policy',
    { config: recruiting, schema: { tags, response: { 200: ZReferralPolicy } } },
    async (request) => getReferralPolicy(ctxOf(request)),
  );
  app.put(
    '/api/referral-policy',
    { config: admins, schema: { tags, body: ZUpdateReferralPolicyRequest, response: { 200: ZReferralPolicy } } },
    async (request) => updateReferralPolicy(ctxOf(request), request.body),
  );
  app.post(
    '/api/referrals/:id/transfer',
    { config: admins, schema: { tags, params: ZIdParams, body: ZTransferOwnershipRequest, response: { 200: ZOk } } },
    async (request) => transferOwnership(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/candidates/:id/referral-owner',
    {
      config: recruiting,
      schema: { tags, params: ZIdParams, querystring: ZReferralOwnerQuery, response: { 200: ZReferralOwner } },
    },
    async (request) => referralOwnerOf(ctxOf(request), request.params.id, request.query.jobId ?? null),
  );
  app.get(
    '/api/jobs/:id/agencies',
    { config: admins, schema: { tags, params: ZIdParams, response: { 200: ZJobAgencySettings } } },
    async (request) => getJobAgencies(ctxOf(request), request.params.id),
  );
  app.put(
    '/api/jobs/:id/agencies',
    {
      config: admins,
      schema: { tags, params: ZIdParams, body: ZJobAgencies, response: { 200: ZJobAgencySettings } },
    },
    async (request) => setJobAgencies(ctxOf(request), request.params.id, request.body),
  );
  // The referred person's withdraw page: opening it changes nothing; the button's POST withdraws.
  app.get(
    '/api/public/referral-withdrawals/:token',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: z.object({ token: ZReferralWithdrawToken }), response: { 200: ZReferralWithdrawInfo } },
    },
    async (request) => withdrawLinkInfo(publicCtxOf(request), request.params.token),
  );
  app.post(
    '/api/public/referral-withdrawals',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, body: ZReferralWithdrawRequest, response: { 200: ZOk } },
    },
    async (request) => withdrawByLink(publicCtxOf(request), request.body.token),
  );
};

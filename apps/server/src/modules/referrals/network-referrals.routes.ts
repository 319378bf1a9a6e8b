import {
  ZAddReferralToJobRequest,
  ZAddReferralToJobResult,
  ZChangeReferralStatusRequest,
  ZIdParams,
  ZNetworkReferralDetail,
  ZNetworkReferralPage,
  ZNetworkReferralQuery,
  ZUpdateReferralRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { csvExportSchema, sendCsv } from './csv.ts';
import { addReferralToJob } from './use-cases/add-to-job.ts';
import {
  changeReferralStatus,
  exportNetworkReferrals,
  listNetworkReferrals,
  loadNetworkReferralDetail,
  updateNetworkReferral,
} from './use-cases/network-referrals.ts';

const tags = ['referrals'];
const access = { access: ['admin', 'recruiter'] as const };
const ZExportQuery = ZNetworkReferralQuery.omit({ cursor: true, limit: true });

/** The recruiters' Referrals area: email introductions and prospects employees passed on. */
export const networkReferralRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/referrals/network',
    { config: access, schema: { tags, querystring: ZNetworkReferralQuery, response: { 200: ZNetworkReferralPage } } },
    async (request) => listNetworkReferrals(ctxOf(request), request.query),
  );

  app.get(
    '/api/referrals/network/export.csv',
    { config: access, schema: csvExportSchema(tags, ZExportQuery) },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const file = await exportNetworkReferrals(ctx, request.query);
      return sendCsv(reply, file, `referrals-${request.query.tab}`);
    },
  );

  app.get(
    '/api/referrals/:id',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZNetworkReferralDetail } } },
    async (request) => loadNetworkReferralDetail(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/referrals/:id/status',
    {
      config: access,
      schema: {
        tags,
        params: ZIdParams,
        body: ZChangeReferralStatusRequest,
        response: { 200: ZNetworkReferralDetail },
      },
    },
    async (request) => changeReferralStatus(ctxOf(request), request.params.id, request.body),
  );

  app.patch(
    '/api/referrals/:id',
    {
      config: access,
      schema: { tags, params: ZIdParams, body: ZUpdateReferralRequest, response: { 200: ZNetworkReferralDetail } },
    },
    async (request) => updateNetworkReferral(ctxOf(request), request.params.id, request.body),
  );

  // "Add to job": an introduction or prospect becomes a pipeline candidate, keeping its referral.
  app.post(
    '/api/referrals/:id/add-to-job',
    {
      config: access,
      schema: { tags, params: ZIdParams, body: ZAddReferralToJobRequest, response: { 201: ZAddReferralToJobResult } },
    },
    async (request, reply) =>
      reply.code(201).send(await addReferralToJob(ctxOf(request), request.params.id, request.body)),
  );
};

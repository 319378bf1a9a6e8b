import {
  ZChangeReferralStatusRequest,
  ZIdParams,
  ZNetworkReferralDetail,
  ZNetworkReferralPage,
  ZNetworkReferralQuery,
  ZUpdateReferralRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { EXPORT_ROW_LIMIT } from './network-referrals.csv.ts';
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
    {
      config: access,
      schema: {
        tags,
        querystring: ZExportQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe(`CSV, at most ${EXPORT_ROW_LIMIT} rows`) },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const file = await exportNetworkReferrals(ctx, request.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="referrals-${request.query.tab}-${day}.csv"`)
        .header('cache-control', 'no-store')
        .header('x-export-rows', String(file.rows))
        .header('x-export-row-limit', String(EXPORT_ROW_LIMIT))
        .header('x-export-truncated', String(file.truncated))
        .send(file.csv);
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
};

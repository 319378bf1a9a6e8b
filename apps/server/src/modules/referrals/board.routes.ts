import {
  ZBoardPage,
  ZBoardQuery,
  ZBoardReferral,
  ZCandidateReferralList,
  ZIdParams,
  ZJobInactiveReferrals,
  ZReactivateJobReferralsResult,
  ZSetReferralActiveRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { csvExportSchema, sendCsv } from './csv.ts';
import { exportBoard, listBoard } from './use-cases/board.ts';
import {
  countJobInactiveReferrals,
  listCandidateReferrals,
  reactivateJobReferrals,
  setActive,
} from './use-cases/referral-activity.ts';

const tags = ['referrals'];
// Recruiters and admins; hiring managers see their roles' candidates, not the referrals behind them.
const access = { access: ['admin', 'recruiter'] as const };
const ZExportQuery = ZBoardQuery.omit({ cursor: true, limit: true });

/** The referral board: every referral of every source, active and inactive, with the bell. */
export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/referrals',
    { config: access, schema: { tags, querystring: ZBoardQuery, response: { 200: ZBoardPage } } },
    async (request) => listBoard(ctxOf(request), request.query),
  );

  app.get(
    '/api/referrals/export.csv',
    { config: access, schema: csvExportSchema(tags, ZExportQuery) },
    async (request, reply) => {
      const file = await exportBoard(ctxOf(request), request.query);
      return sendCsv(reply, file, `referral-board-${request.query.tab}`);
    },
  );

  app.post(
    '/api/referrals/:id/active',
    {
      config: access,
      schema: { tags, params: ZIdParams, body: ZSetReferralActiveRequest, response: { 200: ZBoardReferral } },
    },
    async (request) => setActive(ctxOf(request), request.params.id, request.body.active),
  );

  app.get(
    '/api/candidates/:id/referrals',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZCandidateReferralList } } },
    async (request) => listCandidateReferrals(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/jobs/:id/referrals/inactive-count',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZJobInactiveReferrals } } },
    async (request) => countJobInactiveReferrals(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/jobs/:id/referrals/reactivate',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZReactivateJobReferralsResult } } },
    async (request) => reactivateJobReferrals(ctxOf(request), request.params.id),
  );
};

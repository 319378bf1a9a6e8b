import {
  ZForfeitBonusRequest,
  ZIdParams,
  ZMarkBonusPaidRequest,
  ZReferralBonus,
  ZReferralBonusExportQuery,
  ZReferralBonusPage,
  ZReferralBonusQuery,
  ZSetBonusStartDateRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { csvExportSchema, sendCsv } from './csv.ts';
import { approveBonus, forfeitBonus, markBonusPaid } from './use-cases/bonus-actions.ts';
import { exportPayouts, listPayouts, setBonusStartDate } from './use-cases/payouts.ts';

const tags = ['referral bonuses'];
const admin = { access: ['admin'] as const };
const one = { tags, params: ZIdParams, response: { 200: ZReferralBonus } };

/** The payouts page: bonuses from the hire to payroll. Admins move them; recruiters set a start date. */
export const referralBonusRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/referral-bonuses',
    { config: admin, schema: { tags, querystring: ZReferralBonusQuery, response: { 200: ZReferralBonusPage } } },
    async (request) => listPayouts(ctxOf(request), request.query),
  );

  app.get(
    '/api/referral-bonuses/export.csv',
    { config: admin, schema: csvExportSchema(tags, ZReferralBonusExportQuery) },
    async (request, reply) => sendCsv(reply, await exportPayouts(ctxOf(request), request.query), 'referral-payouts'),
  );

  app.put(
    '/api/referral-bonuses/:id/start-date',
    { config: { access: ['admin', 'recruiter'] as const }, schema: { ...one, body: ZSetBonusStartDateRequest } },
    async (request) => setBonusStartDate(ctxOf(request), request.params.id, request.body.startDate),
  );

  app.post('/api/referral-bonuses/:id/approve', { config: admin, schema: one }, async (request) =>
    approveBonus(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/referral-bonuses/:id/paid',
    { config: admin, schema: { ...one, body: ZMarkBonusPaidRequest } },
    async (request) => markBonusPaid(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/referral-bonuses/:id/forfeit',
    { config: admin, schema: { ...one, body: ZForfeitBonusRequest } },
    async (request) => forfeitBonus(ctxOf(request), request.params.id, request.body.reason),
  );
};

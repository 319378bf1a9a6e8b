import {
  ZBonusTier,
  ZBonusTierList,
  ZIdParams,
  ZOk,
  ZReorderBonusTiersRequest,
  ZSaveBonusTierRequest,
  ZVisibleBonusTierList,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { listBonusTiers } from './bonus-tiers.repo.ts';
import {
  createBonusTier,
  deleteBonusTier,
  reorderBonusTiers,
  updateBonusTier,
} from './use-cases/manage-bonus-tiers.ts';

const tags = ['bonus tiers'];
const admin = ['admin'] as const;

export const bonusTierRoutes: FastifyPluginAsyncZod = async (app) => {
  // Every signed-in member may see what a referral is worth; the response schema drops the internals.
  app.get(
    '/api/bonus-tiers/visible',
    { config: { access: 'member' }, schema: { tags, response: { 200: ZVisibleBonusTierList } } },
    async (request) => {
      const ctx = ctxOf(request);
      return { items: await listBonusTiers(ctx.db, ctx.tenantId, { visibleOnly: true }) };
    },
  );

  app.get(
    '/api/company/bonus-tiers',
    { config: { access: admin }, schema: { tags, response: { 200: ZBonusTierList } } },
    async (request) => {
      const ctx = ctxOf(request);
      return { items: await listBonusTiers(ctx.db, ctx.tenantId) };
    },
  );

  app.post(
    '/api/company/bonus-tiers',
    { config: { access: admin }, schema: { tags, body: ZSaveBonusTierRequest, response: { 201: ZBonusTier } } },
    async (request, reply) => {
      reply.status(201);
      return createBonusTier(ctxOf(request), request.body);
    },
  );

  // Static, so it wins over `/:id` in the router.
  app.put(
    '/api/company/bonus-tiers/order',
    {
      config: { access: admin },
      schema: { tags, body: ZReorderBonusTiersRequest, response: { 200: ZBonusTierList } },
    },
    async (request) => ({ items: await reorderBonusTiers(ctxOf(request), request.body.ids) }),
  );

  app.put(
    '/api/company/bonus-tiers/:id',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, body: ZSaveBonusTierRequest, response: { 200: ZBonusTier } },
    },
    async (request) => updateBonusTier(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/company/bonus-tiers/:id',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZOk } } },
    async (request) => {
      await deleteBonusTier(ctxOf(request), request.params.id);
      return { ok: true as const };
    },
  );
};

import { ZExclusion, ZExclusionList, ZIdParams, ZOk, ZSaveExclusionRequest } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { listExclusions } from './exclusions.repo.ts';
import { createExclusion, deleteExclusion, updateExclusion } from './use-cases/manage-exclusions.ts';

const tags = ['exclusions'];
// Recruiters are the ones told about a non-solicit or a do-not-hire, so they keep the list with admins.
const keepers = ['admin', 'recruiter'] as const;

export const exclusionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/exclusions',
    { config: { access: keepers }, schema: { tags, response: { 200: ZExclusionList } } },
    async (request) => {
      const ctx = ctxOf(request);
      return { items: await listExclusions(ctx.db, ctx.tenantId) };
    },
  );

  app.post(
    '/api/exclusions',
    { config: { access: keepers }, schema: { tags, body: ZSaveExclusionRequest, response: { 201: ZExclusion } } },
    async (request, reply) => {
      reply.status(201);
      return createExclusion(ctxOf(request), request.body);
    },
  );

  app.put(
    '/api/exclusions/:id',
    {
      config: { access: keepers },
      schema: { tags, params: ZIdParams, body: ZSaveExclusionRequest, response: { 200: ZExclusion } },
    },
    async (request) => updateExclusion(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/exclusions/:id',
    { config: { access: keepers }, schema: { tags, params: ZIdParams, response: { 200: ZOk } } },
    async (request) => {
      await deleteExclusion(ctxOf(request), request.params.id);
      return { ok: true as const };
    },
  );
};

import { ZIdParams, ZTriageQuery, ZTriageQueue } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../platform/http/ctx.ts';
import { listTriageQueue, skipContact } from './triage-queue.ts';

const tags = ['contacts'];
// Everyone with a network of their own; agency recruiters work from outside the company.
const access = { access: ['employee', 'recruiter', 'admin', 'hiring_manager'] as const };
const noContent = { 204: z.null() };

export const triageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/contacts/triage',
    { config: access, schema: { tags, querystring: ZTriageQuery, response: { 200: ZTriageQueue } } },
    async (request) => listTriageQueue(ctxOf(request), request.query.limit),
  );

  app.post(
    '/api/contacts/:id/skip',
    { config: access, schema: { tags, params: ZIdParams, response: noContent } },
    async (request, reply) => {
      await skipContact(ctxOf(request), request.params.id, true);
      return reply.status(204).send(null);
    },
  );

  // Undo of a skip.
  app.delete(
    '/api/contacts/:id/skip',
    { config: access, schema: { tags, params: ZIdParams, response: noContent } },
    async (request, reply) => {
      await skipContact(ctxOf(request), request.params.id, false);
      return reply.status(204).send(null);
    },
  );
};

import { ZCandidateConnections, ZConnectionSummaries, ZConnectionSummaryQuery, ZIdParams } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../../platform/errors.ts';
import { ctxOf } from '../../../platform/http/ctx.ts';
import { candidateScopeOf, findCandidateRow } from '../../hiring/index.ts';
import { findCandidateConnections, summarizeConnections } from './connections.repo.ts';

const tags = ['candidates'];
// Whoever may read the candidate: hiring managers only those on their own jobs.
const access = { access: ['admin', 'recruiter', 'hiring_manager'] as const };

export const connectionRoutes: FastifyPluginAsyncZod = async (app) => {
  // A static segment: Fastify's router prefers it to `/api/candidates/:id`, whatever the order.
  app.get(
    '/api/candidates/connections',
    { config: access, schema: { tags, querystring: ZConnectionSummaryQuery, response: { 200: ZConnectionSummaries } } },
    async (request) => {
      const ctx = ctxOf(request);
      return summarizeConnections(ctx.db, ctx.tenantId, request.query.ids, candidateScopeOf(ctx.actor));
    },
  );

  app.get(
    '/api/candidates/:id/connections',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZCandidateConnections } } },
    async (request) => {
      const ctx = ctxOf(request);
      const candidateId = request.params.id;
      if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId, candidateScopeOf(ctx.actor)))) throw notFound();
      return { items: await findCandidateConnections(ctx.db, ctx.tenantId, candidateId) };
    },
  );
};

import {
  ZCandidate,
  ZCandidateListItem,
  ZCandidateListQuery,
  ZCreateCandidateRequest,
  ZCreateCandidateResponse,
  ZCreateJobRequest,
  ZDashboard,
  ZDuplicateCheck,
  ZDuplicateCheckRequest,
  ZIdParams,
  ZJob,
  ZJobListItem,
  ZJobListQuery,
  ZMovePlacementRequest,
  ZOk,
  ZPage,
  ZPlaceCandidateRequest,
  ZPlacement,
  ZPlacementHistory,
  ZSearchResult,
  ZUpdateCandidateRequest,
  ZUpdateJobRequest,
  ZUpdateJobStepsRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../platform/errors.ts';
import { ctxOf } from '../../platform/http/ctx.ts';
import { findCandidateRow, listCandidates, loadCandidate } from './candidates.repo.ts';
import { candidateFileRoutes } from './files/candidate-files.routes.ts';
import { listJobs, loadJob } from './jobs.repo.ts';
import { myHistoryRoutes } from './my-history.routes.ts';
import { candidateScopeOf } from './use-cases/candidate-access.ts';
import { checkDuplicates } from './use-cases/find-duplicates.ts';
import { jobScopeOf } from './use-cases/job-access.ts';
import { movePlacement, placeCandidate, placementHistory, removePlacement } from './use-cases/placements.ts';
import { createCandidate, updateCandidate } from './use-cases/save-candidate.ts';
import { createJob, setJobArchived, updateJob, updateJobSteps } from './use-cases/save-job.ts';
import { globalSearch, loadDashboard } from './use-cases/search-and-dashboard.ts';

const recruiting = ['admin', 'recruiter'] as const;
const candidateReaders = ['admin', 'recruiter', 'hiring_manager'] as const;

export const hiringRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(candidateFileRoutes);
  await app.register(myHistoryRoutes);
  const jobs = { tags: ['jobs'] };
  app.get(
    '/api/jobs',
    {
      config: { access: 'member' },
      schema: { ...jobs, querystring: ZJobListQuery, response: { 200: ZPage(ZJobListItem) } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const { mine, ...filter } = request.query;
      return listJobs(ctx.db, ctx.tenantId, jobScopeOf(ctx.actor), {
        ...filter,
        mine: mine ? ctx.actor.membershipId : undefined,
      });
    },
  );
  app.post(
    '/api/jobs',
    { config: { access: recruiting }, schema: { ...jobs, body: ZCreateJobRequest, response: { 201: ZJob } } },
    async (request, reply) => {
      reply.status(201);
      return createJob(ctxOf(request), request.body);
    },
  );
  app.get(
    '/api/jobs/:id',
    { config: { access: 'member' }, schema: { ...jobs, params: ZIdParams, response: { 200: ZJob } } },
    async (request) => {
      const ctx = ctxOf(request);
      const job = await loadJob(ctx.db, ctx.tenantId, request.params.id, jobScopeOf(ctx.actor));
      if (!job) throw notFound();
      return job;
    },
  );
  app.put(
    '/api/jobs/:id',
    {
      config: { access: recruiting },
      schema: { ...jobs, params: ZIdParams, body: ZUpdateJobRequest, response: { 200: ZJob } },
    },
    async (request) => updateJob(ctxOf(request), request.params.id, request.body),
  );
  app.put(
    '/api/jobs/:id/steps',
    {
      config: { access: recruiting },
      schema: { ...jobs, params: ZIdParams, body: ZUpdateJobStepsRequest, response: { 200: ZJob } },
    },
    async (request) => updateJobSteps(ctxOf(request), request.params.id, request.body.steps),
  );
  app.post(
    '/api/jobs/:id/archive',
    { config: { access: recruiting }, schema: { ...jobs, params: ZIdParams, response: { 200: ZJob } } },
    async (request) => setJobArchived(ctxOf(request), request.params.id, true),
  );
  app.post(
    '/api/jobs/:id/unarchive',
    { config: { access: recruiting }, schema: { ...jobs, params: ZIdParams, response: { 200: ZJob } } },
    async (request) => setJobArchived(ctxOf(request), request.params.id, false),
  );

  const cand = { tags: ['candidates'] };
  app.get(
    '/api/candidates',
    {
      config: { access: candidateReaders },
      schema: { ...cand, querystring: ZCandidateListQuery, response: { 200: ZPage(ZCandidateListItem) } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      return listCandidates(ctx.db, ctx.tenantId, candidateScopeOf(ctx.actor), request.query);
    },
  );
  app.post(
    '/api/candidates',
    {
      config: { access: recruiting },
      schema: { ...cand, body: ZCreateCandidateRequest, response: { 201: ZCreateCandidateResponse } },
    },
    async (request, reply) => {
      reply.status(201);
      return createCandidate(ctxOf(request), request.body);
    },
  );
  app.post(
    '/api/candidates/duplicate-check',
    {
      config: { access: recruiting },
      schema: { ...cand, body: ZDuplicateCheckRequest, response: { 200: ZDuplicateCheck } },
    },
    async (request) => checkDuplicates(ctxOf(request), request.body),
  );
  app.get(
    '/api/candidates/:id',
    { config: { access: candidateReaders }, schema: { ...cand, params: ZIdParams, response: { 200: ZCandidate } } },
    async (request) => {
      const ctx = ctxOf(request);
      const candidate = await loadCandidate(ctx.db, ctx.tenantId, request.params.id, candidateScopeOf(ctx.actor));
      if (!candidate) throw notFound();
      return candidate;
    },
  );
  app.put(
    '/api/candidates/:id',
    {
      config: { access: recruiting },
      schema: { ...cand, params: ZIdParams, body: ZUpdateCandidateRequest, response: { 200: ZCandidate } },
    },
    async (request) => updateCandidate(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/candidates/:id/history',
    {
      config: { access: candidateReaders },
      schema: { ...cand, params: ZIdParams, response: { 200: ZPlacementHistory } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      if (!(await findCandidateRow(ctx.db, ctx.tenantId, request.params.id, candidateScopeOf(ctx.actor))))
        throw notFound();
      return placementHistory(ctx, request.params.id);
    },
  );
  app.post(
    '/api/candidates/:id/placements',
    {
      config: { access: recruiting },
      schema: { ...cand, params: ZIdParams, body: ZPlaceCandidateRequest, response: { 201: ZCandidate } },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const placed = await ctx.db.transaction((tx) =>
        placeCandidate({ ...ctx, db: tx }, request.params.id, request.body),
      );
      reply.status(201);
      const candidate = (await loadCandidate(ctx.db, ctx.tenantId, request.params.id))!;
      // The new placement says whether its "Reference check" step started a check.
      if (!placed.referenceCheck) return candidate;
      return {
        ...candidate,
        placements: candidate.placements.map((p) =>
          p.id === placed.id ? { ...p, referenceCheck: placed.referenceCheck } : p,
        ),
      };
    },
  );
  app.put(
    '/api/placements/:id/step',
    {
      config: { access: recruiting },
      schema: { ...cand, params: ZIdParams, body: ZMovePlacementRequest, response: { 200: ZPlacement } },
    },
    async (request) =>
      movePlacement(ctxOf(request), request.params.id, request.body.stepId, { again: request.body.startNewCheck }),
  );
  app.delete(
    '/api/placements/:id',
    { config: { access: recruiting }, schema: { ...cand, params: ZIdParams, response: { 200: ZOk } } },
    async (request) => {
      await removePlacement(ctxOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  const home = { tags: ['home'] };
  app.get(
    '/api/search',
    {
      config: { access: candidateReaders },
      schema: {
        ...home,
        querystring: z.object({ q: z.string().trim().min(1).max(200) }),
        response: { 200: ZSearchResult },
      },
    },
    async (request) => globalSearch(ctxOf(request), request.query.q),
  );
  app.get(
    '/api/dashboard',
    { config: { access: 'member' }, schema: { ...home, response: { 200: ZDashboard } } },
    async (request) => loadDashboard(ctxOf(request), request.server.services.dashboard),
  );
};

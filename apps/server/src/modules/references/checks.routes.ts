import {
  ZAddRefereeRequest,
  ZCandidateLinkQuery,
  ZCheckTimeline,
  ZConsentRecordList,
  ZId,
  ZIdParams,
  ZLinkUrl,
  ZRefereeInput,
  ZReferenceCheck,
  ZReferenceCheckList,
  ZReferenceCheckListQuery,
  ZStartReferenceCheckRequest,
  ZStartReferenceChecksRequest,
  ZStartReferenceChecksResult,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { addRefereeByRecruiter } from './use-cases/add-referees.ts';
import { cancelCheck } from './use-cases/cancel-check.ts';
import { candidateConsents } from './use-cases/candidate-consents.ts';
import { candidateLink } from './use-cases/candidate-link.ts';
import { correctRefereeByRecruiter, removeRefereeByRecruiter } from './use-cases/change-referee.ts';
import { closeCheckEarly } from './use-cases/close-check.ts';
import { getCheck, getCheckTimeline } from './use-cases/get-check.ts';
import { candidateChecks, companyChecks } from './use-cases/list-checks.ts';
import { refereeLink, resendRefereeLink } from './use-cases/referee-links.ts';
import { startChecksInBulk } from './use-cases/start-checks-in-bulk.ts';
import { startFromProfile } from './use-cases/start-from-profile.ts';

const tags = ['references'];
/** Recruiters and admins run checks; a member limited to sub-accounts sees only theirs. */
const access = ['admin', 'recruiter'] as const;
const ZRefereeParams = z.object({ id: ZId, refereeId: ZId });

export const checksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/candidates/:id/reference-checks',
    {
      config: { access },
      schema: { tags, params: ZIdParams, body: ZStartReferenceCheckRequest, response: { 201: ZReferenceCheck } },
    },
    async (request, reply) => {
      const check = await startFromProfile(ctxOf(request), request.params.id, request.body);
      return reply.code(201).send(check);
    },
  );

  // Several candidates at once (candidate table, pipeline): each one's outcome, started or skipped with why.
  app.post(
    '/api/reference-checks/bulk',
    {
      config: { access },
      schema: { tags, body: ZStartReferenceChecksRequest, response: { 200: ZStartReferenceChecksResult } },
    },
    async (request) => startChecksInBulk(ctxOf(request), request.body),
  );

  app.get(
    '/api/candidates/:id/reference-checks',
    {
      config: { access },
      schema: { tags, params: ZIdParams, response: { 200: z.object({ items: z.array(ZReferenceCheck) }) } },
    },
    async (request) => candidateChecks(ctxOf(request), request.params.id),
  );

  // What the candidate and their referees agreed to, and to which text version (GDPR art. 7(1)).
  app.get(
    '/api/candidates/:id/consents',
    { config: { access }, schema: { tags, params: ZIdParams, response: { 200: ZConsentRecordList } } },
    async (request) => candidateConsents(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/reference-checks',
    {
      config: { access },
      schema: { tags, querystring: ZReferenceCheckListQuery, response: { 200: ZReferenceCheckList } },
    },
    async (request) => companyChecks(ctxOf(request), request.query),
  );

  app.get(
    '/api/reference-checks/:id',
    { config: { access }, schema: { tags, params: ZIdParams, response: { 200: ZReferenceCheck } } },
    async (request) => getCheck(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/reference-checks/:id/timeline',
    { config: { access }, schema: { tags, params: ZIdParams, response: { 200: ZCheckTimeline } } },
    async (request) => getCheckTimeline(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/reference-checks/:id/referees',
    {
      config: { access },
      schema: { tags, params: ZIdParams, body: ZAddRefereeRequest, response: { 201: ZReferenceCheck } },
    },
    async (request, reply) => {
      const check = await addRefereeByRecruiter(ctxOf(request), request.params.id, request.body);
      return reply.code(201).send(check);
    },
  );

  app.patch(
    '/api/reference-checks/:id/referees/:refereeId',
    {
      config: { access },
      schema: { tags, params: ZRefereeParams, body: ZRefereeInput, response: { 200: ZReferenceCheck } },
    },
    async (request) =>
      correctRefereeByRecruiter(ctxOf(request), request.params.id, request.params.refereeId, request.body),
  );

  app.delete(
    '/api/reference-checks/:id/referees/:refereeId',
    { config: { access }, schema: { tags, params: ZRefereeParams, response: { 200: ZReferenceCheck } } },
    async (request) => removeRefereeByRecruiter(ctxOf(request), request.params.id, request.params.refereeId),
  );

  app.post(
    '/api/reference-checks/:id/referees/:refereeId/resend',
    { config: { access }, schema: { tags, params: ZRefereeParams, response: { 200: ZReferenceCheck } } },
    async (request) => resendRefereeLink(ctxOf(request), request.params.id, request.params.refereeId),
  );

  app.post(
    '/api/reference-checks/:id/referees/:refereeId/link',
    { config: { access }, schema: { tags, params: ZRefereeParams, response: { 200: ZLinkUrl } } },
    async (request) => refereeLink(ctxOf(request), request.params.id, request.params.refereeId),
  );

  app.post(
    '/api/reference-checks/:id/candidate-link',
    {
      config: { access },
      schema: { tags, params: ZIdParams, querystring: ZCandidateLinkQuery, response: { 200: ZLinkUrl } },
    },
    async (request) => candidateLink(ctxOf(request), request.params.id, request.query.send),
  );

  app.post(
    '/api/reference-checks/:id/close',
    { config: { access }, schema: { tags, params: ZIdParams, response: { 200: ZReferenceCheck } } },
    async (request) => closeCheckEarly(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/reference-checks/:id/cancel',
    { config: { access }, schema: { tags, params: ZIdParams, response: { 200: ZReferenceCheck } } },
    async (request) => cancelCheck(ctxOf(request), request.params.id),
  );
};

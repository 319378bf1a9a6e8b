import {
  ZIdParams,
  ZReferralRequestAnswerRequest,
  ZReferralRequestAnswerResult,
  ZReferralRequestDraft,
  ZReferralRequestDraftRequest,
  ZReferralRequestResult,
  ZSendReferralRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { registerAnswerLinkRoutes } from './answer-link.routes.ts';
import { REFERRAL_REQUEST_ANSWER } from './use-cases/answer-links.ts';
import { draftReferralRequest, sendReferralRequest } from './use-cases/request-referral.ts';

const tags = ['referrals'];
const access = ['admin', 'recruiter'] as const;

/** A recruiter asks a colleague connected to a candidate for a referral; the colleague answers with one click. */
export const referralRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/candidates/:id/referral-requests/draft',
    {
      config: { access },
      schema: {
        tags,
        params: ZIdParams,
        body: ZReferralRequestDraftRequest,
        response: { 200: ZReferralRequestDraft },
      },
    },
    async (request) => draftReferralRequest(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/candidates/:id/referral-requests',
    {
      config: { access },
      schema: {
        tags,
        params: ZIdParams,
        body: ZSendReferralRequest,
        response: { 201: ZReferralRequestResult },
      },
    },
    async (request, reply) => {
      const result = await sendReferralRequest(ctxOf(request), request.params.id, request.body);
      return reply.code(201).send(result);
    },
  );

  registerAnswerLinkRoutes(app, {
    path: '/api/public/referral-request-answers',
    kind: REFERRAL_REQUEST_ANSWER,
    request: ZReferralRequestAnswerRequest,
    result: ZReferralRequestAnswerResult,
  });
};

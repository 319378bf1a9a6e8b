import {
  ZIdParams,
  ZIntroductionAnswerInfo,
  ZIntroductionAnswerRequest,
  ZIntroductionAnswerResult,
  ZNetworkReferralDetail,
  ZRequestIntroductionRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, publicCtxOf } from '../../platform/http/ctx.ts';
import { answerIntroduction, introductionAnswerInfo } from './use-cases/answer-introduction.ts';
import { requestIntroduction } from './use-cases/request-introduction.ts';

const tags = ['referrals'];
/** The answer links are guessable by no one, but a brake keeps anyone from trying. */
const linkLimit = { max: 20, timeWindow: '1 minute' };
const ZTokenParams = z.object({ token: z.string().min(10).max(200) });

export const introductionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/referrals/:id/request-introduction',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        params: ZIdParams,
        body: ZRequestIntroductionRequest,
        response: { 200: ZNetworkReferralDetail },
      },
    },
    async (request) => requestIntroduction(ctxOf(request), request.params.id, request.body),
  );

  // Opened from the employee's email, signed in or not: the token is the only credential.
  app.get(
    '/api/public/introduction-answers/:token',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: ZTokenParams, response: { 200: ZIntroductionAnswerInfo } },
    },
    async (request) => introductionAnswerInfo(publicCtxOf(request), request.params.token),
  );

  app.post(
    '/api/public/introduction-answers/:token',
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: {
        tags,
        params: ZTokenParams,
        body: ZIntroductionAnswerRequest,
        response: { 200: ZIntroductionAnswerResult },
      },
    },
    async (request) => answerIntroduction(publicCtxOf(request), request.params.token, request.body.answer),
  );
};

import {
  ZIdParams,
  ZIntroductionAnswerRequest,
  ZIntroductionAnswerResult,
  ZNetworkReferralDetail,
  ZRequestIntroductionRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { registerAnswerLinkRoutes } from './answer-link.routes.ts';
import { INTRODUCTION_ANSWER } from './use-cases/answer-links.ts';
import { requestIntroduction } from './use-cases/request-introduction.ts';

const tags = ['referrals'];

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

  registerAnswerLinkRoutes(app, {
    path: '/api/public/introduction-answers',
    kind: INTRODUCTION_ANSWER,
    request: ZIntroductionAnswerRequest,
    result: ZIntroductionAnswerResult,
  });
};

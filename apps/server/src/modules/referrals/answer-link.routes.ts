import { ZIntroductionAnswerInfo } from '@vouch/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicCtxOf } from '../../platform/http/ctx.ts';
import { type AnswerLinkKind, answerLinkInfo, recordLinkAnswer } from './use-cases/answer-links.ts';

/** The answer links are guessable by no one, but a brake keeps anyone from trying. */
const linkLimit = { max: 20, timeWindow: '1 minute' };
const ZTokenParams = z.object({ token: z.string().min(10).max(200) });

/**
 * The two public routes behind an email's one-click answers: GET says what the link is about without
 * using it, POST records the answer. Opened from the email, signed in or not: the token is the only
 * credential.
 */
export function registerAnswerLinkRoutes<A extends string>(
  app: FastifyInstance,
  options: {
    /** e.g. `/api/public/introduction-answers`; the token follows. */
    path: string;
    kind: AnswerLinkKind<A>;
    answer: z.ZodType<A>;
    result: z.ZodType;
  },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];
  routes.get(
    `${options.path}/:token`,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: ZTokenParams, response: { 200: ZIntroductionAnswerInfo } },
    },
    async (request) => answerLinkInfo(publicCtxOf(request), options.kind, request.params.token),
  );
  routes.post(
    `${options.path}/:token`,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: {
        tags,
        params: ZTokenParams,
        body: z.object({ answer: options.answer }),
        response: { 200: options.result },
      },
    },
    async (request) =>
      recordLinkAnswer(publicCtxOf(request), options.kind, request.params.token, request.body.answer as A),
  );
}

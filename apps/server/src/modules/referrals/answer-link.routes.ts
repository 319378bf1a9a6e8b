import { type TOneClickAnswer, ZAnswerLinkToken, ZIntroductionAnswerInfo } from '@vouch/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicCtxOf } from '../../platform/http/ctx.ts';
import { type AnswerLinkKind, answerLinkInfo, recordLinkAnswer } from './use-cases/answer-links.ts';

/** The answer links are guessable by no one, but a brake keeps anyone from trying. */
const linkLimit = { max: 20, timeWindow: '1 minute' };

/**
 * The two public routes behind an email's one-click answers. GET (and HEAD) says what the link is
 * about and changes nothing, so a mail scanner that follows or previews the link answers nothing.
 * POST, sent only by the page's button, records the answer; the token travels in its body, not in
 * a URL that logs and proxies keep. Opened from the email, signed in or not: the token is the only
 * credential, so there is no session for a cross-site request to ride on.
 */
export function registerAnswerLinkRoutes<A extends TOneClickAnswer>(
  app: FastifyInstance,
  options: {
    /** e.g. `/api/public/introduction-answers`. */
    path: string;
    kind: AnswerLinkKind<A>;
    request: z.ZodType<{ token: string; answer: A }>;
    result: z.ZodType;
  },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];
  routes.get(
    `${options.path}/:token`,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: {
        tags,
        params: z.object({ token: ZAnswerLinkToken }),
        response: { 200: ZIntroductionAnswerInfo },
      },
    },
    async (request) => answerLinkInfo(publicCtxOf(request), options.kind, request.params.token),
  );
  routes.post(
    options.path,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, body: options.request, response: { 200: options.result } },
    },
    async (request) => {
      const { token, answer } = request.body as { token: string; answer: A };
      return recordLinkAnswer(publicCtxOf(request), options.kind, token, answer);
    },
  );
}

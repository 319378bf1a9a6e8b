import { ZPrivacyPage, ZPrivacySubject } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicCtxOf } from '../../platform/http/ctx.ts';
import { privacyPage } from './use-cases/privacy-page.ts';
import { requestErasure } from './use-cases/request-erasure.ts';
import { withdrawConsent } from './use-cases/withdraw-consent.ts';

const tags = ['privacy'];
const ZParams = z.object({ subject: ZPrivacySubject, token: z.string().min(10).max(200) });
const response = { 200: ZPrivacyPage };

/**
 * The privacy page of a candidate or referee, behind the link they already hold (`subject` says
 * which kind of link it is; a candidate's token is unknown as a referee's). No account: the token is
 * the only credential. Unknown → 404, no longer working → 410 `link_expired` with whom to contact.
 */
export const privacyLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  const rateLimit = { max: app.services.config.publicLinkRateLimit, timeWindow: '1 minute' };
  const config = { access: 'public' as const, rateLimit };
  const base = '/api/public/privacy/:subject/:token';

  app.get(base, { config, schema: { tags, params: ZParams, response } }, async (request) =>
    privacyPage(publicCtxOf(request), request.params.subject, request.params.token),
  );
  app.post(`${base}/withdraw`, { config, schema: { tags, params: ZParams, response } }, async (request) =>
    withdrawConsent(publicCtxOf(request), request.params.subject, request.params.token),
  );
  app.post(`${base}/erasure`, { config, schema: { tags, params: ZParams, response } }, async (request) =>
    requestErasure(publicCtxOf(request), request.params.subject, request.params.token),
  );
};

import { ZCandidatePage, ZCandidateRefereesRequest, ZConsentRequest, ZId, ZRefereeInput } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicCtxOf } from '../../platform/http/ctx.ts';
import { browserIdOf } from './device-cookie.ts';
import { addCandidateReferees } from './use-cases/add-candidate-referees.ts';
import { candidatePage } from './use-cases/candidate-page.ts';
import { correctCandidateReferee } from './use-cases/correct-candidate-referee.ts';
import { giveConsent } from './use-cases/give-candidate-consent.ts';
import { withdrawCandidateReferee } from './use-cases/withdraw-candidate-referee.ts';

const tags = ['references'];
const ZTokenParams = z.object({ token: z.string().min(10).max(200) });
const ZTokenRefereeParams = ZTokenParams.extend({ refereeId: ZId });
const response = { 200: ZCandidatePage };

/**
 * The candidate's page behind their link: no account, the token is the only credential. An unknown
 * token is a 404; one that no longer works is a 410 `link_expired` that says whom to contact.
 */
export const publicCandidateRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The token is unguessable, but a brake per address keeps anyone from trying. */
  const rateLimit = { max: app.services.config.publicLinkRateLimit, timeWindow: '1 minute' };
  const config = { access: 'public' as const, rateLimit };
  const base = '/api/public/reference-candidate/:token';

  app.get(base, { config, schema: { tags, params: ZTokenParams, response } }, async (request, reply) => {
    browserIdOf(request, reply);
    return candidatePage(publicCtxOf(request), request.params.token);
  });

  app.post(
    `${base}/consent`,
    { config, schema: { tags, params: ZTokenParams, body: ZConsentRequest, response } },
    async (request, reply) =>
      giveConsent(publicCtxOf(request), request.params.token, {
        ...request.body,
        ip: request.ip,
        browserId: browserIdOf(request, reply),
      }),
  );

  app.post(
    `${base}/referees`,
    { config, schema: { tags, params: ZTokenParams, body: ZCandidateRefereesRequest, response } },
    async (request) => addCandidateReferees(publicCtxOf(request), request.params.token, request.body.referees),
  );

  app.patch(
    `${base}/referees/:refereeId`,
    { config, schema: { tags, params: ZTokenRefereeParams, body: ZRefereeInput, response } },
    async (request) =>
      correctCandidateReferee(publicCtxOf(request), request.params.token, request.params.refereeId, request.body),
  );

  app.delete(
    `${base}/referees/:refereeId`,
    { config, schema: { tags, params: ZTokenRefereeParams, response } },
    async (request) => withdrawCandidateReferee(publicCtxOf(request), request.params.token, request.params.refereeId),
  );
};

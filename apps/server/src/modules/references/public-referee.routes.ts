import {
  ZDeclineRequest,
  ZRefereeConsentRequest,
  ZRefereeLanguageRequest,
  ZRefereePage,
  ZSaveAnswersRequest,
  ZSaveAnswersResponse,
  ZVerifyCodeRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicCtxOf } from '../../platform/http/ctx.ts';
import { browserIdOf } from './device-cookie.ts';
import { chooseRefereeLanguage } from './use-cases/choose-referee-language.ts';
import { declineReference } from './use-cases/decline-reference.ts';
import { giveConsent } from './use-cases/give-referee-consent.ts';
import { refereePage } from './use-cases/referee-page.ts';
import { saveAnswers } from './use-cases/save-referee-answers.ts';
import { sendRefereeCode } from './use-cases/send-referee-code.ts';
import { submitAnswers } from './use-cases/submit-referee-answers.ts';
import { verifyRefereeCode } from './use-cases/verify-referee-code.ts';

const ZTokenParams = z.object({ token: z.string().min(10).max(200) });
const tags = ['references'];
const base = '/api/public/reference-referee/:token';

/**
 * The referee's questionnaire page. The link's token is the only credential: it names one referee,
 * and everything answered is about that referee's own check. A link that no longer works answers
 * 410 `link_expired` with a `branding` member saying whom to contact.
 */
export const publicRefereeRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Saving as they type needs room; everything else is a click now and then. Per route and IP. */
  const perMinute = app.services.config.publicLinkRateLimit;
  const saveLimit = { max: perMinute * 4, timeWindow: '1 minute' };
  const linkLimit = { max: perMinute, timeWindow: '1 minute' };
  app.get(
    base,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: ZTokenParams, response: { 200: ZRefereePage } },
    },
    async (request, reply) => {
      browserIdOf(request, reply);
      return refereePage(publicCtxOf(request).db, request.params.token);
    },
  );

  app.post(
    `${base}/consent`,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: ZTokenParams, body: ZRefereeConsentRequest, response: { 200: ZRefereePage } },
    },
    async (request, reply) =>
      giveConsent(publicCtxOf(request).db, request.params.token, {
        ...request.body,
        ip: request.ip,
        browserId: browserIdOf(request, reply),
      }),
  );

  /** The referee picks the language of their page and questions (before or while answering). */
  app.post(
    `${base}/language`,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: ZTokenParams, body: ZRefereeLanguageRequest, response: { 200: ZRefereePage } },
    },
    async (request) => chooseRefereeLanguage(publicCtxOf(request).db, request.params.token, request.body.language),
  );

  /** Codes are few and slow on purpose: a handful a minute per address on top of the per-code lockout. */
  const codeLimit = { max: Math.max(5, Math.ceil(perMinute / 4)), timeWindow: '1 minute' };
  app.post(
    `${base}/code`,
    {
      config: { access: 'public', rateLimit: codeLimit },
      schema: { tags, params: ZTokenParams, response: { 200: ZRefereePage } },
    },
    async (request) => sendRefereeCode(publicCtxOf(request).db, app.services.config, request.params.token),
  );

  app.post(
    `${base}/verify`,
    {
      config: { access: 'public', rateLimit: codeLimit },
      schema: { tags, params: ZTokenParams, body: ZVerifyCodeRequest, response: { 200: ZRefereePage } },
    },
    async (request) => verifyRefereeCode(publicCtxOf(request).db, request.params.token, request.body.code),
  );

  app.patch(
    `${base}/answers`,
    {
      config: { access: 'public', rateLimit: saveLimit },
      schema: { tags, params: ZTokenParams, body: ZSaveAnswersRequest, response: { 200: ZSaveAnswersResponse } },
    },
    async (request) => saveAnswers(publicCtxOf(request).db, request.params.token, request.body.answers),
  );

  app.post(
    `${base}/submit`,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: ZTokenParams, response: { 200: ZRefereePage } },
    },
    async (request) => {
      const ctx = publicCtxOf(request);
      return submitAnswers(ctx.db, ctx.config, request.params.token);
    },
  );

  app.post(
    `${base}/decline`,
    {
      config: { access: 'public', rateLimit: linkLimit },
      schema: { tags, params: ZTokenParams, body: ZDeclineRequest, response: { 200: ZRefereePage } },
    },
    async (request) => {
      const ctx = publicCtxOf(request);
      return declineReference(ctx.db, ctx.config, request.params.token, request.body.reason);
    },
  );
};

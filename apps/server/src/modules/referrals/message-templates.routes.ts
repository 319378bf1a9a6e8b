import {
  ZLanguageParams,
  ZMessageTemplate,
  ZReferralRequestTemplates,
  ZSaveMessageTemplateRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import {
  listReferralRequestTemplates,
  resetReferralRequestTemplate,
  saveReferralRequestTemplate,
} from './request-templates/index.ts';

const tags = ['company'];
const access = ['admin'] as const;
const path = '/api/company/message-templates/referral-request';

/** Admins keep the company's referral request email per language; without their own text the default applies. */
export const messageTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    path,
    { config: { access }, schema: { tags, response: { 200: ZReferralRequestTemplates } } },
    async (request) => listReferralRequestTemplates(ctxOf(request)),
  );

  app.put(
    `${path}/:language`,
    {
      config: { access },
      schema: {
        tags,
        params: ZLanguageParams,
        body: ZSaveMessageTemplateRequest,
        response: { 200: ZMessageTemplate },
      },
    },
    async (request) => saveReferralRequestTemplate(ctxOf(request), request.params.language, request.body),
  );

  app.delete(
    `${path}/:language`,
    {
      config: { access },
      schema: { tags, params: ZLanguageParams, response: { 200: ZMessageTemplate } },
    },
    async (request) => resetReferralRequestTemplate(ctxOf(request), request.params.language),
  );
};

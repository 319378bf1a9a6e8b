import {
  ZAddLanguageVersionRequest,
  ZArchiveRequest,
  ZCreateQuestionnaireRequest,
  ZIdParams,
  ZQuestionnaireListQuery,
  ZQuestionnaireTemplateDetail,
  ZQuestionnaireTemplateList,
  ZQuestionnaireVersionList,
  ZSaveQuestionnaireTemplateRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { addLanguageVersion } from './use-cases/add-language-version.ts';
import { archiveQuestionnaire } from './use-cases/archive-questionnaire.ts';
import { createQuestionnaire } from './use-cases/create-questionnaire.ts';
import { duplicateQuestionnaire } from './use-cases/duplicate-questionnaire.ts';
import { getQuestionnaire } from './use-cases/get-questionnaire.ts';
import { listVersions } from './use-cases/list-questionnaire-versions.ts';
import { listQuestionnaires } from './use-cases/list-questionnaires.ts';
import { saveQuestionnaire } from './use-cases/save-questionnaire.ts';

const tags = ['questionnaires'];
const checkRunners = ['admin', 'recruiter'] as const;
const access = { access: checkRunners };

/** Questionnaire templates: every save that changes the questions makes a new version. */
export const questionnairesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/questionnaires',
    {
      config: access,
      schema: { tags, querystring: ZQuestionnaireListQuery, response: { 200: ZQuestionnaireTemplateList } },
    },
    async (request) => ({ items: await listQuestionnaires(ctxOf(request), request.query) }),
  );

  app.post(
    '/api/questionnaires',
    {
      config: access,
      schema: { tags, body: ZCreateQuestionnaireRequest, response: { 201: ZQuestionnaireTemplateDetail } },
    },
    async (request, reply) => {
      reply.status(201);
      return createQuestionnaire(ctxOf(request), request.body);
    },
  );

  app.get(
    '/api/questionnaires/:id',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZQuestionnaireTemplateDetail } } },
    async (request) => getQuestionnaire(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/questionnaires/:id',
    {
      config: access,
      schema: {
        tags,
        params: ZIdParams,
        body: ZSaveQuestionnaireTemplateRequest,
        response: { 200: ZQuestionnaireTemplateDetail },
      },
    },
    async (request) => saveQuestionnaire(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/questionnaires/:id/duplicate',
    { config: access, schema: { tags, params: ZIdParams, response: { 201: ZQuestionnaireTemplateDetail } } },
    async (request, reply) => {
      reply.status(201);
      return duplicateQuestionnaire(ctxOf(request), request.params.id);
    },
  );

  app.post(
    '/api/questionnaires/:id/language-versions',
    {
      config: access,
      schema: {
        tags,
        params: ZIdParams,
        body: ZAddLanguageVersionRequest,
        response: { 201: ZQuestionnaireTemplateDetail },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return addLanguageVersion(ctxOf(request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/questionnaires/:id/archive',
    {
      config: access,
      schema: { tags, params: ZIdParams, body: ZArchiveRequest, response: { 200: ZQuestionnaireTemplateDetail } },
    },
    async (request) => archiveQuestionnaire(ctxOf(request), request.params.id, request.body.archived),
  );

  app.get(
    '/api/questionnaires/:id/versions',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZQuestionnaireVersionList } } },
    async (request) => ({ items: await listVersions(ctxOf(request), request.params.id) }),
  );
};

import { ZV1PageQuery, ZV1SubAccountList, ZV1TemplateList, ZV1TemplateListQuery } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiCtxOf } from '../../platform/http/ctx.ts';
import { listV1SubAccounts, listV1Templates } from './use-cases/v1-catalog.ts';

const tags = ['api v1'];
const security = [{ apiKey: [] }];

/** What a reference check may name: the sub-accounts and questionnaires the API key sees. */
export const v1CatalogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/sub-accounts',
    {
      config: { access: 'api:read' },
      schema: {
        tags,
        security,
        summary: 'List sub-accounts',
        description: 'The company’s sub-accounts (brands); a sub-account key sees only its own.',
        querystring: ZV1PageQuery,
        response: { 200: ZV1SubAccountList },
      },
    },
    async (request) => listV1SubAccounts(apiCtxOf(request), request.query),
  );

  app.get(
    '/api/v1/templates',
    {
      config: { access: 'api:read' },
      schema: {
        tags,
        security,
        summary: 'List questionnaires',
        description:
          'Questionnaires a reference check may use (not archived). A sub-account key sees the company-wide ones and its own.',
        querystring: ZV1TemplateListQuery,
        response: { 200: ZV1TemplateList },
      },
    },
    async (request) => listV1Templates(apiCtxOf(request), request.query),
  );
};

import { ZApiKey, ZApiKeyList, ZCreateApiKeyRequest, ZCreatedApiKey, ZIdParams } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './use-cases/api-keys.ts';

const tags = ['api keys'];
const admin = ['admin'] as const;

/** The company's API keys, managed by admins with a session; the keys themselves call `/api/v1`. */
export const apiKeysRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/company/api-keys',
    { config: { access: admin }, schema: { tags, response: { 200: ZApiKeyList } } },
    async (request) => {
      const ctx = ctxOf(request);
      return { items: await listApiKeys(ctx.db, ctx.tenantId) };
    },
  );

  app.post(
    '/api/company/api-keys',
    { config: { access: admin }, schema: { tags, body: ZCreateApiKeyRequest, response: { 201: ZCreatedApiKey } } },
    async (request, reply) => {
      const created = await createApiKey(ctxOf(request), request.body);
      reply.status(201).header('cache-control', 'no-store');
      return created;
    },
  );

  app.post(
    '/api/company/api-keys/:id/revoke',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZApiKey } } },
    async (request) => revokeApiKey(ctxOf(request), request.params.id),
  );
};

import {
  type TWebhookEndpoint,
  ZIdParams,
  ZV1CreatedWebhookEndpoint,
  ZV1CreateWebhookEndpointRequest,
  ZV1PageQuery,
  ZV1WebhookEndpointList,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiCtxOf } from '../../platform/http/ctx.ts';
import { decodeCursor, pageOf } from '../../platform/http/cursor.ts';
import { auditAct } from '../audit/index.ts';
import { notFoundDoc } from './openapi.ts';
import { assertSubAccountEventTypes, createWebhookEndpoint } from './use-cases/create-webhook-endpoint.ts';
import { deleteWebhookEndpoint } from './use-cases/delete-webhook-endpoint.ts';
import { listWebhookEndpoints } from './use-cases/webhook-endpoints.ts';

const tags = ['api v1'];
const security = [{ apiKey: [] }];

const toV1 = (e: TWebhookEndpoint) => ({
  id: e.id,
  url: e.url,
  event_types: e.eventTypes,
  description: e.description,
  enabled: e.status !== 'disabled',
  created_at: e.createdAt,
});

/**
 * An ATS registers where it wants events; the secret to verify them is in the create answer only.
 * A sub-account key's endpoints are its sub-account's: they hear only its checks' events, and the
 * key sees and deletes only them.
 */
export const v1WebhooksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/webhook-endpoints',
    {
      config: { access: 'api:write' },
      schema: {
        tags,
        security,
        summary: 'Register a webhook endpoint',
        description:
          'Events are signed with the returned `secret` (Standard Webhooks). The secret is shown only in this response. ' +
          'An endpoint registered with a sub-account key belongs to that sub-account: it receives only the events of ' +
          'that sub-account’s reference checks, so it may subscribe to `reference_check.*` events only (422 otherwise).',
        body: ZV1CreateWebhookEndpointRequest,
        response: { 201: ZV1CreatedWebhookEndpoint },
      },
    },
    async (request, reply) => {
      const ctx = apiCtxOf(request);
      const { url, event_types, description } = request.body;
      const subAccountId = ctx.apiKey.subAccountId;
      assertSubAccountEventTypes(subAccountId, event_types, 'event_types');
      const created = await createWebhookEndpoint(
        ctx.db,
        ctx.config.webhookPrivateNetworks,
        ctx.tenantId,
        { url, eventTypes: event_types, description },
        { createdByApiKeyId: ctx.apiKey.id, subAccountId },
      );
      await auditAct(ctx, { action: 'webhook_endpoint.created', target: { kind: 'webhook_endpoint', id: created.id } });
      reply.status(201);
      return { ...toV1(created), secret: created.secret };
    },
  );

  app.get(
    '/api/v1/webhook-endpoints',
    {
      config: { access: 'api:read' },
      schema: {
        tags,
        security,
        summary: 'List webhook endpoints',
        description:
          'Newest first. Secrets are never listed. A sub-account key lists only the endpoints registered for its sub-account.',
        querystring: ZV1PageQuery,
        response: { 200: ZV1WebhookEndpointList },
      },
    },
    async (request) => {
      const ctx = apiCtxOf(request);
      const { cursor, limit } = request.query;
      const after = decodeCursor(cursor, ['timestamp', 'uuid']) as [string, string] | null;
      const rows = await listWebhookEndpoints(ctx.db, ctx.tenantId, { after, limit }, ctx.apiKey.subAccountId);
      const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
      return { data: page.items.map(toV1), next_cursor: page.nextCursor };
    },
  );

  app.delete(
    '/api/v1/webhook-endpoints/:id',
    {
      config: { access: 'api:write', problems: { 404: notFoundDoc('webhook endpoint') } },
      schema: {
        tags,
        security,
        summary: 'Delete a webhook endpoint',
        description:
          'Deliveries still waiting for it stop. A sub-account key deletes only its sub-account’s endpoints (404 for others).',
        params: ZIdParams,
        response: { 204: z.null().describe('No content') },
      },
    },
    async (request, reply) => {
      const ctx = apiCtxOf(request);
      await deleteWebhookEndpoint(ctx.db, ctx.tenantId, request.params.id, ctx.apiKey.subAccountId);
      await auditAct(ctx, {
        action: 'webhook_endpoint.deleted',
        target: { kind: 'webhook_endpoint', id: request.params.id },
      });
      return reply.status(204).send(null);
    },
  );
};

import {
  ZCreateWebhookEndpointRequest,
  ZIdParams,
  ZOk,
  ZPageQuery,
  ZUpdateWebhookEndpointRequest,
  ZWebhookDelivery,
  ZWebhookDeliveryPage,
  ZWebhookEndpoint,
  ZWebhookEndpointList,
  ZWebhookEndpointWithSecret,
  ZWebhookSettings,
  ZWebhookSettingsRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { auditAct } from '../audit/index.ts';
import { createWebhookEndpoint } from './use-cases/create-webhook-endpoint.ts';
import { deleteWebhookEndpoint } from './use-cases/delete-webhook-endpoint.ts';
import { rotateWebhookSecret } from './use-cases/rotate-webhook-secret.ts';
import { updateWebhookEndpoint } from './use-cases/update-webhook-endpoint.ts';
import { listDeliveries, resendWebhookDelivery, sendWebhookTestEvent } from './use-cases/webhook-admin.ts';
import { listWebhookEndpoints } from './use-cases/webhook-endpoints.ts';
import { allowsPrivateNetworks, setAllowPrivateNetworks } from './webhook-policy.ts';

const tags = ['webhooks'];
const endpoint = (id: string) => ({ kind: 'webhook_endpoint' as const, id });
const admin = ['admin'] as const;

/** Admins register webhook endpoints, read each one's delivery log, resend and send a test event. */
export const webhooksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/company/webhook-endpoints',
    { config: { access: admin }, schema: { tags, response: { 200: ZWebhookEndpointList } } },
    async (request) => {
      const ctx = ctxOf(request);
      return {
        items: await listWebhookEndpoints(ctx.db, ctx.tenantId),
        allowPrivateNetworks: await allowsPrivateNetworks(ctx.db, ctx.tenantId),
        operatorPrivateNetworks: ctx.config.webhookPrivateNetworks.kind,
      };
    },
  );

  app.post(
    '/api/company/webhook-endpoints',
    {
      config: { access: admin },
      schema: { tags, body: ZCreateWebhookEndpointRequest, response: { 201: ZWebhookEndpointWithSecret } },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const created = await createWebhookEndpoint(
        ctx.db,
        ctx.config.webhookPrivateNetworks,
        ctx.tenantId,
        request.body,
        {
          createdById: ctx.actor.membershipId,
        },
      );
      await auditAct(ctx, { action: 'webhook_endpoint.created', target: endpoint(created.id) });
      reply.status(201);
      return created;
    },
  );

  // Static, so it wins over `/:id` in the router.
  app.put(
    '/api/company/webhook-endpoints/settings',
    {
      config: { access: admin },
      schema: { tags, body: ZWebhookSettingsRequest, response: { 200: ZWebhookSettings } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      return setAllowPrivateNetworks(
        ctx.db,
        ctx.config.webhookPrivateNetworks,
        ctx.tenantId,
        request.body.allowPrivateNetworks,
      );
    },
  );

  app.put(
    '/api/company/webhook-endpoints/:id',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, body: ZUpdateWebhookEndpointRequest, response: { 200: ZWebhookEndpoint } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const updated = await updateWebhookEndpoint(
        ctx.db,
        ctx.config.webhookPrivateNetworks,
        ctx.tenantId,
        request.params.id,
        request.body,
      );
      await auditAct(ctx, { action: 'webhook_endpoint.updated', target: endpoint(updated.id) });
      return updated;
    },
  );

  app.delete(
    '/api/company/webhook-endpoints/:id',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZOk } } },
    async (request) => {
      const ctx = ctxOf(request);
      await deleteWebhookEndpoint(ctx.db, ctx.tenantId, request.params.id);
      await auditAct(ctx, { action: 'webhook_endpoint.deleted', target: endpoint(request.params.id) });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/company/webhook-endpoints/:id/rotate-secret',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, response: { 200: ZWebhookEndpointWithSecret } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const rotated = await rotateWebhookSecret(ctx.db, ctx.tenantId, request.params.id);
      await auditAct(ctx, { action: 'webhook_endpoint.secret_rotated', target: endpoint(rotated.id) });
      return rotated;
    },
  );

  app.get(
    '/api/company/webhook-endpoints/:id/deliveries',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, querystring: ZPageQuery, response: { 200: ZWebhookDeliveryPage } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      return listDeliveries(ctx.db, ctx.tenantId, request.params.id, request.query);
    },
  );

  app.post(
    '/api/company/webhook-endpoints/:id/test',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 201: ZWebhookDelivery } } },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const delivery = await sendWebhookTestEvent(ctx.db, ctx.tenantId, request.params.id);
      reply.status(201);
      return delivery;
    },
  );

  app.post(
    '/api/company/webhook-deliveries/:id/resend',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZWebhookDelivery } } },
    async (request) => {
      const ctx = ctxOf(request);
      return resendWebhookDelivery(ctx.db, ctx.tenantId, request.params.id);
    },
  );
};

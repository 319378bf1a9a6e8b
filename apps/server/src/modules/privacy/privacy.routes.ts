import {
  ZErasureReceipt,
  ZErasureReceipts,
  ZErasureRequest,
  ZErasureRequestItem,
  ZErasureRequestList,
  ZId,
  ZKeepDataRequest,
  ZRetentionExtension,
  ZRetentionExtensionRequest,
  ZRetentionSettings,
  ZUpcomingAnonymisations,
  ZUpdateRetentionSettingsRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { privacyLinkRoutes } from './privacy-link.routes.ts';
import { erasePersonOnRequest, erasureReceipts } from './use-cases/erase-person.ts';
import { eraseRequestedNow, erasureRequestList, keepRequestedData } from './use-cases/erasure-requests.ts';
import {
  extendRetention,
  getRetentionSettings,
  retentionExtensions,
  upcomingAnonymisations,
  updateRetentionSettings,
} from './use-cases/retention-settings.ts';

const tags = ['privacy'];
const admins = { access: ['admin'] as const };

const ZIdParams = z.object({ id: ZId });

/**
 * Company settings → Privacy: retention periods, the dry run, extensions, erasure and its receipts,
 * people's own erasure requests; and the privacy page candidates and referees reach from their link.
 */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(privacyLinkRoutes);
  app.get(
    '/api/privacy/retention',
    { config: admins, schema: { tags, response: { 200: ZRetentionSettings } } },
    async (request) => getRetentionSettings(ctxOf(request)),
  );
  app.put(
    '/api/privacy/retention',
    { config: admins, schema: { tags, body: ZUpdateRetentionSettingsRequest, response: { 200: ZRetentionSettings } } },
    async (request) => updateRetentionSettings(ctxOf(request), request.body),
  );
  app.get(
    '/api/privacy/retention/upcoming',
    { config: admins, schema: { tags, response: { 200: ZUpcomingAnonymisations } } },
    async (request) => upcomingAnonymisations(ctxOf(request)),
  );
  app.get(
    '/api/privacy/retention/extensions',
    { config: admins, schema: { tags, response: { 200: z.object({ extensions: z.array(ZRetentionExtension) }) } } },
    async (request) => retentionExtensions(ctxOf(request)),
  );
  app.post(
    '/api/privacy/retention/extensions',
    { config: admins, schema: { tags, body: ZRetentionExtensionRequest, response: { 201: ZRetentionExtension } } },
    async (request, reply) => reply.status(201).send(await extendRetention(ctxOf(request), request.body)),
  );
  app.get(
    '/api/privacy/erasures',
    { config: admins, schema: { tags, response: { 200: ZErasureReceipts } } },
    async (request) => erasureReceipts(ctxOf(request)),
  );
  app.post(
    '/api/privacy/erasures',
    { config: admins, schema: { tags, body: ZErasureRequest, response: { 201: ZErasureReceipt } } },
    async (request, reply) => reply.status(201).send(await erasePersonOnRequest(ctxOf(request), request.body)),
  );
  app.get(
    '/api/privacy/erasure-requests',
    { config: admins, schema: { tags, response: { 200: ZErasureRequestList } } },
    async (request) => erasureRequestList(ctxOf(request)),
  );
  app.post(
    '/api/privacy/erasure-requests/:id/keep',
    {
      config: admins,
      schema: { tags, params: ZIdParams, body: ZKeepDataRequest, response: { 200: ZErasureRequestItem } },
    },
    async (request) => keepRequestedData(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/privacy/erasure-requests/:id/erase',
    { config: admins, schema: { tags, params: ZIdParams, response: { 200: ZErasureRequestItem } } },
    async (request) => eraseRequestedNow(ctxOf(request), request.params.id),
  );
};

import {
  ZErasureReceipt,
  ZErasureReceipts,
  ZErasureRequest,
  ZRetentionExtension,
  ZRetentionExtensionRequest,
  ZRetentionSettings,
  ZUpcomingAnonymisations,
  ZUpdateRetentionSettingsRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { erasePersonOnRequest, erasureReceipts } from './use-cases/erase-person.ts';
import {
  extendRetention,
  getRetentionSettings,
  retentionExtensions,
  upcomingAnonymisations,
  updateRetentionSettings,
} from './use-cases/retention-settings.ts';

const tags = ['privacy'];
const admins = { access: ['admin'] as const };

/** Company settings → Privacy: retention periods, the dry run, extensions, erasure and its receipts. */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
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
};

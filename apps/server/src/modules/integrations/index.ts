/**
 * The integration API for applicant tracking systems: API keys, `/api/v1`, idempotency, rate limits,
 * webhooks (Standard Webhooks), report share links and Greenhouse's assessment partner protocol. The
 * only surface other modules import.
 */
import type { FastifyPluginAsync } from 'fastify';
import { apiKeysRoutes } from './api-keys.routes.ts';
import { greenhouseRoutes } from './greenhouse.routes.ts';
import { reportShareRoutes } from './report-share.routes.ts';
import { v1CatalogRoutes } from './v1-catalog.routes.ts';
import { v1PeopleRoutes } from './v1-people.routes.ts';
import { v1ReferenceChecksRoutes } from './v1-reference-checks.routes.ts';
import { v1WebhooksRoutes } from './v1-webhooks.routes.ts';
import { webhooksRoutes } from './webhooks.routes.ts';

export const integrationsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(apiKeysRoutes);
  await app.register(webhooksRoutes);
  await app.register(reportShareRoutes);
  await app.register(v1CatalogRoutes);
  await app.register(v1ReferenceChecksRoutes);
  await app.register(v1PeopleRoutes);
  await app.register(v1WebhooksRoutes);
  await app.register(greenhouseRoutes);
};

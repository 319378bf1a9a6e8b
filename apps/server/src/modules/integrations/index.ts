/**
 * The integration API for applicant tracking systems: API keys, `/api/v1`, idempotency, rate limits,
 * webhooks (Standard Webhooks), report share links and Greenhouse's assessment partner protocol. The
 * only surface other modules import.
 */
import type { FastifyPluginAsync } from 'fastify';
import { apiKeysRoutes } from './api-keys.routes.ts';
import { greenhouseRoutes } from './greenhouse.routes.ts';
import { registerIdempotency } from './idempotency.ts';
import { registerApiRateLimit } from './rate-limit.ts';
import { reportShareRoutes } from './report-share.routes.ts';
import { registerStrictApiQueries } from './strict-query.ts';
import { v1CatalogRoutes } from './v1-catalog.routes.ts';
import { v1PeopleRoutes } from './v1-people.routes.ts';
import { v1ReferenceChecksRoutes } from './v1-reference-checks.routes.ts';
import { v1WebhooksRoutes } from './v1-webhooks.routes.ts';
import { webhooksRoutes } from './webhooks.routes.ts';

export const integrationsRoutes: FastifyPluginAsync = async (app) => {
  // App-wide hooks (this plugin shares the root context), added before the API routes and after the
  // auth hook, keyed on each route's `config.access`: the per-key rate limit, then Idempotency-Key on
  // API POSTs; and strict query schemas on /api/v1.
  registerApiRateLimit(app);
  registerIdempotency(app);
  registerStrictApiQueries(app);
  await app.register(apiKeysRoutes);
  await app.register(webhooksRoutes);
  await app.register(reportShareRoutes);
  await app.register(v1CatalogRoutes);
  await app.register(v1ReferenceChecksRoutes);
  await app.register(v1PeopleRoutes);
  await app.register(v1WebhooksRoutes);
  await app.register(greenhouseRoutes);
};

// Like fastify-plugin: the hooks above belong to the app, not to an encapsulated child, so an
// `api:read`/`api:write` route gets them wherever it is registered. The route plugins stay encapsulated.
Object.assign(integrationsRoutes, { [Symbol.for('skip-override')]: true });

export { completeApiDocument, documentApiRoute, integrationApiDocument } from './openapi.ts';
export { webhooksDocument } from './openapi-webhooks.ts';
export { WEBHOOK_MAX_ATTEMPTS } from './use-cases/delivery-queue.ts';
export { queuePartnerCallback } from './use-cases/partner-callbacks.ts';
export { attemptDelivery, resendDelivery, sendTestEvent } from './use-cases/webhook-delivery.ts';
export {
  checkEventData,
  emitCheckEvent,
  emitRefereeEvent,
  emitReferralEvent,
  emitWebhookEvent,
  type WebhookPayload,
} from './use-cases/webhook-events.ts';
export { generateWebhookSecret, newWebhookEventId, signWebhook } from './use-cases/webhook-signing.ts';
export { checkWebhookTarget, isNonPublicAddress } from './use-cases/webhook-target.ts';
export {
  integrationsBackgroundWork,
  runDueWebhooks,
  startWebhookWorker,
  WEBHOOK_DISABLE_AFTER_MS,
} from './use-cases/webhook-worker.ts';

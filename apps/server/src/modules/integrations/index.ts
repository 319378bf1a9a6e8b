/**
 * The integration API for applicant tracking systems: API keys, `/api/v1`, idempotency, rate limits,
 * webhooks (Standard Webhooks), report share links and Greenhouse's assessment partner protocol. The
 * only surface other modules import.
 */

export { checkWebhookTarget, isNonPublicAddress } from './address-guard.ts';
export { apiKeyAuthenticator } from './api-key-auth.ts';
export * from './integrations.tables.ts';
export { completeApiDocument, documentApiRoute, integrationApiDocument } from './openapi.ts';
export { webhooksDocument } from './openapi-webhooks.ts';
export { registerIntegrations } from './register.ts';
export { attemptDelivery } from './use-cases/attempt-delivery.ts';
export { WEBHOOK_MAX_ATTEMPTS } from './use-cases/delivery-queue.ts';
export { resendDelivery } from './use-cases/resend-delivery.ts';
export { sendTestEvent } from './use-cases/send-test-event.ts';
export {
  checkEventData,
  emitCheckEvent,
  emitRefereeEvent,
  emitReferralEvent,
  emitWebhookEvent,
  type WebhookPayload,
} from './use-cases/webhook-events.ts';
export { runDueWebhooks, WEBHOOK_DISABLE_AFTER_MS } from './use-cases/webhook-worker.ts';
export { generateWebhookSecret, newWebhookEventId, signWebhook } from './webhook-signing.ts';

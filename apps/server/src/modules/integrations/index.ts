/**
 * The integration API for applicant tracking systems: API keys, `/api/v1`, idempotency, rate limits,
 * webhooks (Standard Webhooks), report share links and Greenhouse's assessment partner protocol. The
 * only surface other modules import.
 */

export { checkWebhookTarget, isNonPublicAddress } from './address-guard.ts';
export { apiKeyAuthenticator } from './api-key-auth.ts';
export { WEBHOOK_MAX_ATTEMPTS } from './delivery-queue.ts';
export { anonymiseOldWebhookPayloads, dropExpiredReplays, eraseIntegrationCopies } from './erasure.repo.ts';
export * from './integrations.tables.ts';
export { completeApiDocument, documentApiRoute, integrationApiDocument } from './openapi.ts';
export { webhooksDocument } from './openapi-webhooks.ts';
export { registerIntegrations } from './register.ts';
export { attemptDelivery } from './use-cases/attempt-delivery.ts';
export { WEBHOOK_DISABLE_AFTER_MS } from './use-cases/disable-endpoint.ts';
export { checkEventData, emitCheckEvent } from './use-cases/emit-check-event.ts';
export { emitRefereeEvent } from './use-cases/emit-referee-event.ts';
export { emitReferralEvent } from './use-cases/emit-referral-event.ts';
export { emitWebhookEvent, type WebhookPayload } from './use-cases/emit-webhook-event.ts';
export { resendDelivery } from './use-cases/resend-delivery.ts';
export { sendTestEvent } from './use-cases/send-test-event.ts';
export { runDueWebhooks } from './use-cases/webhook-worker.ts';
export { generateWebhookSecret, newWebhookEventId, signWebhook } from './webhook-signing.ts';

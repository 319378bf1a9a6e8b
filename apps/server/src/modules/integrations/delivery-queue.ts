import { RETRY_SCHEDULE_MS } from '../../platform/retry.ts';

/**
 * Deliveries in the app's work queue: each `webhook_deliveries` row (a webhook, or a partner
 * callback) is queued with it, and the row shows each attempt to the delivery log.
 */

/** One attempt, then one more after each wait of the schedule: about 24 hours, then the delivery is dead. */
export const WEBHOOK_MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length + 1;
/** The work queue's kinds for the two kinds of delivery row. */
export const WEBHOOK_WORK = 'webhook_delivery';
export const PARTNER_CALLBACK_WORK = 'partner_callback';
export const workKindOf = (kind: string) => (kind === 'partner_callback' ? PARTNER_CALLBACK_WORK : WEBHOOK_WORK);

import type { Config } from '../../../platform/config.ts';
import type { DomainEvents } from '../../../platform/events.ts';
import { emitCheckEvent } from './emit-check-event.ts';
import { emitRefereeEvent } from './emit-referee-event.ts';
import { emitReferralEvent } from './emit-referral-event.ts';
import { queuePartnerCallback } from './partner-callbacks.ts';

/**
 * The domain events integrators hear of: each becomes a webhook event (same type, same payload) in
 * the transaction of the change, and a completed check started by a partner also queues the partner's
 * callback. The modules that publish them never import this one.
 */
export function registerWebhookSubscribers(events: DomainEvents, config: Pick<Config, 'publicUrl'>) {
  for (const type of ['reference_check.created', 'reference_check.cancelled', 'reference_check.expired'] as const)
    events.subscribe(
      type,
      async (tx, event) => void (await emitCheckEvent(tx, config, type, event.companyId, event.checkId)),
    );
  events.subscribe('reference_check.completed', async (tx, event) => {
    await emitCheckEvent(tx, config, 'reference_check.completed', event.companyId, event.checkId);
    await queuePartnerCallback(tx, event.companyId, event.checkId);
  });

  events.subscribe('reference_check.referee_named', async (tx, event) => {
    await emitRefereeEvent(tx, config, event.type, event.companyId, event.refereeId, { added_by: event.addedBy });
  });
  events.subscribe('reference_check.referee_bounced', async (tx, event) => {
    await emitRefereeEvent(tx, config, event.type, event.companyId, event.refereeId, { channel: event.channel });
  });
  for (const type of [
    'reference_check.referee_answered',
    'reference_check.referee_declined',
    'reference_check.referee_expired',
  ] as const)
    events.subscribe(
      type,
      async (tx, event) => void (await emitRefereeEvent(tx, config, type, event.companyId, event.refereeId, {})),
    );

  events.subscribe('referral.status_changed', async (tx, event) => {
    await emitReferralEvent(tx, {
      companyId: event.companyId,
      referralId: event.referralId,
      previousStatus: event.previousStatus,
    });
  });
}

import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { registerBonusWebhooks } from './use-cases/bonus-webhooks.ts';
import { registerWebhookSubscribers } from './use-cases/webhook-subscribers.ts';
import { deliveryQueue } from './use-cases/webhook-worker.ts';

type BackgroundContext = { db: Db; config: Pick<Config, 'publicUrl' | 'webhookPrivateNetworks'> };

/**
 * What the integrations module hangs off other modules' changes (called once per app): webhook
 * events; and its background work: the deliveries' queue (webhooks and partner callbacks).
 */
export function registerIntegrations({
  events,
  config,
  background,
}: {
  events: DomainEvents;
  config: Pick<Config, 'publicUrl'>;
  background: BackgroundJobs<BackgroundContext>;
}) {
  registerWebhookSubscribers(events, config);
  background.addQueue({ name: 'webhooks', build: deliveryQueue });
  registerBonusWebhooks(events);
}

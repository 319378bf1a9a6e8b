import type { Config } from '../../platform/config.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { registerBonusWebhooks } from './use-cases/bonus-webhooks.ts';
import { registerWebhookSubscribers } from './use-cases/webhook-subscribers.ts';

/** What the integrations module hangs off other modules' changes (called once per app): webhook events. */
export function registerIntegrations({ events, config }: { events: DomainEvents; config: Pick<Config, 'publicUrl'> }) {
  registerWebhookSubscribers(events, config);
  registerBonusWebhooks(events);
}

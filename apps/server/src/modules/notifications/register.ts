import type { Config } from '../../platform/config.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { onBonusChanged, onOwnershipChanged, onStatusChanged } from './use-cases/referral-changes.ts';

/**
 * What the notifications module hangs off the referrals' changes (called once per app). Each
 * subscriber runs in the change's transaction, so a notification exists if and only if its change does.
 */
export function registerNotifications({ events, config }: { events: DomainEvents; config: Pick<Config, 'publicUrl'> }) {
  events.subscribe('referral.status_changed', (tx, event) => onStatusChanged(tx, event, { config }));
  events.subscribe('referral.ownership_changed', (tx, event) => onOwnershipChanged(tx, event, { config }));
  events.subscribe('referral.bonus_changed', (tx, event) => onBonusChanged(tx, event, { config }));
}

import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { notificationDigests } from './background.ts';
import { onCheckNeedsAttention } from './use-cases/check-attention.ts';
import { onErasureRequested } from './use-cases/erasure-requested.ts';
import { onBonusChanged, onOwnershipChanged, onStatusChanged } from './use-cases/referral-changes.ts';

type Context = { db: Db; config: Pick<Config, 'publicUrl'> };

/**
 * What the notifications module hangs off the referrals' changes (called once per app), and its
 * daily digests. Each subscriber runs in the change's transaction, so a notification exists if and
 * only if its change does.
 */
export function registerNotifications({
  events,
  config,
  background,
}: {
  events: DomainEvents;
  config: Pick<Config, 'publicUrl'>;
  background: BackgroundJobs<Context>;
}) {
  events.subscribe('referral.status_changed', (tx, event) => onStatusChanged(tx, event, { config }));
  events.subscribe('referral.ownership_changed', (tx, event) => onOwnershipChanged(tx, event, { config }));
  events.subscribe('referral.bonus_changed', (tx, event) => onBonusChanged(tx, event, { config }));
  events.subscribe('reference_check.needs_attention', (tx, event) => onCheckNeedsAttention(tx, event, { config }));
  events.subscribe('privacy.erasure_requested', (tx, event) => onErasureRequested(tx, event, { config }));
  background.addPeriodic(notificationDigests);
}

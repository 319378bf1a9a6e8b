import type { TWebhookEventData, TWebhookEventType } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { findRefereeForEvent, hasSubscriber } from '../webhook-events.repo.ts';
import { checkEventData } from './emit-check-event.ts';
import { emitWebhookEvent } from './emit-webhook-event.ts';

type RefereeEventType = Exclude<Extract<TWebhookEventType, `reference_check.referee_${string}`>, never>;

/**
 * Emits an event about one referee of a check: the check as `emitCheckEvent` has it, and the referee
 * (`extra` adds e.g. who named them). Never contact details, answers or a decline's reason.
 */
export async function emitRefereeEvent<T extends RefereeEventType>(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  type: T,
  companyId: string,
  refereeId: string,
  extra: Omit<TWebhookEventData<T>['referee'], 'id' | 'name' | 'relationship'>,
) {
  // Most companies have no endpoint: asked first, that answer is all an event costs them.
  if (!(await hasSubscriber(db, companyId, [type]))) return null;
  const referee = await findRefereeForEvent(db, companyId, refereeId);
  if (!referee) return null;
  const built = await checkEventData(db, config, companyId, referee.checkId);
  if (!built) return null;
  const data = {
    ...built.data,
    referee: { id: referee.id, name: referee.name, relationship: referee.relationship, ...extra },
  } as TWebhookEventData<T>;
  return emitWebhookEvent(db, built.companyId, type, data, { subAccountId: built.subAccountId });
}

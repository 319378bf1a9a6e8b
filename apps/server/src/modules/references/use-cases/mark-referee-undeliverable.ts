import type { TChannel, TCheckStatus } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { publish } from '../../../platform/events.ts';
import { markCandidateUndeliverable } from '../candidate-bounces.repo.ts';
import { OPEN_REFEREE_STATUSES } from '../check-statuses.ts';
import { updateRefereeInStatus } from '../referee-page.repo.ts';
import { findRefereeInvitedBy } from '../reminders.repo.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { refreshCheckStatus } from './check-status.ts';
import { tellCandidate } from './tell-candidate.ts';

const OPEN = [...OPEN_REFEREE_STATUSES];
const RUNNING: TCheckStatus[] = ['awaiting_referees', 'in_progress'];

/**
 * A referee whose invitation (or latest reminder) could not be delivered, and who has not opened
 * the page meanwhile another way, becomes `bounced`: the candidate is asked to correct the address
 * or number (or name someone else), and the recruiter hears the check needs attention. Claims the
 * referee with a conditional update, so a second report or run changes nothing; false then.
 */
export async function markRefereeUndeliverable(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  referee: { companyId: string; id: string; checkId: string },
  channel: TChannel,
  now = new Date(),
) {
  const claimed = await updateRefereeInStatus(tx, referee.companyId, referee.id, OPEN, {
    status: 'bounced',
    bouncedAt: now,
    nextReminderAt: null,
    updatedAt: now,
  });
  if (!claimed) return false;
  await publish(tx, {
    type: 'reference_check.referee_bounced',
    companyId: claimed.companyId,
    refereeId: claimed.id,
    channel,
  });
  await tellCandidate(tx, config, claimed, channel === 'sms' ? 'sms_failed' : 'email_bounced');
  await publish(tx, {
    type: 'reference_check.needs_attention',
    companyId: claimed.companyId,
    checkId: claimed.checkId,
    refereeId: claimed.id,
    reason: 'referee_bounced',
  });
  await afterCheckStatusChange(tx, config, await refreshCheckStatus(tx, claimed.companyId, referee.checkId));
  return true;
}

/**
 * Messaging reports a message undeliverable after it was sent: when it was a referee's latest
 * invitation or reminder, that referee is marked as above. Other messages concern nobody here.
 */
export async function onMessageUndeliverable(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  event: { companyId: string; messageId: string; channel: TChannel; recipient?: string },
) {
  const referee = await findRefereeInvitedBy(tx, event.companyId, event.messageId, OPEN, RUNNING);
  if (referee) {
    await markRefereeUndeliverable(tx, config, referee, event.channel);
    return;
  }
  // Otherwise it may have gone to a candidate of a running check: the recruiter must reach them another way.
  if (!event.recipient) return;
  for (const check of await markCandidateUndeliverable(tx, event.companyId, event.channel, event.recipient))
    await publish(tx, {
      type: 'reference_check.needs_attention',
      companyId: check.companyId,
      checkId: check.id,
      refereeId: null,
      reason: 'candidate_unreachable',
    });
}

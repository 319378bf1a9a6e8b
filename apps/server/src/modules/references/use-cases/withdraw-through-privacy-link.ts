import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { revokeLinkTokens } from '../../tenancy/index.ts';
import { recordCheckEvent } from '../check-timeline.repo.ts';
import { updateCheck } from '../checks.repo.ts';
import type { PrivacyHolder } from '../privacy-link.ts';
import { ACTIVE } from '../referee-link.ts';
import { lockRefereeById, updateRefereeInStatus } from '../referee-page.repo.ts';
import { refereeIdsOfCheck } from '../referees.repo.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { stopReminders } from './check-status.ts';
import { afterRefereeDeclined } from './decline-reference.ts';

/**
 * Withdraws the consent of the person holding a privacy link, in the caller's transaction (the
 * holder was read with the check locked). A candidate's running check stops: reminders end, the
 * referees' links stop working, and the recruiter's timeline says why. A referee's answers go at
 * once (the report then says "answer withdrawn"); one who had not answered yet counts as declined,
 * so the candidate is asked for a replacement. Answers false when it was already withdrawn.
 */
export async function withdrawThroughPrivacyLink(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  holder: PrivacyHolder,
  now: Date,
): Promise<boolean> {
  return holder.subject === 'candidate'
    ? withdrawCandidate(tx, config, holder.check, now)
    : withdrawReferee(tx, config, holder, now);
}

async function withdrawCandidate(tx: Db, config: Pick<Config, 'publicUrl'>, check: PrivacyHolder['check'], now: Date) {
  if (check.candidateConsentWithdrawnAt) return false;
  const running = check.status === 'awaiting_referees' || check.status === 'in_progress';
  await updateCheck(tx, check.companyId, check.id, {
    candidateConsentWithdrawnAt: now,
    candidateNextReminderAt: null,
    updatedAt: now,
    ...(running ? { status: 'cancelled' as const, cancelledAt: now } : {}),
  });
  await recordCheckEvent(tx, {
    companyId: check.companyId,
    checkId: check.id,
    kind: 'consent_withdrawn',
    actorMembershipId: null,
  });
  if (!running) return true;
  await stopReminders(tx, check.companyId, check.id);
  // The referees' links stop; the candidate's own keeps opening their privacy page.
  for (const { id } of await refereeIdsOfCheck(tx, check.companyId, check.id))
    await revokeLinkTokens(tx, 'reference_referee', { companyId: check.companyId, subjectId: id });
  await afterCheckStatusChange(tx, config, {
    companyId: check.companyId,
    checkId: check.id,
    from: check.status,
    to: 'cancelled',
  });
  return true;
}

async function withdrawReferee(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  holder: Extract<PrivacyHolder, { subject: 'referee' }>,
  now: Date,
) {
  const referee = await lockRefereeById(tx, holder.companyId, holder.referee.id);
  if (!referee || referee.consentWithdrawnAt) return false;
  const hadAnswers = Object.keys(referee.answers).length > 0 || referee.answeredAt !== null;
  const declines = ACTIVE.includes(referee.status);
  const updated = await updateRefereeInStatus(tx, referee.companyId, referee.id, null, {
    answers: {},
    answersWithdrawnAt: hadAnswers ? now : referee.answersWithdrawnAt,
    consentWithdrawnAt: now,
    nextReminderAt: null,
    updatedAt: now,
    ...(declines ? { status: 'declined' as const, declinedAt: now } : {}),
  });
  if (!updated) return false;
  await recordCheckEvent(tx, {
    companyId: referee.companyId,
    checkId: referee.checkId,
    kind: 'referee_withdrew',
    actorMembershipId: null,
    refereeId: referee.id,
  });
  const check = holder.check;
  const running = check.status === 'awaiting_referees' || check.status === 'in_progress';
  if (declines && running) await afterRefereeDeclined(tx, config, updated);
  return true;
}

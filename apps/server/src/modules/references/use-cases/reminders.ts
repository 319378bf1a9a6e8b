import type { TCheckStatus } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { publish } from '../../../platform/events.ts';
import { OPEN_REFEREE_STATUSES } from '../check-statuses.ts';
import { candidateToldDueAt, dueReminder, reminderDueAt, reminderOffsets } from '../reminder-schedule.ts';
import {
  claimCandidateStep,
  claimCandidateTold,
  claimExpiredChecks,
  claimReminder,
  findBouncedInvitations,
  findCandidatesToChase,
  findDueReminders,
  refereeIdsInStatus,
} from '../reminders.repo.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { stopReminders } from './check-status.ts';
import { markRefereeUndeliverable } from './mark-referee-undeliverable.ts';
import { sendCandidateLink } from './send-candidate-link.ts';
import { sendRefereeLink } from './send-referee-link.ts';
import { tellCandidate } from './tell-candidate.ts';

/**
 * The reference checks' periodic work, all measured from the `now` it is given: checks past their
 * links' end expire, bounced invitations mark their referee and tell the candidate, unanswered
 * referees are reminded, and the candidate hears of a referee who never answers.
 *
 * Every step claims its row with one conditional UPDATE (… WHERE still in the state we saw …
 * RETURNING) and queues its message in the same transaction, so two workers running at once send
 * each reminder once, and a crash sends nothing rather than half.
 */

export type SchedulerRun = {
  expired: number;
  bounced: number;
  reminded: number;
  candidatesTold: number;
  candidatesReminded: number;
  candidatesSilent: number;
};
type Options = { db: Db; config: Pick<Config, 'publicUrl'>; now?: Date };

const RUNNING: TCheckStatus[] = ['awaiting_referees', 'in_progress'];
const OPEN = [...OPEN_REFEREE_STATUSES];

export async function runReferenceScheduler({ db, config, now = new Date() }: Options): Promise<SchedulerRun> {
  return {
    expired: await expireChecks(db, config, now),
    bounced: await markBounces(db, config, now),
    ...(await remindReferees(db, config, now)),
    ...(await chaseCandidates(db, config, now)),
  };
}

/**
 * A candidate who has not consented or named a referee is reminded on the referees' daytime
 * schedule (the company's hours, measured from the check's start); a day after the last reminder
 * the recruiter is told the candidate is silent, and the check shows it needs attention.
 */
async function chaseCandidates(db: Db, config: Pick<Config, 'publicUrl'>, now: Date) {
  const rows = await findCandidatesToChase(db, now);
  const run = { candidatesReminded: 0, candidatesSilent: 0 };
  for (const row of rows) {
    const reminder = dueReminder(row.startedAt, row.remindersSent, row.hours, row.timeZone, now);
    if (reminder) {
      await db.transaction(async (tx) => {
        const claimed = await claimCandidateStep(tx, row.companyId, row.id, row.remindersSent, {
          candidateRemindersSent: reminder.n,
          candidateNextReminderAt:
            reminderDueAt(row.startedAt, reminder.n, row.hours, row.timeZone) ??
            candidateToldDueAt(row.startedAt, row.hours, row.timeZone),
          updatedAt: now,
        });
        if (!claimed) return;
        await sendCandidateLink(tx, config, row.companyId, row.id, { reminder: reminder.step });
        run.candidatesReminded++;
      });
      continue;
    }
    const silentAt = candidateToldDueAt(row.startedAt, row.hours, row.timeZone);
    const allSent = row.remindersSent >= reminderOffsets(row.hours).length;
    if (!allSent || !silentAt || silentAt > now) continue;
    await db.transaction(async (tx) => {
      const claimed = await claimCandidateStep(tx, row.companyId, row.id, row.remindersSent, {
        candidateSilentAt: now,
        candidateNextReminderAt: null,
        updatedAt: now,
      });
      if (!claimed) return;
      await publish(tx, {
        type: 'reference_check.needs_attention',
        companyId: row.companyId,
        checkId: row.id,
        refereeId: null,
        reason: 'candidate_silent',
      });
      run.candidatesSilent++;
    });
  }
  return run;
}

/** Checks whose links ran out and that are not final become `expired`; their reminders stop. */
export async function expireChecks(db: Db, config: Pick<Config, 'publicUrl'>, now: Date) {
  return db.transaction(async (tx) => {
    const due = await claimExpiredChecks(tx, now);
    if (!due.length) return 0;
    for (const check of due) {
      await stopReminders(tx, check.companyId, check.id);
      // Referees who never answered (nor declined) lose their chance with the check's links.
      const unanswered = await refereeIdsInStatus(tx, check.companyId, check.id, [...OPEN, 'bounced']);
      for (const referee of unanswered)
        await publish(tx, {
          type: 'reference_check.referee_expired',
          companyId: check.companyId,
          refereeId: referee.id,
        });
      await afterCheckStatusChange(tx, config, {
        companyId: check.companyId,
        checkId: check.id,
        from: check.status,
        to: 'expired',
      });
    }
    return due.length;
  });
}

/**
 * Invitations found bounced by a sweep (the mail server refused them while sending, or a report
 * came while the app that took it had no subscriber): the same as a reported failure.
 */
async function markBounces(db: Db, config: Pick<Config, 'publicUrl'>, now: Date) {
  const rows = await findBouncedInvitations(db, OPEN, RUNNING);
  let bounced = 0;
  for (const row of rows) {
    const marked = await db.transaction((tx) => markRefereeUndeliverable(tx, config, row, row.channel, now));
    if (marked) bounced++;
  }
  return bounced;
}

/** Open referees of running checks whose next step's time (before the daytime rule) has come. */
async function remindReferees(db: Db, config: Pick<Config, 'publicUrl'>, now: Date) {
  const rows = await findDueReminders(db, now, OPEN, RUNNING);

  const run = { reminded: 0, candidatesTold: 0 };
  for (const row of rows) {
    const invitedAt = row.invitedAt!;
    const reminder = dueReminder(invitedAt, row.remindersSent, row.hours, row.timeZone, now);
    if (reminder) {
      await db.transaction(async (tx) => {
        const claimed = await claimReminder(tx, row.companyId, row.id, row.remindersSent, OPEN, {
          remindersSent: reminder.n,
          nextReminderAt:
            reminderDueAt(invitedAt, reminder.n, row.hours, row.timeZone) ??
            candidateToldDueAt(invitedAt, row.hours, row.timeZone),
          updatedAt: now,
        });
        if (!claimed) return;
        await sendRefereeLink(tx, config, row.companyId, row.id, reminder.step);
        run.reminded++;
      });
      continue;
    }
    const toldAt = candidateToldDueAt(invitedAt, row.hours, row.timeZone);
    const allSent = row.remindersSent >= reminderOffsets(row.hours).length;
    if (!allSent || row.candidateToldAt || !toldAt || toldAt > now) continue;
    await db.transaction(async (tx) => {
      const claimed = await claimCandidateTold(tx, row.companyId, row.id, OPEN, now);
      if (!claimed) return;
      if (await tellCandidate(tx, config, claimed, 'not_answering')) run.candidatesTold++;
      await publish(tx, {
        type: 'reference_check.needs_attention',
        companyId: claimed.companyId,
        checkId: claimed.checkId,
        refereeId: claimed.id,
        reason: 'referee_silent',
      });
    });
  }
  return run;
}

import type { TChannel } from '@vouch/contracts';
import { and, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates } from '../hiring/index.ts';
import { referenceChecks } from './references.tables.ts';

/**
 * Marks the candidate's email (or phone) undeliverable on each running check that writes to the
 * candidate by that channel at that address, and returns the checks it newly marked (a second
 * report marks nothing). When no channel of the check's is left, the candidate's reminders stop.
 */
export async function markCandidateUndeliverable(db: Db, companyId: string, channel: TChannel, recipient: string) {
  const byEmail = channel === 'email';
  const mark = byEmail ? referenceChecks.candidateEmailBouncedAt : referenceChecks.candidateSmsFailedAt;
  const other = byEmail ? referenceChecks.candidateSmsFailedAt : referenceChecks.candidateEmailBouncedAt;
  const sameAddress = byEmail
    ? sql`lower(${candidates.email}) = lower(${recipient})`
    : sql`${candidates.phone} = ${recipient}`;
  const channels = byEmail ? ['email', 'email_and_sms'] : ['sms', 'email_and_sms'];
  const only = byEmail ? 'email' : 'sms';
  return db
    .update(referenceChecks)
    .set({
      [byEmail ? 'candidateEmailBouncedAt' : 'candidateSmsFailedAt']: sql`now()`,
      // No channel left to chase the candidate by: their reminders stop.
      candidateNextReminderAt: sql`case when ${referenceChecks.candidateChannel} = ${only} or ${other} is not null
        then null else ${referenceChecks.candidateNextReminderAt} end`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        inArray(referenceChecks.status, ['awaiting_referees', 'in_progress']),
        inArray(referenceChecks.candidateChannel, channels as ('email' | 'sms' | 'email_and_sms')[]),
        isNull(mark),
        sql`exists (select 1 from ${candidates} where ${candidates.companyId} = ${companyId}
          and ${candidates.id} = ${referenceChecks.candidateId} and ${sameAddress})`,
      ),
    )
    .returning({ id: referenceChecks.id, companyId: referenceChecks.companyId });
}

/**
 * Clears the undeliverable mark of the channel whose address the candidate's profile now has anew,
 * on their running checks, and returns the checks it cleared (with their status).
 */
export async function clearCandidateUndeliverable(db: Db, companyId: string, candidateId: string, channel: TChannel) {
  const mark = channel === 'email' ? referenceChecks.candidateEmailBouncedAt : referenceChecks.candidateSmsFailedAt;
  return db
    .update(referenceChecks)
    .set({ [channel === 'email' ? 'candidateEmailBouncedAt' : 'candidateSmsFailedAt']: null, updatedAt: sql`now()` })
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.candidateId, candidateId),
        inArray(referenceChecks.status, ['awaiting_referees', 'in_progress']),
        isNotNull(mark),
      ),
    )
    .returning({
      id: referenceChecks.id,
      status: referenceChecks.status,
      candidateConsentAt: referenceChecks.candidateConsentAt,
    });
}

/**
 * The candidate's reminders count again from `now`, as on a check just started: none sent, not
 * silent. Only while the check still waits for the candidate (no consent, or no referee named).
 */
export async function restartCandidateChase(db: Db, companyId: string, checkId: string, now: Date) {
  await db
    .update(referenceChecks)
    .set({
      candidateChaseStartedAt: now,
      candidateRemindersSent: 0,
      candidateSilentAt: null,
      candidateNextReminderAt: null,
      updatedAt: now,
    })
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.id, checkId),
        or(eq(referenceChecks.status, 'awaiting_referees'), isNull(referenceChecks.candidateConsentAt)),
        inArray(referenceChecks.status, ['awaiting_referees', 'in_progress']),
      ),
    );
}

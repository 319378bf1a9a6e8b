import type { TCheckStatus, TRefereeStatus } from '@vouch/contracts';
import { and, eq, inArray, isNull, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { messages } from '../messaging/index.ts';
import { companies } from '../tenancy/index.ts';
import { FINAL_STATUSES } from './check-statuses.ts';
import { referees, referenceChecks } from './references.tables.ts';

/**
 * The reference scheduler's queries. Finding what is due looks across every company (the scheduler
 * serves them all); each claim then takes the company of the row it found.
 */

/** Checks whose links ran out and that are not final, locked (skipping ones another run holds) and set `expired`. */
export async function claimExpiredChecks(tx: Db, now: Date) {
  const due = await tx
    .select({ id: referenceChecks.id, companyId: referenceChecks.companyId, status: referenceChecks.status })
    .from(referenceChecks)
    .where(and(lte(referenceChecks.linksExpireAt, now), notInArray(referenceChecks.status, FINAL_STATUSES)))
    .limit(500)
    .for('update', { skipLocked: true });
  if (!due.length) return due;
  await tx
    .update(referenceChecks)
    .set({ status: 'expired', updatedAt: now })
    .where(
      inArray(
        referenceChecks.id,
        due.map((c) => c.id),
      ),
    );
  return due;
}

/** The ids of the check's referees in one of `statuses`. */
export async function refereeIdsInStatus(db: Db, companyId: string, checkId: string, statuses: TRefereeStatus[]) {
  return db
    .select({ id: referees.id })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId), inArray(referees.status, statuses)));
}

/** Open referees of running checks whose invitation (or latest reminder) bounced since it was last acted on. */
export async function findBouncedInvitations(db: Db, open: TRefereeStatus[], running: TCheckStatus[]) {
  return db
    .select({ id: referees.id, companyId: referees.companyId, checkId: referees.checkId, channel: messages.channel })
    .from(referees)
    .innerJoin(messages, eq(messages.id, referees.inviteMessageId))
    .innerJoin(referenceChecks, eq(referenceChecks.id, referees.checkId))
    .where(
      and(
        eq(messages.status, 'bounced'),
        inArray(referees.status, open),
        // A bounce already acted on does not count again after the referee opened the link by SMS.
        or(isNull(referees.bouncedAt), sql`${messages.createdAt} > ${referees.bouncedAt}`),
        inArray(referenceChecks.status, running),
      ),
    )
    .limit(200);
}

/** Open referees of running checks whose next step's time (before the daytime rule) has come. */
export async function findDueReminders(db: Db, now: Date, open: TRefereeStatus[], running: TCheckStatus[]) {
  const hours = companies.referenceReminderHours;
  const count = sql`cardinality(${hours})`;
  // Hours after the invitation of the step after `reminders_sent`: a numbered reminder, the last
  // one (a day after the final hour), then telling the candidate (a day after that).
  // (Capped, so a company that shortened its list since still tells the candidate in time.)
  const sent = sql`least(${referees.remindersSent}, ${count} + 1)`;
  const nextStepHours = sql`coalesce(${hours}[${sent} + 1], ${hours}[${count}] + 24 * (${sent} + 1 - ${count}))`;
  return db
    .select({
      id: referees.id,
      companyId: referees.companyId,
      invitedAt: referees.invitedAt,
      remindersSent: referees.remindersSent,
      candidateToldAt: referees.candidateToldAt,
      timeZone: companies.timeZone,
      hours: companies.referenceReminderHours,
    })
    .from(referees)
    .innerJoin(referenceChecks, eq(referenceChecks.id, referees.checkId))
    .innerJoin(companies, eq(companies.id, referees.companyId))
    .where(
      and(
        inArray(referees.status, open),
        inArray(referenceChecks.status, running),
        ne(referenceChecks.refereeChannel, 'none'),
        sql`${referenceChecks.linksExpireAt} > ${now.toISOString()}::timestamptz`,
        sql`${referees.invitedAt} is not null`,
        sql`${count} > 0`,
        or(sql`${referees.remindersSent} <= ${count}`, isNull(referees.candidateToldAt)),
        sql`${referees.invitedAt} + ${nextStepHours} * interval '1 hour' <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .limit(500);
}

/** Claims a reminder: only while the referee is open and no other run sent this one; false when another did. */
export async function claimReminder(
  db: Db,
  companyId: string,
  refereeId: string,
  seenRemindersSent: number,
  open: TRefereeStatus[],
  values: PgUpdateSetSource<typeof referees>,
) {
  const [claimed] = await db
    .update(referees)
    .set(values)
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.id, refereeId),
        eq(referees.remindersSent, seenRemindersSent),
        inArray(referees.status, open),
      ),
    )
    .returning({ id: referees.id });
  return !!claimed;
}

/** Claims telling the candidate of a referee who never answers (once); null when another run did. */
export async function claimCandidateTold(
  db: Db,
  companyId: string,
  refereeId: string,
  open: TRefereeStatus[],
  now: Date,
) {
  const [claimed] = await db
    .update(referees)
    .set({ candidateToldAt: now, nextReminderAt: null, updatedAt: now })
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.id, refereeId),
        isNull(referees.candidateToldAt),
        inArray(referees.status, open),
      ),
    )
    .returning();
  return claimed ?? null;
}

/**
 * Running checks still waiting for the candidate (no consent, or no referee named) whose next
 * candidate step's time (before the daytime rule) has come: measured from the check's start (or from
 * a corrected address, `candidateChaseStartedAt`), on the same hours as the referees' reminders,
 * then, a day after the last one, telling the recruiter.
 */
export async function findCandidatesToChase(db: Db, now: Date) {
  const startedAt = sql`coalesce(${referenceChecks.candidateChaseStartedAt}, ${referenceChecks.createdAt})`;
  const hours = companies.referenceReminderHours;
  const count = sql`cardinality(${hours})`;
  const sent = sql`least(${referenceChecks.candidateRemindersSent}, ${count} + 1)`;
  const nextStepHours = sql`coalesce(${hours}[${sent} + 1], ${hours}[${count}] + 24 * (${sent} + 1 - ${count}))`;
  return db
    .select({
      id: referenceChecks.id,
      companyId: referenceChecks.companyId,
      startedAt: startedAt.mapWith(referenceChecks.createdAt),
      remindersSent: referenceChecks.candidateRemindersSent,
      timeZone: companies.timeZone,
      hours: companies.referenceReminderHours,
    })
    .from(referenceChecks)
    .innerJoin(companies, eq(companies.id, referenceChecks.companyId))
    .where(
      and(
        or(eq(referenceChecks.status, 'awaiting_referees'), isNull(referenceChecks.candidateConsentAt)),
        notInArray(referenceChecks.status, FINAL_STATUSES),
        ne(referenceChecks.candidateChannel, 'none'),
        isNull(referenceChecks.candidateSilentAt),
        sql`${referenceChecks.linksExpireAt} > ${now.toISOString()}::timestamptz`,
        sql`${count} > 0`,
        sql`${startedAt} + ${nextStepHours} * interval '1 hour' <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .limit(500);
}

/**
 * Claims a candidate step (a reminder, or telling the recruiter they stayed silent): only while the
 * check still waits for them and no other run took this step; null when another did.
 */
export async function claimCandidateStep(
  db: Db,
  companyId: string,
  checkId: string,
  seenRemindersSent: number,
  values: PgUpdateSetSource<typeof referenceChecks>,
) {
  const [claimed] = await db
    .update(referenceChecks)
    .set(values)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.id, checkId),
        eq(referenceChecks.candidateRemindersSent, seenRemindersSent),
        isNull(referenceChecks.candidateSilentAt),
        or(eq(referenceChecks.status, 'awaiting_referees'), isNull(referenceChecks.candidateConsentAt)),
        notInArray(referenceChecks.status, FINAL_STATUSES),
      ),
    )
    .returning({ id: referenceChecks.id, companyId: referenceChecks.companyId });
  return claimed ?? null;
}

/** The open referee of a running check whose latest invitation or reminder is this message, if any. */
export async function findRefereeInvitedBy(
  db: Db,
  companyId: string,
  messageId: string,
  open: TRefereeStatus[],
  running: TCheckStatus[],
) {
  const [row] = await db
    .select({ id: referees.id, companyId: referees.companyId, checkId: referees.checkId })
    .from(referees)
    .innerJoin(referenceChecks, eq(referenceChecks.id, referees.checkId))
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.inviteMessageId, messageId),
        inArray(referees.status, open),
        inArray(referenceChecks.status, running),
      ),
    )
    .limit(1);
  return row ?? null;
}

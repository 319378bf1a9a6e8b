import {
  REFERRAL_STATUSES,
  type TOneClickAnswer,
  type TReferralEventKind,
  type TReferralOutcome,
  type TReferralSource,
  type TReferralStatus,
} from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { publish } from '../../platform/events.ts';
import { referralEvents, referrals } from './referrals.tables.ts';

/**
 * The rule every recruiter-facing surface applies: a cold prospect's employee asked not to be
 * mentioned, so their identity never leaves the server for anyone but themselves.
 */
export const referrerHiddenFor = (source: TReferralSource | string) => source === 'cold_prospect';

/** What an employee is told became of their referral. */
export function outcomeOf(status: TReferralStatus): TReferralOutcome {
  switch (status) {
    case 'passed_on':
    case 'refer_request_sent':
      return 'waiting';
    case 'introduction_requested':
      return 'requested';
    case 'hired':
      return 'hired';
    case 'introduction_declined':
    case 'referrer_declined':
    case 'candidate_not_interested':
    case 'not_hired':
    case 'withdrawn':
      return 'closed';
    default:
      return 'contacted';
  }
}

/** Statuses a referral ends in: it is never stale there, and nobody is reminded of it. */
export const isClosedStatus = (status: TReferralStatus) => ['hired', 'closed'].includes(outcomeOf(status));
export const CLOSED_STATUSES: TReferralStatus[] = REFERRAL_STATUSES.filter(isClosedStatus);

export type StatusMove = {
  companyId: string;
  referralId: string;
  to: TReferralStatus;
  actorMembershipId: string | null;
  note?: string | null;
  /** Only move from this status (a one-click answer must not overwrite a later move). */
  onlyFrom?: TReferralStatus;
  /** The referrer's one-click answer that makes this move, kept on the timeline line. */
  answer?: TOneClickAnswer;
};

/**
 * Moves a referral to a status and keeps the move in its timeline, in the caller's transaction.
 * Any move away from `passed_on` counts as acting on it and stops the service-level clock.
 * Returns the previous status, or null when the referral is not there (or not in `onlyFrom`).
 */
export async function moveReferralStatus(tx: Db, move: StatusMove): Promise<TReferralStatus | null> {
  const [before] = await tx
    .select({ status: referrals.status })
    .from(referrals)
    .where(and(eq(referrals.companyId, move.companyId), eq(referrals.id, move.referralId)))
    .for('update');
  if (!before) return null;
  const from = before.status;
  if (move.onlyFrom && from !== move.onlyFrom) return null;
  await tx
    .update(referrals)
    .set({
      status: move.to,
      statusChangedAt: sql`now()`,
      updatedAt: sql`now()`,
      actedAt: move.to === 'passed_on' ? undefined : sql`coalesce(${referrals.actedAt}, now())`,
      // A move restarts the stale clock, so the referral can be reminded of again after N more days.
      staleRemindedAt: null,
    })
    .where(and(eq(referrals.companyId, move.companyId), eq(referrals.id, move.referralId)));
  await recordReferralEvent(tx, { ...move, from });
  return from;
}

/**
 * One line of a referral's timeline; also written when a referral is created (from = null). Every
 * creation and status move passes here, so it is also where `referral.status_changed` is published
 * (integrations turns it into the `referral.created` or `referral.status_changed` webhook event). Lines of other kinds emit nothing: a late
 * answer keeps the status, and a referral withdrawn because its person is excluded leaves the API
 * (a webhook would point at a referral the integration can no longer read).
 */
export async function recordReferralEvent(
  tx: Db,
  event: Omit<StatusMove, 'onlyFrom'> & { from: TReferralStatus | null; kind?: TReferralEventKind },
) {
  await tx.insert(referralEvents).values({
    companyId: event.companyId,
    referralId: event.referralId,
    kind: event.kind ?? 'status',
    fromStatus: event.from,
    toStatus: event.to,
    actorMembershipId: event.actorMembershipId,
    note: event.note ?? null,
    answer: event.answer ?? null,
  });
  if ((event.kind ?? 'status') === 'status' && event.from !== event.to)
    await publish(tx, {
      type: 'referral.status_changed',
      companyId: event.companyId,
      referralId: event.referralId,
      previousStatus: event.from,
    });
}

/**
 * A one-click answer that came after a recruiter had moved the referral on: it is kept in the
 * timeline with the status the referral keeps (locked, so it is the status as of now). Returns that status.
 */
export async function recordLateAnswer(
  tx: Db,
  late: { companyId: string; referralId: string; actorMembershipId: string; answer: TOneClickAnswer },
): Promise<TReferralStatus | null> {
  const [row] = await tx
    .select({ status: referrals.status })
    .from(referrals)
    .where(and(eq(referrals.companyId, late.companyId), eq(referrals.id, late.referralId)))
    .for('update');
  if (!row) return null;
  const status = row.status;
  await recordReferralEvent(tx, { ...late, kind: 'late_answer', from: status, to: status });
  return status;
}

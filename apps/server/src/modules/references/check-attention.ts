import type { TCheckAttentionReason, TCheckStatus } from '@vouch/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { referees } from './references.tables.ts';

/**
 * Which referees (`r`) each count of a check's summary counts: those named (not removed), answered,
 * declined, bounced; and the counts behind "needs attention": referees still in play (asked, opened or
 * answered, and not given up on after the last reminder), and those who never answered after it.
 */
export const refereeCounted = {
  requested: sql`r.status <> 'removed'`,
  answered: sql`r.status = 'answered'`,
  declined: sql`r.status = 'declined'`,
  bounced: sql`r.status = 'bounced'`,
  inPlay: sql`(r.status = 'answered' or (r.status in ('invited', 'opened') and r.candidate_told_at is null))`,
  silentReferees: sql`r.status in ('invited', 'opened') and r.candidate_told_at is not null`,
};

/** A count of the outer check's referees. Correlated subqueries name the outer table: inside one an unqualified `id` is the subquery's own. */
export const refereeCount = (where: SQL) =>
  sql<number>`(select count(*)::int from ${referees} r where r.check_id = "reference_checks"."id" and ${where})`;

/** The counts behind "needs attention", as subqueries on the outer check. */
export const attentionColumns = {
  inPlay: refereeCount(refereeCounted.inPlay),
  silentReferees: refereeCount(refereeCounted.silentReferees),
};

/** No channel the check writes to the candidate by still reaches them. */
function candidateUnreachable(check: {
  candidateChannel?: string;
  candidateEmailBouncedAt?: Date | null;
  candidateSmsFailedAt?: Date | null;
}) {
  const email = !!check.candidateEmailBouncedAt;
  const sms = !!check.candidateSmsFailedAt;
  if (check.candidateChannel === 'email') return email;
  if (check.candidateChannel === 'sms') return sms;
  return check.candidateChannel === 'email_and_sms' && email && sms;
}

/**
 * Why a running check cannot finish on its own, or null: the candidate stayed silent after every
 * reminder, or fewer referees are in play than wanted because one bounced, declined or never
 * answered (and nobody replaced them yet).
 */
export function attentionOf(check: {
  status: TCheckStatus;
  refereesWanted: number;
  candidateSilentAt: Date | string | null;
  inPlay: number;
  declined: number;
  bounced: number;
  silentReferees: number;
  /** Where known: every channel the candidate is written to by reported a message undeliverable. */
  candidateChannel?: string;
  candidateEmailBouncedAt?: Date | null;
  candidateSmsFailedAt?: Date | null;
}): TCheckAttentionReason | null {
  if (check.status !== 'awaiting_referees' && check.status !== 'in_progress') return null;
  if (check.candidateSilentAt) return 'candidate_silent';
  if (candidateUnreachable(check) && (check.status === 'awaiting_referees' || check.inPlay < check.refereesWanted))
    return 'candidate_unreachable';
  if (Number(check.inPlay) >= check.refereesWanted) return null;
  if (Number(check.bounced) > 0) return 'referee_bounced';
  if (Number(check.declined) > 0) return 'referee_declined';
  if (Number(check.silentReferees) > 0) return 'referee_silent';
  return null;
}

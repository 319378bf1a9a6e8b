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

/**
 * No channel the check `k` (a table or alias) writes to the candidate by still reaches them: every one
 * reported a message undeliverable. The one definition of it, for the columns and the filter below.
 */
export const candidateUnreachableOf = (k: SQL) => sql<boolean>`(case ${k}.candidate_channel
  when 'email' then ${k}.candidate_email_bounced_at is not null
  when 'sms' then ${k}.candidate_sms_failed_at is not null
  when 'email_and_sms' then ${k}.candidate_email_bounced_at is not null and ${k}.candidate_sms_failed_at is not null
  else false end)`;

const outerCheck = sql.raw('"reference_checks"');

/** The counts behind "needs attention", and whether the candidate is unreachable, on the outer check. */
export const attentionColumns = {
  inPlay: refereeCount(refereeCounted.inPlay),
  silentReferees: refereeCount(refereeCounted.silentReferees),
  candidateUnreachable: candidateUnreachableOf(outerCheck),
};

/**
 * `attentionOf` as a filter on the outer check, so a page (or a count) of the checks that need
 * attention is one query: keep the two in step.
 */
export const needsAttention = sql`(${outerCheck}.status in ('awaiting_referees', 'in_progress') and (
  ${outerCheck}.candidate_silent_at is not null
  or (${attentionColumns.candidateUnreachable}
    and (${outerCheck}.status = 'awaiting_referees' or ${attentionColumns.inPlay} < ${outerCheck}.referees_wanted))
  or (${attentionColumns.inPlay} < ${outerCheck}.referees_wanted
    and (${refereeCount(refereeCounted.bounced)} > 0 or ${refereeCount(refereeCounted.declined)} > 0
      or ${attentionColumns.silentReferees} > 0))))`;

/**
 * Why a running check cannot finish on its own, or null: the candidate stayed silent after every
 * reminder, or cannot be reached by any channel, or fewer referees are in play than wanted because one bounced, declined or never
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
  /** Every channel the candidate is written to by reported a message undeliverable (`attentionColumns`). */
  candidateUnreachable: boolean;
}): TCheckAttentionReason | null {
  if (check.status !== 'awaiting_referees' && check.status !== 'in_progress') return null;
  if (check.candidateSilentAt) return 'candidate_silent';
  if (check.candidateUnreachable && (check.status === 'awaiting_referees' || check.inPlay < check.refereesWanted))
    return 'candidate_unreachable';
  if (Number(check.inPlay) >= check.refereesWanted) return null;
  if (Number(check.bounced) > 0) return 'referee_bounced';
  if (Number(check.declined) > 0) return 'referee_declined';
  if (Number(check.silentReferees) > 0) return 'referee_silent';
  return null;
}

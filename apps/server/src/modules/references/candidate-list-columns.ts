import type { TCheckStallReason, TCheckSummary } from '@vouch/contracts';
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import { attentionOf, candidateUnreachableOf, refereeCounted } from './check-attention.ts';
import { referees, referenceCheckStalls, referenceChecks, referenceFraudSignals } from './references.tables.ts';

/** A check summary as the list's subquery gives it: JSON, before "needs attention" is worked out. */
type SummaryJson = Omit<TCheckSummary, 'attention'> & {
  candidateSilentAt: string | null;
  inPlay: number;
  silentReferees: number;
  candidateUnreachable: boolean;
};

const COUNTS = Object.keys(refereeCounted) as (keyof typeof refereeCounted)[];
const counted = (name: keyof typeof refereeCounted) =>
  sql`count(*) filter (where ${refereeCounted[name]}) as ${sql.raw(`"${name}"`)}`;

/**
 * What the candidate list and the pipeline show of reference checks, as subqueries on the listed
 * candidate (`candidateId`, the outer row's id), so hiring reads a page in one statement without
 * knowing these tables. Both look at `jobId`'s only when the list is of one job.
 */
export const candidateListColumns = {
  /** The newest check that was not cancelled, with its referee counts, as JSON (null without one). */
  checkSummary: (
    companyId: string | Placeholder,
    candidateId: SQL,
    jobId?: string | Placeholder,
  ) => sql<SummaryJson | null>`(
    select json_build_object('id', k.id, 'status', k.status, 'refereesWanted', k.referees_wanted,
      'updatedAt', k.updated_at, 'candidateSilentAt', k.candidate_silent_at,
      'requested', n."requested", 'answered', n."answered", 'declined', n."declined", 'bounced', n."bounced",
      'inPlay', n."inPlay", 'silentReferees', n."silentReferees",
      'candidateUnreachable', ${candidateUnreachableOf(sql.raw('k'))},
      'fraudSignals', (select count(*) from ${referenceFraudSignals} f where f.check_id = k.id and f.reviewed_at is null))
    from (select k.id, k.status, k.referees_wanted, k.updated_at, k.candidate_silent_at, k.candidate_channel,
        k.candidate_email_bounced_at, k.candidate_sms_failed_at from ${referenceChecks} k
      where k.company_id = ${companyId} and k.candidate_id = ${candidateId} and k.status <> 'cancelled'
        ${jobId ? sql`and k.job_id = ${jobId}` : sql``}
      order by k.created_at desc, k.id desc limit 1) k
    cross join lateral (select ${sql.join(COUNTS.map(counted), sql`, `)}
      from ${referees} r where r.check_id = k.id) n)`,

  /** The summary the API answers for what `checkSummary` gave. */
  readCheckSummary(json: unknown): TCheckSummary | null {
    if (!json) return null;
    const { candidateSilentAt, inPlay, silentReferees, candidateUnreachable, ...summary } = json as SummaryJson;
    return {
      ...summary,
      attention: attentionOf({ ...summary, candidateSilentAt, inPlay, silentReferees, candidateUnreachable }),
      // JSON carries PostgreSQL's timestamp text; the API answers JavaScript's ISO form.
      updatedAt: new Date(summary.updatedAt).toISOString(),
    };
  },

  /** Why the candidate's "Reference check" step could start no check (the newest stall), or null. */
  stall: (
    companyId: string | Placeholder,
    candidateId: SQL,
    jobId?: string | Placeholder,
  ) => sql<TCheckStallReason | null>`(
    select s.reason from ${referenceCheckStalls} s
    where s.company_id = ${companyId} and s.candidate_id = ${candidateId} ${jobId ? sql`and s.job_id = ${jobId}` : sql``}
    order by s.created_at desc, s.id desc limit 1)`,
};

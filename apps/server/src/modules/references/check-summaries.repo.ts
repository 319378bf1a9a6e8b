import type { TCheckSummary } from '@vouch/contracts';
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { attentionColumns, attentionOf, needsAttention, refereeCount, refereeCounted } from './check-attention.ts';
import { type CheckScope, checkScopeFilter } from './checks.repo.ts';
import { referenceChecks, referenceFraudSignals } from './references.tables.ts';

const summaryColumns = {
  id: referenceChecks.id,
  candidateId: referenceChecks.candidateId,
  status: referenceChecks.status,
  refereesWanted: referenceChecks.refereesWanted,
  updatedAt: referenceChecks.updatedAt,
  candidateSilentAt: referenceChecks.candidateSilentAt,
  ...attentionColumns,
  requested: refereeCount(refereeCounted.requested),
  answered: refereeCount(refereeCounted.answered),
  declined: refereeCount(refereeCounted.declined),
  bounced: refereeCount(refereeCounted.bounced),
  fraudSignals: sql<number>`(select count(*)::int from ${referenceFraudSignals} f
    where f.check_id = "reference_checks"."id" and f.reviewed_at is null)`,
};

/**
 * The one-line status of each candidate's newest check that was not cancelled (only checks for
 * `jobId` when given, only those in `scope`'s sub-accounts), in one query: the candidate table and
 * the pipeline cards show it.
 */
export async function latestCheckSummaries(
  db: Db,
  companyId: string,
  candidateIds: string[],
  jobId?: string,
  scope: CheckScope = { kind: 'all' },
): Promise<Map<string, TCheckSummary>> {
  const result = new Map<string, TCheckSummary>();
  if (!candidateIds.length) return result;
  const rows = await db
    .selectDistinctOn([referenceChecks.candidateId], summaryColumns)
    .from(referenceChecks)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        inArray(referenceChecks.candidateId, [...new Set(candidateIds)]),
        ne(referenceChecks.status, 'cancelled'),
        jobId ? eq(referenceChecks.jobId, jobId) : undefined,
        checkScopeFilter(scope),
      ),
    )
    .orderBy(referenceChecks.candidateId, desc(referenceChecks.createdAt), desc(referenceChecks.id));
  for (const { candidateId, candidateSilentAt, inPlay, silentReferees, candidateUnreachable, ...row } of rows) {
    result.set(candidateId, {
      ...row,
      attention: attentionOf({ ...row, candidateSilentAt, inPlay, silentReferees, candidateUnreachable }),
      status: row.status,
      requested: Number(row.requested),
      answered: Number(row.answered),
      declined: Number(row.declined),
      bounced: Number(row.bounced),
      fraudSignals: Number(row.fraudSignals),
      updatedAt: row.updatedAt.toISOString(),
    });
  }
  return result;
}

/** How many of the company's running checks (in `scope`) need attention: the home page's card. */
export async function countChecksNeedingAttention(db: Db, companyId: string, scope: CheckScope = { kind: 'all' }) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(referenceChecks)
    .where(and(eq(referenceChecks.companyId, companyId), needsAttention, checkScopeFilter(scope)));
  return Number(row?.count ?? 0);
}

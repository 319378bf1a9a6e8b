import type { TCheckStallReason } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates } from '../hiring/index.ts';
import { type CheckScope, checkScopeFilter } from './checks.repo.ts';
import { referenceCheckStalls } from './references.tables.ts';

/** Where a "Reference check" step could start no check (see `referenceCheckStalls`). */

export type StallInput = {
  placementId: string;
  candidateId: string;
  jobId: string;
  subAccountId: string | null;
  reason: TCheckStallReason;
};

/** Records (or renews) the placement's stall: entering the step again replaces the reason. */
export async function recordStall(db: Db, companyId: string, stall: StallInput) {
  await db
    .insert(referenceCheckStalls)
    .values({ companyId, ...stall })
    .onConflictDoUpdate({
      target: [referenceCheckStalls.companyId, referenceCheckStalls.placementId],
      set: { reason: stall.reason, subAccountId: stall.subAccountId, createdAt: sql`now()` },
    });
}

/** A check started for the candidate and job: whatever stalled before is resolved. */
export async function clearStallsOfJob(db: Db, companyId: string, candidateId: string, jobId: string) {
  await db
    .delete(referenceCheckStalls)
    .where(
      and(
        eq(referenceCheckStalls.companyId, companyId),
        eq(referenceCheckStalls.candidateId, candidateId),
        eq(referenceCheckStalls.jobId, jobId),
      ),
    );
}

/** The placement moved to another step: it no longer waits in the one that stalled. */
export async function clearStallOfPlacement(db: Db, companyId: string, placementId: string) {
  await db
    .delete(referenceCheckStalls)
    .where(and(eq(referenceCheckStalls.companyId, companyId), eq(referenceCheckStalls.placementId, placementId)));
}

/**
 * How many of the company's stalls (in `scope`) wait for someone: part of the home page's card. An
 * erased candidate's placements stay, but nobody can reach them any more: not counted.
 */
export async function countStalls(db: Db, companyId: string, scope: CheckScope = { kind: 'all' }) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(referenceCheckStalls)
    .where(
      and(
        eq(referenceCheckStalls.companyId, companyId),
        checkScopeFilter(scope, referenceCheckStalls.subAccountId),
        sql`not exists (select 1 from ${candidates} c where c.company_id = ${companyId}
          and c.id = ${referenceCheckStalls.candidateId} and c.anonymized_at is not null)`,
      ),
    );
  return Number(row.n);
}

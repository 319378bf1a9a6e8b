import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { referenceChecks } from './references.tables.ts';

/**
 * What notifications need of the company's checks, as of now: the candidate's name, the job's title
 * and the member who started each check (who is told when it needs attention).
 */
export async function checkNoticeNames(db: Db, companyId: string, checkIds: string[]) {
  const names = new Map<
    string,
    { personName: string; jobTitle: string | null; candidateId: string; createdById: string | null }
  >();
  if (!checkIds.length) return names;
  const rows = await db
    .select({
      id: referenceChecks.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      jobTitle: jobs.title,
      createdById: referenceChecks.createdById,
      candidateId: referenceChecks.candidateId,
    })
    .from(referenceChecks)
    .innerJoin(
      candidates,
      and(eq(candidates.companyId, referenceChecks.companyId), eq(candidates.id, referenceChecks.candidateId)),
    )
    .leftJoin(jobs, and(eq(jobs.companyId, referenceChecks.companyId), eq(jobs.id, referenceChecks.jobId)))
    .where(and(eq(referenceChecks.companyId, companyId), inArray(referenceChecks.id, checkIds)));
  for (const row of rows)
    names.set(row.id, {
      personName: `${row.firstName} ${row.lastName}`.trim(),
      jobTitle: row.jobTitle,
      candidateId: row.candidateId,
      createdById: row.createdById,
    });
  return names;
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates, jobs } from '../hiring/index.ts';

/** The ATS's ids of the company's candidates and jobs, for the API's documents. */

export async function candidateExternalIds(db: Db, companyId: string, candidateIds: string[]) {
  return db
    .select({ id: candidates.id, externalId: candidates.externalId })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), inArray(candidates.id, candidateIds)));
}

export async function jobExternalIds(db: Db, companyId: string, jobIds: string[]) {
  return db
    .select({ id: jobs.id, externalId: jobs.externalId })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), inArray(jobs.id, jobIds)));
}

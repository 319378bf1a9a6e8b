import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobs } from '../hiring/index.ts';
import { type CheckScope, checkScopeFilter } from './checks.repo.ts';
import { referees, referenceChecks } from './references.tables.ts';

/** Whose consents to the reference checks: the candidate's own (kept on the check) or their referees'. */
export type ConsentGiver = 'candidate' | 'referee';

/**
 * The consents to the candidate's reference checks (checks within `scope`) given by `giver`, newest
 * first; a referee's carry its id and name, the candidate's carry null there.
 */
export async function listCheckConsentsOfCandidate(
  db: Db,
  companyId: string,
  candidateId: string,
  scope: CheckScope,
  giver: ConsentGiver,
) {
  const byReferee = giver === 'referee';
  const givenAt = byReferee ? referees.consentAt : referenceChecks.candidateConsentAt;
  return (
    db
      .select({
        checkId: referenceChecks.id,
        refereeId: referees.id,
        refereeName: referees.name,
        jobTitle: jobs.title,
        givenAt,
        textVersion: byReferee ? referees.consentVersion : referenceChecks.candidateConsentVersion,
      })
      .from(referenceChecks)
      .leftJoin(jobs, and(eq(jobs.companyId, referenceChecks.companyId), eq(jobs.id, referenceChecks.jobId)))
      // The candidate's own consents join no referee: one row a check.
      .leftJoin(
        referees,
        byReferee
          ? and(eq(referees.companyId, referenceChecks.companyId), eq(referees.checkId, referenceChecks.id))
          : sql`false`,
      )
      .where(
        and(
          eq(referenceChecks.companyId, companyId),
          eq(referenceChecks.candidateId, candidateId),
          isNotNull(givenAt),
          checkScopeFilter(scope),
        ),
      )
      .orderBy(desc(givenAt))
      .limit(byReferee ? 500 : 200)
  );
}

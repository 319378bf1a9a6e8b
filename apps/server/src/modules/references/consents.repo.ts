import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobs } from '../hiring/index.ts';
import { type CheckScope, checkScopeFilter } from './checks.repo.ts';
import { referees, referenceChecks } from './references.tables.ts';

/** The candidate's consents to their reference checks, newest first (checks within `scope`). */
export async function listCandidateCheckConsents(db: Db, companyId: string, candidateId: string, scope: CheckScope) {
  return db
    .select({
      checkId: referenceChecks.id,
      jobTitle: jobs.title,
      givenAt: referenceChecks.candidateConsentAt,
      textVersion: referenceChecks.candidateConsentVersion,
    })
    .from(referenceChecks)
    .leftJoin(jobs, and(eq(jobs.companyId, referenceChecks.companyId), eq(jobs.id, referenceChecks.jobId)))
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.candidateId, candidateId),
        isNotNull(referenceChecks.candidateConsentAt),
        checkScopeFilter(scope),
      ),
    )
    .orderBy(desc(referenceChecks.candidateConsentAt))
    .limit(200);
}

/** The consents of the referees of the candidate's checks, newest first. */
export async function listRefereeConsentsOfCandidate(
  db: Db,
  companyId: string,
  candidateId: string,
  scope: CheckScope,
) {
  return db
    .select({
      checkId: referenceChecks.id,
      refereeId: referees.id,
      refereeName: referees.name,
      jobTitle: jobs.title,
      givenAt: referees.consentAt,
      textVersion: referees.consentVersion,
    })
    .from(referees)
    .innerJoin(
      referenceChecks,
      and(eq(referenceChecks.companyId, referees.companyId), eq(referenceChecks.id, referees.checkId)),
    )
    .leftJoin(jobs, and(eq(jobs.companyId, referenceChecks.companyId), eq(jobs.id, referenceChecks.jobId)))
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referenceChecks.candidateId, candidateId),
        isNotNull(referees.consentAt),
        checkScopeFilter(scope),
      ),
    )
    .orderBy(desc(referees.consentAt))
    .limit(500);
}

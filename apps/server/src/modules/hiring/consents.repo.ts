import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidateConsents, jobs } from './hiring.tables.ts';

export type NewCandidateConsent = Omit<typeof candidateConsents.$inferInsert, 'id' | 'companyId' | 'agreedAt'>;

/** Keeps that a candidate agreed, to which text version and words; in the caller's transaction. */
export async function recordCandidateConsent(db: Db, companyId: string, consent: NewCandidateConsent) {
  const [row] = await db
    .insert(candidateConsents)
    .values({ ...consent, companyId })
    .returning({ id: candidateConsents.id, agreedAt: candidateConsents.agreedAt });
  return row;
}

/** A candidate's consents, the latest first, with the title of the job they applied to. */
export async function listCandidateConsents(db: Db, companyId: string, candidateId: string) {
  return db
    .select({
      purpose: candidateConsents.purpose,
      textVersion: candidateConsents.textVersion,
      text: candidateConsents.text,
      language: candidateConsents.language,
      jobTitle: jobs.title,
      agreedAt: candidateConsents.agreedAt,
    })
    .from(candidateConsents)
    .leftJoin(jobs, and(eq(jobs.companyId, companyId), eq(jobs.id, candidateConsents.jobId)))
    .where(and(eq(candidateConsents.companyId, companyId), eq(candidateConsents.candidateId, candidateId)))
    .orderBy(desc(candidateConsents.agreedAt));
}

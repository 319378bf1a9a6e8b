import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { Erased, PersonKeys } from '../../platform/person-keys.ts';
import { candidateFiles, candidates, education, workHistory } from './hiring.tables.ts';

/** The candidates of the company the keys name: by id, or as the same person (email, phone, profile). */
export async function candidatesMatching(db: Db, companyId: string, keys: PersonKeys) {
  const by = [
    keys.candidateIds.length ? inArray(candidates.id, keys.candidateIds) : undefined,
    keys.emails.length ? inArray(candidates.emailKey, keys.emails) : undefined,
    keys.phones.length ? inArray(candidates.phoneKey, keys.phones) : undefined,
    keys.linkedinKeys.length ? inArray(candidates.linkedinKey, keys.linkedinKeys) : undefined,
  ].filter((c) => c !== undefined);
  if (!by.length) return [];
  return db
    .select({
      id: candidates.id,
      emailKey: candidates.emailKey,
      phone: candidates.phone,
      phoneKey: candidates.phoneKey,
      linkedinKey: candidates.linkedinKey,
    })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), isNull(candidates.anonymizedAt), or(...by)));
}

/**
 * Anonymises candidates in one set of statements: the row stays (placements, checks and referrals
 * count it for statistics) with every name, contact detail, free text and search key emptied, and
 * its CV files, work history and education deleted.
 */
export async function anonymiseCandidates(db: Db, companyId: string, ids: string[], now: Date): Promise<Erased> {
  if (!ids.length) return {};
  const mine = and(eq(candidates.companyId, companyId), inArray(candidates.id, ids));
  const done = await db
    .update(candidates)
    .set({
      firstName: 'Anonymised',
      lastName: '',
      email: null,
      emailKey: null,
      phone: null,
      phoneKey: null,
      linkedinUrl: null,
      linkedinKey: null,
      currentCompany: null,
      currentTitle: null,
      nameCompanyKey: null,
      location: null,
      tags: sql`'{}'::text[]`,
      notes: null,
      externalId: null,
      searchVector: null,
      anonymizedAt: now,
    })
    .where(mine)
    .returning({ id: candidates.id });
  const files = await db
    .delete(candidateFiles)
    .where(and(eq(candidateFiles.companyId, companyId), inArray(candidateFiles.candidateId, ids)))
    .returning({ id: candidateFiles.id });
  const work = await db
    .delete(workHistory)
    .where(and(eq(workHistory.companyId, companyId), inArray(workHistory.candidateId, ids)))
    .returning({ id: workHistory.id });
  const schools = await db
    .delete(education)
    .where(and(eq(education.companyId, companyId), inArray(education.candidateId, ids)))
    .returning({ id: education.id });
  return {
    candidates: done.length,
    candidate_files: files.length,
    work_history: work.length + schools.length,
  };
}

/** A member's own work history and education, erased with the member. */
export async function eraseMemberHistory(db: Db, companyId: string, membershipIds: string[]): Promise<Erased> {
  if (!membershipIds.length) return {};
  const work = await db
    .delete(workHistory)
    .where(and(eq(workHistory.companyId, companyId), inArray(workHistory.membershipId, membershipIds)))
    .returning({ id: workHistory.id });
  const schools = await db
    .delete(education)
    .where(and(eq(education.companyId, companyId), inArray(education.membershipId, membershipIds)))
    .returning({ id: education.id });
  return { work_history: work.length + schools.length };
}

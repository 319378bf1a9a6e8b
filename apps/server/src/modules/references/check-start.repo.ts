import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates } from '../hiring/index.ts';
import { companies } from '../tenancy/index.ts';
import { referenceChecks, referenceCheckVersions } from './references.tables.ts';

/** What starting a check needs besides the settings: the candidate (locked) and how long links last. */

/** The company's candidate, locked while a check starts (so two starts at once make one check). */
export async function lockCandidateContacts(db: Db, companyId: string, candidateId: string) {
  const [candidate] = await db
    .select({ id: candidates.id, email: candidates.email, phone: candidates.phoneKey })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId)))
    .for('update');
  return candidate ?? null;
}

/** For how many days the company's reference links work. */
export async function referenceLinkDays(db: Db, companyId: string): Promise<number> {
  const [company] = await db
    .select({ days: companies.referenceLinkDays })
    .from(companies)
    .where(eq(companies.id, companyId));
  return company.days;
}

export async function insertCheck(
  db: Db,
  companyId: string,
  values: Omit<typeof referenceChecks.$inferInsert, 'companyId'>,
) {
  const [check] = await db
    .insert(referenceChecks)
    .values({ ...values, companyId })
    .returning();
  return check;
}

/** Pins the version of each of the questionnaire's languages the check's referees answer. */
export async function pinLanguageVersions(
  db: Db,
  companyId: string,
  checkId: string,
  versions: { language: (typeof referenceCheckVersions.$inferInsert)['language']; versionId: string }[],
) {
  if (!versions.length) return;
  await db.insert(referenceCheckVersions).values(versions.map((v) => ({ ...v, companyId, checkId })));
}

/** The names of those of `candidateIds` that are the company's (others are simply absent). */
export async function candidateNamesOf(db: Db, companyId: string, candidateIds: string[]) {
  const rows = await db
    .select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), inArray(candidates.id, candidateIds)));
  return new Map(rows.map((r) => [r.id, `${r.firstName} ${r.lastName}`.trim()]));
}

import { and, asc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates } from '../hiring/index.ts';
import {
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  referenceFraudSignals,
} from '../references/index.ts';

/** What Greenhouse's assessment partner protocol reads and writes, within the key's company. */

/** Templates a key may use: with a sub-account, its own and the company-wide ones; not archived. */
const usableTemplates = (companyId: string, subAccountId: string | null) =>
  and(
    eq(questionnaireTemplates.companyId, companyId),
    isNull(questionnaireTemplates.archivedAt),
    subAccountId
      ? or(isNull(questionnaireTemplates.subAccountId), eq(questionnaireTemplates.subAccountId, subAccountId))
      : undefined,
  );

export async function listTemplatesForKey(db: Db, companyId: string, subAccountId: string | null) {
  return db
    .select({
      id: questionnaireTemplates.id,
      name: questionnaireTemplates.name,
      language: questionnaireTemplates.language,
    })
    .from(questionnaireTemplates)
    .where(usableTemplates(companyId, subAccountId))
    .orderBy(asc(questionnaireTemplates.language), asc(questionnaireTemplates.name), asc(questionnaireTemplates.id));
}

export async function findTemplateForKey(db: Db, companyId: string, subAccountId: string | null, templateId: string) {
  const [template] = await db
    .select({
      id: questionnaireTemplates.id,
      language: questionnaireTemplates.language,
      subAccountId: questionnaireTemplates.subAccountId,
    })
    .from(questionnaireTemplates)
    .where(and(usableTemplates(companyId, subAccountId), eq(questionnaireTemplates.id, templateId)));
  return template ?? null;
}

/** The company's candidate with this email key (anonymised ones too: the key is unique per company), or undefined. */
export async function findCandidateByEmailKey(db: Db, companyId: string, key: string) {
  const [found] = await db
    .select({ id: candidates.id, externalId: candidates.externalId })
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), eq(candidates.emailKey, key)));
  return found;
}

/** A new candidate of the company, unless a unique index says one is there already. */
export async function insertCandidateUnlessTaken(
  db: Db,
  companyId: string,
  values: Omit<typeof candidates.$inferInsert, 'companyId' | 'searchVector'> & { searchVector: SQL },
) {
  await db
    .insert(candidates)
    .values({ ...values, companyId })
    .onConflictDoNothing();
}

/** The company's check a partner started with this callback URL, or null. */
export async function findPartnerCheckByCallbackUrl(db: Db, companyId: string, partner: string, url: string) {
  const [again] = await db
    .select({ id: referenceChecks.id })
    .from(referenceChecks)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.partner, partner),
        eq(referenceChecks.partnerCallbackUrl, url),
      ),
    );
  return again ?? null;
}

/** Marks one of the company's checks as a partner's, with where to call it back. */
export async function setPartnerCallback(db: Db, companyId: string, checkId: string, partner: string, url: string) {
  await db
    .update(referenceChecks)
    .set({ partner, partnerCallbackUrl: url })
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
}

/** One of the company's checks with its questionnaire's content; with a sub-account, only that one's. */
export async function findTestStatusCheck(db: Db, companyId: string, checkId: string, subAccountId: string | null) {
  const [check] = await db
    .select({
      id: referenceChecks.id,
      status: referenceChecks.status,
      refereesWanted: referenceChecks.refereesWanted,
      createdAt: referenceChecks.createdAt,
      completedAt: referenceChecks.completedAt,
      content: questionnaireVersions.content,
    })
    .from(referenceChecks)
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, referenceChecks.versionId))
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.id, checkId),
        subAccountId ? eq(referenceChecks.subAccountId, subAccountId) : undefined,
      ),
    );
  return check ?? null;
}

/** The answers of the check's referees who answered. */
export async function answersOfCheck(db: Db, companyId: string, checkId: string) {
  return db
    .select({ answers: referees.answers })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId), eq(referees.status, 'answered')));
}

/** How many fraud signals the check has (reviewed or not). */
export async function countFraudSignals(db: Db, companyId: string, checkId: string): Promise<number> {
  const [signals] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(referenceFraudSignals)
    .where(and(eq(referenceFraudSignals.companyId, companyId), eq(referenceFraudSignals.checkId, checkId)));
  return Number(signals.count);
}

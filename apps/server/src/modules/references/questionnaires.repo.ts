import { randomUUID } from 'node:crypto';
import type { TEMPLATE_PRESETS, TLanguage, TLanguageVersion, TQuestionnaireContent } from '@vouch/contracts';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { memberships, users } from '../tenancy/index.ts';
import { questionnaireTemplates, questionnaireVersions, referenceChecks, subAccounts } from './references.tables.ts';

/** What decides whether a check may use one of the company's questionnaires: language, owner, archived. */
export async function findTemplateState(db: Db, companyId: string, templateId: string) {
  const [template] = await db
    .select({
      familyId: questionnaireTemplates.familyId,
      language: questionnaireTemplates.language,
      subAccountId: questionnaireTemplates.subAccountId,
      archivedAt: questionnaireTemplates.archivedAt,
    })
    .from(questionnaireTemplates)
    .where(and(eq(questionnaireTemplates.companyId, companyId), eq(questionnaireTemplates.id, templateId)));
  return template ?? null;
}

/** Serialises the company's first look at its questionnaires until the transaction ends. */
export async function lockCompanyQuestionnaires(db: Db, companyId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`questionnaires:${companyId}`}))`);
}

/** Whether the company has ever had a questionnaire (archived ones count). */
export async function hasAnyQuestionnaire(db: Db, companyId: string) {
  const [existing] = await db
    .select({ id: questionnaireTemplates.id })
    .from(questionnaireTemplates)
    .where(eq(questionnaireTemplates.companyId, companyId))
    .limit(1);
  return !!existing;
}

/**
 * A new questionnaire of the company with its content as version 1; returns its id. Given a
 * `familyId` it is another language version of that questionnaire, else the first of a new one.
 */
export async function insertFirstVersionTemplate(
  db: Db,
  companyId: string,
  template: {
    name: string;
    language: TLanguage;
    preset: (typeof TEMPLATE_PRESETS)[number] | null;
    content: TQuestionnaireContent;
    subAccountId?: string | null;
    createdById?: string | null;
    familyId?: string;
  },
) {
  const { name, language, preset, content, subAccountId = null, createdById = null } = template;
  const id = randomUUID();
  // A new questionnaire's family is named by its first language version.
  const familyId = template.familyId ?? id;
  await db
    .insert(questionnaireTemplates)
    .values({ id, companyId, familyId, name, language, subAccountId, preset, currentVersion: 1 });
  await db.insert(questionnaireVersions).values({ companyId, templateId: id, version: 1, content, createdById });
  return id;
}

/** The live language version of the company's questionnaire `familyId` in `language` other than `exceptId`, if any. */
export async function findLanguageVersion(
  db: Db,
  companyId: string,
  familyId: string,
  language: TLanguage,
  exceptId?: string,
) {
  const [row] = await db
    .select({ id: questionnaireTemplates.id })
    .from(questionnaireTemplates)
    .where(
      and(
        eq(questionnaireTemplates.companyId, companyId),
        eq(questionnaireTemplates.familyId, familyId),
        eq(questionnaireTemplates.language, language),
        isNull(questionnaireTemplates.archivedAt),
        exceptId ? sql`${questionnaireTemplates.id} <> ${exceptId}` : undefined,
      ),
    );
  return row ?? null;
}

const t = questionnaireTemplates;
const v = questionnaireVersions;

/** The family's live language versions, as one JSON list per row (a family has a handful). */
const languageVersions = sql<TLanguageVersion[]>`(
  select coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'language', o.language, 'name', o.name) order by o.language), '[]'::jsonb)
  from ${t} o where o.company_id = ${t.companyId} and o.family_id = ${t.familyId} and o.archived_at is null)`;

const columns = {
  id: t.id,
  familyId: t.familyId,
  name: t.name,
  language: t.language,
  languageVersions,
  subAccountId: t.subAccountId,
  subAccountName: subAccounts.name,
  preset: t.preset,
  version: t.currentVersion,
  archivedAt: t.archivedAt,
  updatedAt: t.updatedAt,
  content: v.content,
  versionId: v.id,
};

export type QuestionnaireRow = {
  id: string;
  familyId: string;
  name: string;
  language: TLanguage;
  languageVersions: TLanguageVersion[];
  subAccountId: string | null;
  subAccountName: string | null;
  preset: (typeof TEMPLATE_PRESETS)[number] | null;
  version: number;
  archivedAt: Date | null;
  updatedAt: Date;
  content: TQuestionnaireContent;
  versionId: string;
};

function selectTemplates(db: Db) {
  return db
    .select(columns)
    .from(t)
    .innerJoin(v, and(eq(v.templateId, t.id), eq(v.version, t.currentVersion)))
    .leftJoin(subAccounts, eq(subAccounts.id, t.subAccountId));
}

/** Templates a limited member may see: the company-wide ones and their sub-accounts'. */
const visibleTo = (scope: string[] | null) =>
  scope ? or(isNull(t.subAccountId), inArray(t.subAccountId, scope)) : undefined;

/** The company's questionnaires a caller in `scope` sees, with their current content, by language and name. */
export async function listQuestionnaireRows(
  db: Db,
  companyId: string,
  query: { scope: string[] | null; language?: TLanguage; subAccountId?: string; includeArchived?: boolean },
): Promise<QuestionnaireRow[]> {
  return selectTemplates(db)
    .where(
      and(
        eq(t.companyId, companyId),
        visibleTo(query.scope),
        query.includeArchived ? undefined : isNull(t.archivedAt),
        query.language ? eq(t.language, query.language) : undefined,
        query.subAccountId ? or(isNull(t.subAccountId), eq(t.subAccountId, query.subAccountId)) : undefined,
      ),
    )
    .orderBy(asc(t.language), asc(sql`lower(${t.name})`), asc(t.id));
}

/** One of the company's questionnaires if a caller in `scope` sees it, or null. */
export async function findQuestionnaireRow(
  db: Db,
  companyId: string,
  id: string,
  scope: string[] | null,
): Promise<QuestionnaireRow | null> {
  const [row] = await selectTemplates(db).where(and(eq(t.companyId, companyId), eq(t.id, id), visibleTo(scope)));
  return row ?? null;
}

/** How many of the company's checks use some version of the questionnaire. */
export async function countChecksUsingTemplate(db: Db, companyId: string, templateId: string): Promise<number> {
  const [{ count }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(referenceChecks)
    .innerJoin(v, eq(v.id, referenceChecks.versionId))
    .where(and(eq(referenceChecks.companyId, companyId), eq(v.templateId, templateId)));
  return Number(count);
}

/** The questionnaire locked while a save decides on a new version. */
export async function lockTemplate(db: Db, companyId: string, id: string) {
  const [locked] = await db
    .select({ currentVersion: t.currentVersion })
    .from(t)
    .where(and(eq(t.companyId, companyId), eq(t.id, id)))
    .for('update');
  return locked;
}

export async function findVersionContent(db: Db, companyId: string, templateId: string, version: number) {
  const [current] = await db
    .select({ content: v.content })
    .from(v)
    .where(and(eq(v.companyId, companyId), eq(v.templateId, templateId), eq(v.version, version)));
  return current ?? null;
}

/** The questions of one of the company's questionnaire versions (the one a check pinned), or null. */
export async function findQuestionnaireContent(db: Db, companyId: string, versionId: string) {
  const [row] = await db
    .select({ content: v.content })
    .from(v)
    .where(and(eq(v.companyId, companyId), eq(v.id, versionId)));
  return row?.content ?? null;
}

export async function insertVersion(db: Db, companyId: string, values: Omit<typeof v.$inferInsert, 'companyId'>) {
  await db.insert(v).values({ ...values, companyId });
}

export async function updateTemplate(db: Db, companyId: string, id: string, values: PgUpdateSetSource<typeof t>) {
  await db
    .update(t)
    .set(values)
    .where(and(eq(t.companyId, companyId), eq(t.id, id)));
}

/** The questionnaire's versions, newest first, with who made each and how many checks use it. */
export async function listVersionRows(db: Db, companyId: string, templateId: string) {
  const checks = sql<number>`(select count(*)::int from ${referenceChecks} rc where rc.version_id = "questionnaire_versions"."id")`;
  return db
    .select({
      id: v.id,
      version: v.version,
      content: v.content,
      createdAt: v.createdAt,
      createdByName: users.name,
      checks,
    })
    .from(v)
    .leftJoin(memberships, eq(memberships.id, v.createdById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(v.companyId, companyId), eq(v.templateId, templateId)))
    .orderBy(desc(v.version));
}

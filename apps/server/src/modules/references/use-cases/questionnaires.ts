import { isDeepStrictEqual } from 'node:util';
import {
  allQuestions,
  questionnaireProblems,
  type TLanguage,
  type TQuestionnaireContent,
  type TQuestionnaireTemplate,
  type TQuestionnaireTemplateDetail,
  type TQuestionnaireVersion,
} from '@vouch/contracts';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { AppError, fieldError, forbidden, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { memberships, users } from '../../tenancy/index.ts';
import { questionnaireTemplates, questionnaireVersions, referenceChecks, subAccounts } from '../references.tables.ts';
import { defaultQuestionnaire, ensureDefaultQuestionnaires, type TemplatePreset } from './default-questionnaires.ts';
import { assertSubAccountUsable, subAccountScope } from './sub-accounts.ts';

export type SaveQuestionnaire = {
  name: string;
  language: TLanguage;
  subAccountId: string | null;
  content: TQuestionnaireContent;
};
export type CreateQuestionnaire = Omit<SaveQuestionnaire, 'name' | 'content'> & {
  name?: string;
  content?: TQuestionnaireContent;
  preset?: TemplatePreset;
};
export type ListQuery = { language?: TLanguage; subAccountId?: string; includeArchived?: boolean };

const t = questionnaireTemplates;
const v = questionnaireVersions;

const columns = {
  id: t.id,
  name: t.name,
  language: t.language,
  subAccountId: t.subAccountId,
  subAccountName: subAccounts.name,
  preset: t.preset,
  version: t.currentVersion,
  archivedAt: t.archivedAt,
  updatedAt: t.updatedAt,
  content: v.content,
  versionId: v.id,
};

type Row = {
  id: string;
  name: string;
  language: TLanguage;
  subAccountId: string | null;
  subAccountName: string | null;
  preset: TemplatePreset | null;
  version: number;
  archivedAt: Date | null;
  updatedAt: Date;
  content: TQuestionnaireContent;
  versionId: string;
};

const toTemplate = (row: Row): TQuestionnaireTemplate => ({
  id: row.id,
  name: row.name,
  language: row.language,
  subAccountId: row.subAccountId,
  subAccountName: row.subAccountName,
  preset: row.preset,
  version: row.version,
  questionCount: allQuestions(row.content).length,
  archived: row.archivedAt !== null,
  updatedAt: row.updatedAt.toISOString(),
});

function selectTemplates(ctx: Ctx) {
  return ctx.db
    .select(columns)
    .from(t)
    .innerJoin(v, and(eq(v.templateId, t.id), eq(v.version, t.currentVersion)))
    .leftJoin(subAccounts, eq(subAccounts.id, t.subAccountId));
}

/** Templates a limited member may see: the company-wide ones and their sub-accounts'. */
const visibleTo = (scope: string[] | null) =>
  scope ? or(isNull(t.subAccountId), inArray(t.subAccountId, scope)) : undefined;

export async function listQuestionnaires(ctx: Ctx, query: ListQuery): Promise<TQuestionnaireTemplate[]> {
  const [any] = await ctx.db.select({ id: t.id }).from(t).where(eq(t.companyId, ctx.tenantId)).limit(1);
  if (!any) await ensureDefaultQuestionnaires(ctx.db, ctx.tenantId);
  const scope = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  const rows = await selectTemplates(ctx)
    .where(
      and(
        eq(t.companyId, ctx.tenantId),
        visibleTo(scope),
        query.includeArchived ? undefined : isNull(t.archivedAt),
        query.language ? eq(t.language, query.language) : undefined,
        query.subAccountId ? or(isNull(t.subAccountId), eq(t.subAccountId, query.subAccountId)) : undefined,
      ),
    )
    .orderBy(asc(t.language), asc(sql`lower(${t.name})`), asc(t.id));
  return rows.map(toTemplate);
}

/** The template as the caller may see it; another company's, or a sub-account outside their scope, is 404. */
async function loadTemplate(ctx: Ctx, id: string) {
  const scope = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  const [row] = await selectTemplates(ctx).where(and(eq(t.companyId, ctx.tenantId), eq(t.id, id), visibleTo(scope)));
  if (!row) throw notFound('questionnaire.not_found');
  return { row, scope };
}

/** A member limited to sub-accounts may read company-wide questionnaires but only change their own brands'. */
function assertWritable(row: Row, scope: string[] | null) {
  if (scope && row.subAccountId === null) {
    throw forbidden('questionnaire.company_wide_locked');
  }
}

function assertContentValid(content: TQuestionnaireContent) {
  const problems = questionnaireProblems(content);
  if (problems.length) throw new AppError('unprocessable', {}, { fieldErrors: problems, detail: problems[0].message });
}

export async function getQuestionnaire(ctx: Ctx, id: string): Promise<TQuestionnaireTemplateDetail> {
  const { row } = await loadTemplate(ctx, id);
  const [{ count }] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(referenceChecks)
    .innerJoin(v, eq(v.id, referenceChecks.versionId))
    .where(and(eq(referenceChecks.companyId, ctx.tenantId), eq(v.templateId, id)));
  return { ...toTemplate(row), content: row.content, checksUsingIt: Number(count) };
}

async function insertTemplate(
  ctx: Ctx,
  fields: SaveQuestionnaire & { preset: TemplatePreset | null },
): Promise<TQuestionnaireTemplateDetail> {
  const id = await ctx.db.transaction(async (tx) => {
    const [template] = await tx
      .insert(t)
      .values({
        companyId: ctx.tenantId,
        name: fields.name,
        language: fields.language,
        subAccountId: fields.subAccountId,
        preset: fields.preset,
        currentVersion: 1,
      })
      .returning({ id: t.id });
    await tx.insert(v).values({
      companyId: ctx.tenantId,
      templateId: template.id,
      version: 1,
      content: fields.content,
      createdById: ctx.actor.membershipId,
    });
    return template.id;
  });
  return getQuestionnaire(ctx, id);
}

/** From scratch (name and content) or as a copy of a shipped default in the chosen language. */
export async function createQuestionnaire(ctx: Ctx, body: CreateQuestionnaire) {
  const scope = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  await assertSubAccountUsable(ctx, body.subAccountId, scope);
  if (body.preset) {
    const shipped = defaultQuestionnaire(body.preset, body.language);
    return insertTemplate(ctx, {
      name: body.name ?? shipped.name,
      language: body.language,
      subAccountId: body.subAccountId,
      content: body.content ?? shipped.content,
      preset: body.preset,
    });
  }
  if (!body.name) throw fieldError('name', 'field.required');
  if (!body.content) throw fieldError('content', 'field.required');
  assertContentValid(body.content);
  return insertTemplate(ctx, { ...body, name: body.name, content: body.content, preset: null });
}

/**
 * Saves the template. Changed questions become a new version (n + 1) that new checks use; checks
 * already started keep the version row they point at, which is never changed.
 */
export async function saveQuestionnaire(ctx: Ctx, id: string, body: SaveQuestionnaire) {
  const { row, scope } = await loadTemplate(ctx, id);
  assertWritable(row, scope);
  if (body.subAccountId !== row.subAccountId) await assertSubAccountUsable(ctx, body.subAccountId, scope);
  assertContentValid(body.content);
  await ctx.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ currentVersion: t.currentVersion })
      .from(t)
      .where(and(eq(t.companyId, ctx.tenantId), eq(t.id, id)))
      .for('update');
    const [current] = await tx
      .select({ content: v.content })
      .from(v)
      .where(and(eq(v.templateId, id), eq(v.version, locked.currentVersion)));
    let currentVersion = locked.currentVersion;
    if (!isDeepStrictEqual(current?.content, body.content)) {
      currentVersion += 1;
      await tx.insert(v).values({
        companyId: ctx.tenantId,
        templateId: id,
        version: currentVersion,
        content: body.content,
        createdById: ctx.actor.membershipId,
      });
    }
    await tx
      .update(t)
      .set({
        name: body.name,
        language: body.language,
        subAccountId: body.subAccountId,
        currentVersion,
        updatedAt: new Date(),
      })
      .where(and(eq(t.companyId, ctx.tenantId), eq(t.id, id)));
  });
  return getQuestionnaire(ctx, id);
}

export async function duplicateQuestionnaire(ctx: Ctx, id: string) {
  const { row, scope } = await loadTemplate(ctx, id);
  assertWritable(row, scope);
  const copy = row.language === 'sv' ? 'kopia' : 'copy';
  return insertTemplate(ctx, {
    name: `${row.name} (${copy})`.slice(0, 120),
    language: row.language,
    subAccountId: row.subAccountId,
    content: row.content,
    preset: row.preset,
  });
}

/** Archived templates are not offered for new checks; running checks are not affected. */
export async function archiveQuestionnaire(ctx: Ctx, id: string, archived: boolean) {
  const { row, scope } = await loadTemplate(ctx, id);
  assertWritable(row, scope);
  await ctx.db
    .update(t)
    .set({ archivedAt: archived ? sql`coalesce(${t.archivedAt}, now())` : null, updatedAt: new Date() })
    .where(and(eq(t.companyId, ctx.tenantId), eq(t.id, id)));
  return getQuestionnaire(ctx, id);
}

export async function listVersions(ctx: Ctx, id: string): Promise<TQuestionnaireVersion[]> {
  await loadTemplate(ctx, id);
  const checks = sql<number>`(select count(*)::int from ${referenceChecks} rc where rc.version_id = "questionnaire_versions"."id")`;
  const rows = await ctx.db
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
    .where(and(eq(v.companyId, ctx.tenantId), eq(v.templateId, id)))
    .orderBy(desc(v.version));
  return rows.map(({ content, ...r }) => ({
    ...r,
    questionCount: allQuestions(content).length,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName || null,
    checks: Number(r.checks),
  }));
}

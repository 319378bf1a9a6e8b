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
import { sql } from 'drizzle-orm';
import { AppError, fieldError, forbidden, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import {
  countChecksUsingTemplate,
  findQuestionnaireRow,
  findVersionContent,
  hasAnyQuestionnaire,
  insertFirstVersionTemplate,
  insertVersion,
  listQuestionnaireRows,
  listVersionRows,
  lockTemplate,
  type QuestionnaireRow,
  updateTemplate,
} from '../questionnaires.repo.ts';
import { questionnaireTemplates } from '../references.tables.ts';
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

type Row = QuestionnaireRow;

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

export async function listQuestionnaires(ctx: Ctx, query: ListQuery): Promise<TQuestionnaireTemplate[]> {
  if (!(await hasAnyQuestionnaire(ctx.db, ctx.tenantId))) await ensureDefaultQuestionnaires(ctx.db, ctx.tenantId);
  const scope = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  const rows = await listQuestionnaireRows(ctx.db, ctx.tenantId, { ...query, scope });
  return rows.map(toTemplate);
}

/** The template as the caller may see it; another company's, or a sub-account outside their scope, is 404. */
async function loadTemplate(ctx: Ctx, id: string) {
  const scope = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  const row = await findQuestionnaireRow(ctx.db, ctx.tenantId, id, scope);
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
  const count = await countChecksUsingTemplate(ctx.db, ctx.tenantId, id);
  return { ...toTemplate(row), content: row.content, checksUsingIt: count };
}

async function insertTemplate(
  ctx: Ctx,
  fields: SaveQuestionnaire & { preset: TemplatePreset | null },
): Promise<TQuestionnaireTemplateDetail> {
  const id = await ctx.db.transaction((tx) =>
    insertFirstVersionTemplate(tx, ctx.tenantId, {
      name: fields.name,
      language: fields.language,
      subAccountId: fields.subAccountId,
      preset: fields.preset,
      content: fields.content,
      createdById: ctx.actor.membershipId,
    }),
  );
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
    const locked = await lockTemplate(tx, ctx.tenantId, id);
    const current = await findVersionContent(tx, ctx.tenantId, id, locked.currentVersion);
    let currentVersion = locked.currentVersion;
    if (!isDeepStrictEqual(current?.content, body.content)) {
      currentVersion += 1;
      await insertVersion(tx, ctx.tenantId, {
        templateId: id,
        version: currentVersion,
        content: body.content,
        createdById: ctx.actor.membershipId,
      });
    }
    await updateTemplate(tx, ctx.tenantId, id, {
      name: body.name,
      language: body.language,
      subAccountId: body.subAccountId,
      currentVersion,
      updatedAt: new Date(),
    });
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
  await updateTemplate(ctx.db, ctx.tenantId, id, {
    archivedAt: archived ? sql`coalesce(${questionnaireTemplates.archivedAt}, now())` : null,
    updatedAt: new Date(),
  });
  return getQuestionnaire(ctx, id);
}

export async function listVersions(ctx: Ctx, id: string): Promise<TQuestionnaireVersion[]> {
  await loadTemplate(ctx, id);
  const rows = await listVersionRows(ctx.db, ctx.tenantId, id);
  return rows.map(({ content, ...r }) => ({
    ...r,
    questionCount: allQuestions(content).length,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName || null,
    checks: Number(r.checks),
  }));
}

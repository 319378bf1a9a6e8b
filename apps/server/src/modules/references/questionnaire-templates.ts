import {
  allQuestions,
  questionnaireProblems,
  type TLanguage,
  type TQuestionnaireContent,
  type TQuestionnaireTemplate,
} from '@vouch/contracts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Ctx } from '../../platform/http/context.ts';
import { findLanguageVersion, findQuestionnaireRow, type QuestionnaireRow } from './questionnaires.repo.ts';
import { subAccountScope } from './sub-account-access.ts';
import type { TemplatePreset } from './use-cases/default-questionnaires.ts';

/**
 * What the questionnaire use cases share: the request shapes, a template as the list shows it, and
 * the caller's access to one (read within their sub-accounts, change only their own brands').
 */

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

export const toTemplate = (row: Row): TQuestionnaireTemplate => ({
  id: row.id,
  familyId: row.familyId,
  name: row.name,
  language: row.language,
  languageVersions: row.languageVersions,
  subAccountId: row.subAccountId,
  subAccountName: row.subAccountName,
  preset: row.preset,
  version: row.version,
  questionCount: allQuestions(row.content).length,
  archived: row.archivedAt !== null,
  updatedAt: row.updatedAt.toISOString(),
});

/** The template as the caller may see it; another company's, or a sub-account outside their scope, is 404. */
export async function loadTemplate(ctx: Ctx, id: string) {
  const scope = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  const row = await findQuestionnaireRow(ctx.db, ctx.tenantId, id, scope);
  if (!row) throw notFound('questionnaire.not_found');
  return { row, scope };
}

/** A member limited to sub-accounts may read company-wide questionnaires but only change their own brands'. */
export function assertWritable(row: Row, scope: string[] | null) {
  if (scope && row.subAccountId === null) {
    throw forbidden('questionnaire.company_wide_locked');
  }
}

/** A questionnaire has one live version per language: another in `language` is a 409 naming it. */
export async function assertLanguageFree(ctx: Ctx, familyId: string, language: TLanguage, exceptId?: string) {
  if (await findLanguageVersion(ctx.db, ctx.tenantId, familyId, language, exceptId))
    throw new AppError('questionnaire.language_version_exists', { language });
}

export function assertContentValid(content: TQuestionnaireContent) {
  const problems = questionnaireProblems(content);
  if (problems.length) throw new AppError('unprocessable', {}, { fieldErrors: problems, detail: problems[0].message });
}

import { isDeepStrictEqual } from 'node:util';
import type { TLanguage } from '@vouch/contracts';
import { AppError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { assertLanguageFree, assertWritable, loadTemplate } from '../questionnaire-templates.ts';
import { insertTemplate } from './create-questionnaire.ts';
import { defaultQuestionnaire } from './default-questionnaires.ts';

/**
 * Adds a language version to the questionnaire: a copy of this version's questions, with the same
 * ids, for the recruiter to translate. A shipped questionnaire nobody changed gets its real
 * translation instead. Another live version in that language is a 409.
 */
export async function addLanguageVersion(ctx: Ctx, id: string, body: { language: TLanguage; name?: string }) {
  const { row, scope } = await loadTemplate(ctx, id);
  assertWritable(row, scope);
  await assertLanguageFree(ctx, row.familyId, body.language);
  const shipped = row.preset ? defaultQuestionnaire(row.preset, row.language) : null;
  const untouched = shipped && isDeepStrictEqual(shipped.content, row.content);
  const translation = untouched && row.preset ? defaultQuestionnaire(row.preset, body.language) : null;
  try {
    return await insertTemplate(ctx, {
      name: body.name ?? translation?.name ?? row.name,
      language: body.language,
      subAccountId: row.subAccountId,
      content: translation?.content ?? row.content,
      preset: row.preset,
      familyId: row.familyId,
    });
  } catch (error) {
    // Two adds at once: the family's unique index lets one through.
    if (isUniqueViolation(error))
      throw new AppError('questionnaire.language_version_exists', { language: body.language });
    throw error;
  }
}

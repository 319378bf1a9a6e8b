import type { TQuestionnaireTemplateDetail } from '@vouch/contracts';
import { fieldError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { assertContentValid, type CreateQuestionnaire, type SaveQuestionnaire } from '../questionnaire-templates.ts';
import { insertFirstVersionTemplate } from '../questionnaires.repo.ts';
import { assertSubAccountUsable, subAccountScope } from '../sub-account-access.ts';
import { defaultQuestionnaire, type TemplatePreset } from './default-questionnaires.ts';
import { getQuestionnaire } from './get-questionnaire.ts';

export async function insertTemplate(
  ctx: Ctx,
  fields: SaveQuestionnaire & { preset: TemplatePreset | null; familyId?: string },
): Promise<TQuestionnaireTemplateDetail> {
  const id = await ctx.db.transaction((tx) =>
    insertFirstVersionTemplate(tx, ctx.tenantId, {
      name: fields.name,
      language: fields.language,
      subAccountId: fields.subAccountId,
      preset: fields.preset,
      content: fields.content,
      createdById: ctx.actor.membershipId,
      familyId: fields.familyId,
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

import { isDeepStrictEqual } from 'node:util';
import type { Ctx } from '../../../platform/http/context.ts';
import {
  assertContentValid,
  assertLanguageFree,
  assertWritable,
  loadTemplate,
  type SaveQuestionnaire,
} from '../questionnaire-templates.ts';
import { findVersionContent, insertVersion, lockTemplate, updateTemplate } from '../questionnaires.repo.ts';
import { assertSubAccountUsable } from '../sub-account-access.ts';
import { getQuestionnaire } from './get-questionnaire.ts';

/**
 * Saves the template. Changed questions become a new version (n + 1) that new checks use; checks
 * already started keep the version row they point at, which is never changed.
 */
export async function saveQuestionnaire(ctx: Ctx, id: string, body: SaveQuestionnaire) {
  const { row, scope } = await loadTemplate(ctx, id);
  assertWritable(row, scope);
  if (body.subAccountId !== row.subAccountId) await assertSubAccountUsable(ctx, body.subAccountId, scope);
  assertContentValid(body.content);
  if (body.language !== row.language) await assertLanguageFree(ctx, row.familyId, body.language, id);
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

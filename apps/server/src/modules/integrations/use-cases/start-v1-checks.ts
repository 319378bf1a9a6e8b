import type { TLanguage, TV1StartReferenceChecksResult, ZV1StartReferenceChecksRequest } from '@vouch/contracts';
import type { z } from 'zod';
import { AppError, fieldError, fieldProblems, unknownId } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { parseJsonText } from '../../../platform/http/json-text.ts';
import { problemOfError } from '../../../platform/http/problem.ts';
import { checkSettingsProblems } from '../../references/index.ts';
import { startV1Check } from './start-v1-check.ts';
import { snakeField, templateForKey } from './v1-common.ts';

type Body = z.output<typeof ZV1StartReferenceChecksRequest>;
type Result = TV1StartReferenceChecksResult['results'][number];

/**
 * Starts one check per entry with the shared settings, each exactly as `POST /api/v1/reference-checks`
 * would (its own transaction, its own candidate and job matching). The shared settings are checked
 * once first, so a wrong template or sub-account refuses the whole request instead of every entry;
 * after that an entry that cannot start is skipped with the problem the single start would have
 * answered, and the others still start.
 */
export async function startV1Checks(
  ctx: ApiCtx,
  body: Body,
  language: TLanguage,
): Promise<TV1StartReferenceChecksResult> {
  const own = ctx.apiKey.subAccountId;
  if (own && body.sub_account_id && body.sub_account_id !== own)
    throw fieldError('sub_account_id', 'reference_check.api_key_other_sub_account');
  const template = await templateForKey(ctx, ctx.db, body.template_id);
  if (!template) throw unknownId('template_id', 'questionnaire.unknown');
  const problems = await checkSettingsProblems(ctx.db, ctx.tenantId, {
    subAccountId: own ?? body.sub_account_id,
    templateId: body.template_id,
    language: template.language,
  });
  if (problems.length) throw fieldProblems(problems.map((p) => ({ ...p, field: snakeField(p.field) })));

  const { checks, ...settings } = body;
  const results: Result[] = [];
  for (const [index, entry] of checks.entries()) {
    try {
      const check = await startV1Check(ctx, { ...settings, ...entry });
      results.push({ index, status: 'started', reference_check: parseJsonText(check), problem: null });
    } catch (error) {
      if (!(error instanceof AppError)) {
        ctx.log.error({ err: error, index }, 'bulk API reference check start failed');
      }
      const failure = error instanceof AppError ? error : new AppError('internal');
      const problem = { ...failure.extra, ...problemOfError(failure, language) };
      results.push({ index, status: 'skipped', reference_check: null, problem });
    }
  }
  const started = results.filter((r) => r.status === 'started').length;
  return { started, skipped: results.length - started, results };
}

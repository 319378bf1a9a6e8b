import type { TV1ReferenceCheck } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, fieldProblem, unknownId } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import type { JsonText } from '../../../platform/http/json-text.ts';
import { loadCheckView, startReferenceCheckIn } from '../../references/index.ts';
import { refereeFields, type StartBody } from '../v1-check-inputs.ts';
import { findApiCheckByExternalId } from '../v1-reference-checks.repo.ts';
import { getV1Check } from './get-v1-check.ts';
import { checkScopeOfKey, templateForKey, withV1FieldNames } from './v1-common.ts';
import { findOrCreateCandidate, findOrCreateJob } from './v1-match.ts';

/** The API-started check that holds this `external_id` in the company, if any (a partner's are not unique). */
async function checkWithExternalId(db: Db, companyId: string, externalId: string) {
  return (await findApiCheckByExternalId(db, companyId, externalId))?.id ?? null;
}

/** A check the key may read keeps its id in a problem (`reference_check_id`); another sub-account's does not. */
async function visibleCheckId(ctx: ApiCtx, checkId: string | null) {
  if (!checkId) return null;
  const view = await loadCheckView(ctx.db, ctx.tenantId, checkId, checkScopeOfKey(ctx));
  return view ? checkId : null;
}

/** 409 `external_id_taken`, naming the check that has the id when the key may read it. */
async function externalIdTaken(ctx: ApiCtx, externalId: string) {
  const holder = await visibleCheckId(ctx, await checkWithExternalId(ctx.db, ctx.tenantId, externalId));
  return new AppError(
    'reference_check.external_id_taken',
    {},
    {
      fieldErrors: [fieldProblem('external_id', 'reference_check.external_id_taken')],
      extra: holder ? { reference_check_id: holder } : {},
    },
  );
}

/** Finds or creates the candidate (and job), then starts the check as the process step would. */
export async function startV1Check(ctx: ApiCtx, body: StartBody): Promise<JsonText<TV1ReferenceCheck>> {
  const own = ctx.apiKey.subAccountId;
  if (own && body.sub_account_id && body.sub_account_id !== own)
    throw fieldError('sub_account_id', 'reference_check.api_key_other_sub_account');
  const subAccountId = own ?? body.sub_account_id;
  const externalId = body.external_id;
  const checkId = await startV1CheckRows(ctx, body, subAccountId).catch(async (error) => {
    // The unique index holds an external_id to one check, so a start is not preceded by a look for it:
    // only a start that failed asks, and a taken id is then what the answer tells, whatever else went
    // wrong (a check already running for the candidate, say), as if it had been looked for first. Two
    // starts racing with one id meet the index, and the loser finds the winner's check here.
    if (externalId && (await checkWithExternalId(ctx.db, ctx.tenantId, externalId)))
      throw await externalIdTaken(ctx, externalId);
    throw await withoutHiddenCheck(ctx, error);
  });
  return getV1Check(ctx, checkId);
}

/** "Already running" names the running check (`reference_check_id`), unless the key may not read it. */
async function withoutHiddenCheck(ctx: ApiCtx, error: unknown) {
  const named = error instanceof AppError ? error.extra?.reference_check_id : undefined;
  if (!(error instanceof AppError) || typeof named !== 'string' || (await visibleCheckId(ctx, named))) return error;
  const { reference_check_id: _hidden, ...extra } = error.extra ?? {};
  return error.with({ extra });
}

function startV1CheckRows(ctx: ApiCtx, body: StartBody, subAccountId: string | null) {
  return withV1FieldNames(() =>
    ctx.db.transaction(async (tx) => {
      // Read as the start's facts, which the start then does not read again.
      const template = await templateForKey(ctx, tx, body.template_id);
      if (!template) throw unknownId('template_id', 'questionnaire.unknown');
      const candidate = await findOrCreateCandidate(tx, ctx.tenantId, ctx.apiKey.createdById, body.candidate);
      const jobId = body.job ? await findOrCreateJob(tx, ctx.tenantId, body.job) : null;
      // Its own transaction already: the start needs no savepoint inside it.
      return startReferenceCheckIn(tx, ctx.config, {
        companyId: ctx.tenantId,
        actorMembershipId: ctx.apiKey.createdById,
        candidateId: candidate.id,
        createdCandidate: candidate.created,
        jobId,
        jobFound: true,
        placementId: null,
        settings: {
          subAccountId,
          language: template.language as 'en' | 'sv',
          templateId: body.template_id,
          candidateChannel: body.candidate_channel,
          refereeChannel: body.referee_channel,
          refereesWanted: body.referees_wanted,
        },
        referees: body.referees.map(refereeFields),
        namedConsent: body.referee_consent,
        apiKeyId: ctx.apiKey.id,
        source: 'api',
        externalId: body.external_id,
        templateFacts: template,
      });
    }),
  );
}

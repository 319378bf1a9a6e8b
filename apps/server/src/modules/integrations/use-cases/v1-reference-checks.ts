import {
  type TCheckStatus,
  type TV1ReferenceCheck,
  ZRefereeInput,
  type ZV1RefereeInput,
  type ZV1StartReferenceCheckRequest,
} from '@vouch/contracts';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, fieldProblem, notFound, unknownId } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import {
  addRefereesToCheck,
  cancelLockedCheck,
  loadCheckView,
  renderReportPdf,
  reportFilename,
  reportOfCheck,
  startReferenceCheck,
} from '../../references/index.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import {
  findApiCheckByExternalId,
  findCompanyHeader,
  findTemplateForKey,
  listCheckKeys,
  lockCheckForKey,
} from '../v1-reference-checks.repo.ts';
import { checkScopeOfKey, withV1FieldNames } from './v1-common.ts';
import { findOrCreateCandidate, findOrCreateJob } from './v1-match.ts';
import { externalIdsOf, v1CheckOf, v1ReportOf } from './v1-serialize.ts';

/** `/api/v1/reference-checks`: start, read, list, cancel, add referees, the report. */

type StartBody = z.output<typeof ZV1StartReferenceCheckRequest>;
type RefereeBody = z.output<typeof ZV1RefereeInput>;

/** The API's referee as the references module takes it (its shared rules run on it there). */
const refereeFields = (r: RefereeBody) =>
  ZRefereeInput.parse({
    name: r.name,
    email: r.email,
    phone: r.phone,
    relationship: r.relationship,
    company: r.company,
    workedTogether: r.worked_together,
    language: r.language,
  });

/** The check as the API shows it, or 404 when it is another company's or outside the key's sub-account. */
export async function getV1Check(ctx: ApiCtx, checkId: string): Promise<TV1ReferenceCheck> {
  const view = await loadCheckView(ctx.db, ctx.tenantId, checkId, checkScopeOfKey(ctx));
  if (!view) throw notFound('reference_check.not_found');
  return v1CheckOf(view, await externalIdsOf(ctx.db, ctx.tenantId, [view]), ctx.config);
}

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
export async function startV1Check(ctx: ApiCtx, body: StartBody): Promise<TV1ReferenceCheck> {
  const own = ctx.apiKey.subAccountId;
  if (own && body.sub_account_id && body.sub_account_id !== own)
    throw fieldError('sub_account_id', 'reference_check.api_key_other_sub_account');
  const subAccountId = own ?? body.sub_account_id;
  const externalId = body.external_id;
  if (externalId && (await checkWithExternalId(ctx.db, ctx.tenantId, externalId)))
    throw await externalIdTaken(ctx, externalId);
  const checkId = await startV1CheckRows(ctx, body, subAccountId).catch(async (error) => {
    // Two starts with one external_id racing past the check above meet the unique index.
    if (externalId && isUniqueViolation(error)) throw await externalIdTaken(ctx, externalId);
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
  const own = ctx.apiKey.subAccountId;
  return withV1FieldNames(() =>
    ctx.db.transaction(async (tx) => {
      // A sub-account key may use its own and the company-wide questionnaires; another's is unknown here.
      const template = await findTemplateForKey(tx, ctx.tenantId, body.template_id, own);
      if (!template) throw unknownId('template_id', 'questionnaire.unknown');
      const candidate = await findOrCreateCandidate(tx, ctx.tenantId, ctx.apiKey.createdById, body.candidate);
      const jobId = body.job ? await findOrCreateJob(tx, ctx.tenantId, body.job) : null;
      return startReferenceCheck(tx, ctx.config, {
        companyId: ctx.tenantId,
        actorMembershipId: ctx.apiKey.createdById,
        candidateId: candidate.id,
        jobId,
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
        source: 'api',
        externalId: body.external_id,
      });
    }),
  );
}

/** Newest first; by the ATS's `external_id` and status. */
export async function listV1Checks(
  ctx: ApiCtx,
  query: { external_id?: string; status?: TCheckStatus; cursor?: string; limit: number },
) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const scope = checkScopeOfKey(ctx);
  const rows = await listCheckKeys(ctx.db, ctx.tenantId, {
    subAccountIds: scope.kind === 'sub_accounts' ? scope.ids : null,
    externalId: query.external_id,
    status: query.status,
    after,
    limit: query.limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  const views = [];
  for (const { id } of items) {
    const view = await loadCheckView(ctx.db, ctx.tenantId, id, scope);
    if (view) views.push(view);
  }
  const ids = await externalIdsOf(ctx.db, ctx.tenantId, views);
  return { data: views.map((v) => v1CheckOf(v, ids, ctx.config)), next_cursor: nextCursor };
}

/** The check's row, locked for a change; 404 outside the company or the key's sub-account. */
async function lockV1Check(tx: Db, ctx: ApiCtx, checkId: string) {
  const own = ctx.apiKey.subAccountId;
  const check = await lockCheckForKey(tx, ctx.tenantId, checkId, own);
  if (!check) throw notFound('reference_check.not_found');
  return check;
}

/** Cancels a running check (409 otherwise): reminders stop, the links stop working. */
export async function cancelV1Check(ctx: ApiCtx, checkId: string) {
  await ctx.db.transaction(async (tx) => cancelLockedCheck(tx, ctx.config, await lockV1Check(tx, ctx, checkId)));
  return getV1Check(ctx, checkId);
}

/** Names more referees and invites them; a completed check reopens until they answer. */
export async function addV1Referees(ctx: ApiCtx, checkId: string, inputs: RefereeBody[]) {
  await withV1FieldNames(() =>
    ctx.db.transaction(async (tx) => {
      const check = await lockV1Check(tx, ctx, checkId);
      await addRefereesToCheck(tx, ctx.config, check, inputs.map(refereeFields), 'api', 'referees');
    }),
  );
  return getV1Check(ctx, checkId);
}

async function v1ReportParts(ctx: ApiCtx, checkId: string) {
  const view = await loadCheckView(ctx.db, ctx.tenantId, checkId, checkScopeOfKey(ctx));
  if (!view) throw notFound('reference_check.not_found');
  return { view, report: await reportOfCheck(ctx.db, ctx.tenantId, view) };
}

/** Referees, answers and rating summaries, whatever the status (answers so far while running). */
export async function v1Report(ctx: ApiCtx, checkId: string) {
  const { view, report } = await v1ReportParts(ctx, checkId);
  return v1ReportOf(report, v1CheckOf(view, await externalIdsOf(ctx.db, ctx.tenantId, [view]), ctx.config));
}

export async function v1ReportPdf(ctx: ApiCtx, checkId: string) {
  const { report } = await v1ReportParts(ctx, checkId);
  const company = await findCompanyHeader(ctx.db, ctx.tenantId);
  if (!company) throw new AppError('not_found');
  return { pdf: await renderReportPdf(report, company), filename: reportFilename(report.check.candidateName) };
}

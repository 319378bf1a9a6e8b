import type { TCheckStatus } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { findCandidateRow } from '../../hiring/index.ts';
import { listCandidateChecks, listChecks } from '../checks.repo.ts';
import { memberScope } from '../recruiter-check-change.ts';

export async function candidateChecks(ctx: Ctx, candidateId: string) {
  if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId))) throw notFound();
  return { items: await listCandidateChecks(ctx.db, ctx.tenantId, candidateId, memberScope(ctx)) };
}

export async function companyChecks(
  ctx: Ctx,
  query: { status?: TCheckStatus; q?: string; cursor?: string; limit: number },
) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null;
  const rows = await listChecks(ctx.db, ctx.tenantId, { ...query, after }, memberScope(ctx));
  return pageOf(rows, query.limit, (r) => [r.createdAt, r.id]);
}

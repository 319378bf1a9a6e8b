import type { TCheckStatus } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { findCandidateRow } from '../../hiring/index.ts';
import { checkListItemOf, listChecksAndStalls, stallListItemOf } from '../check-list.repo.ts';
import { listCandidateChecks } from '../checks.repo.ts';
import { memberScope } from '../recruiter-check-change.ts';

export async function candidateChecks(ctx: Ctx, candidateId: string) {
  if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId))) throw notFound();
  return { items: await listCandidateChecks(ctx.db, ctx.tenantId, candidateId, memberScope(ctx)) };
}

export async function companyChecks(
  ctx: Ctx,
  query: { status?: TCheckStatus; attention?: boolean; q?: string; cursor?: string; limit: number },
) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null;
  const rows = await listChecksAndStalls(ctx.db, ctx.tenantId, { ...query, after }, memberScope(ctx));
  // Checks and stalled steps share one keyset: the page's last row, of either kind, is the cursor.
  const page = pageOf(rows, query.limit, (r) => [r.createdAt, r.id]);
  return {
    items: page.items.filter((r) => r.kind === 'check').map(checkListItemOf),
    stalls: page.items.filter((r) => r.kind === 'stall').map(stallListItemOf),
    nextCursor: page.nextCursor,
  };
}

import type { TCheckStatus } from '@vouch/contracts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { loadCheckView } from '../../references/index.ts';
import { listCheckKeys } from '../v1-reference-checks.repo.ts';
import { checkScopeOfKey } from './v1-common.ts';
import { externalIdsOf, v1CheckOf } from './v1-serialize.ts';

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

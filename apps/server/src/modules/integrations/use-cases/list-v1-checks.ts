import type { TCheckStatus } from '@vouch/contracts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { loadChecksWithExternalIds } from '../../references/index.ts';
import { checkScopeOfKey } from './v1-common.ts';
import { externalIdsFrom, v1CheckOf } from './v1-serialize.ts';

/** Newest first; by the ATS's `external_id` and status. One query for the page, referees included. */
export async function listV1Checks(
  ctx: ApiCtx,
  query: { external_id?: string; status?: TCheckStatus; cursor?: string; limit: number },
) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await loadChecksWithExternalIds(
    ctx.db,
    ctx.tenantId,
    { externalId: query.external_id, status: query.status, after, limit: query.limit + 1 },
    checkScopeOfKey(ctx),
  );
  const { items, nextCursor } = pageOf(rows, query.limit, (r) => [r.view.createdAt, r.view.id]);
  const ids = externalIdsFrom(items);
  return { data: items.map((r) => v1CheckOf(r.view, ids, ctx.config)), next_cursor: nextCursor };
}

import type { TCheckStatus } from '@vouch/contracts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { pageJsonText } from '../../../platform/http/json-text.ts';
import { listV1CheckDocuments } from '../v1-check-documents.repo.ts';
import { checkScopeOfKey } from './v1-common.ts';

/** Newest first; by the ATS's `external_id` and status. One query for the page, referees included. */
export async function listV1Checks(
  ctx: ApiCtx,
  query: { external_id?: string; status?: TCheckStatus; cursor?: string; limit: number },
) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listV1CheckDocuments(
    ctx.db,
    ctx.tenantId,
    { externalId: query.external_id, status: query.status, after, limit: query.limit + 1 },
    checkScopeOfKey(ctx),
    ctx.config.publicUrl,
  );
  const { items, nextCursor } = pageOf(rows, query.limit, (r) => [r.createdAtKey, r.id]);
  return pageJsonText(
    items.map((r) => r.document),
    nextCursor,
  );
}

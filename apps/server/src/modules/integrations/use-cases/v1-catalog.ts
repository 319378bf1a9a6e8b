import type { TLanguage, TV1SubAccount, TV1Template } from '@vouch/contracts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { listOpenSubAccounts, listOpenTemplates } from '../v1-catalog.repo.ts';

/** `/api/v1`'s catalogue: the sub-accounts and questionnaires a check may name. Oldest first, keyset paged. */

type Page = { cursor?: string; limit: number };
const keyOf = (row: { createdAt: Date; id: string }) => [row.createdAt.toISOString(), row.id];

/** Not archived; a sub-account key sees only its own. */
export async function listV1SubAccounts(ctx: ApiCtx, query: Page) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listOpenSubAccounts(ctx.db, ctx.tenantId, {
    subAccountId: ctx.apiKey.subAccountId,
    after,
    limit: query.limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, query.limit, keyOf);
  const data: TV1SubAccount[] = items.map((r) => ({ id: r.id, name: r.name, sender_name: r.senderName }));
  return { data, next_cursor: nextCursor };
}

/** Not archived; a sub-account key sees the company-wide ones and its own. */
export async function listV1Templates(ctx: ApiCtx, query: Page & { language?: TLanguage }) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const own = ctx.apiKey.subAccountId;
  const rows = await listOpenTemplates(ctx.db, ctx.tenantId, {
    subAccountId: own,
    language: query.language,
    after,
    limit: query.limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, query.limit, keyOf);
  const data: TV1Template[] = items.map((r) => ({
    id: r.id,
    name: r.name,
    language: r.language,
    sub_account_id: r.subAccountId,
    version: r.version,
  }));
  return { data, next_cursor: nextCursor };
}

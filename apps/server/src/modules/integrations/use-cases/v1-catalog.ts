import type { TLanguage, TV1SubAccount, TV1Template } from '@vouch/contracts';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { questionnaireTemplates, subAccounts } from '../../references/index.ts';

/** `/api/v1`'s catalogue: the sub-accounts and questionnaires a check may name. Oldest first, keyset paged. */

type Page = { cursor?: string; limit: number };
const keyOf = (row: { createdAt: Date; id: string }) => [row.createdAt.toISOString(), row.id];

/** Not archived; a sub-account key sees only its own. */
export async function listV1SubAccounts(ctx: ApiCtx, query: Page) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await ctx.db
    .select({
      id: subAccounts.id,
      name: subAccounts.name,
      senderName: subAccounts.senderName,
      createdAt: subAccounts.createdAt,
    })
    .from(subAccounts)
    .where(
      and(
        eq(subAccounts.companyId, ctx.tenantId),
        isNull(subAccounts.archivedAt),
        ctx.apiKey.subAccountId ? eq(subAccounts.id, ctx.apiKey.subAccountId) : undefined,
        after
          ? sql`(${subAccounts.createdAt}, ${subAccounts.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(subAccounts.createdAt), asc(subAccounts.id))
    .limit(query.limit + 1);
  const { items, nextCursor } = pageOf(rows, query.limit, keyOf);
  const data: TV1SubAccount[] = items.map((r) => ({ id: r.id, name: r.name, sender_name: r.senderName }));
  return { data, next_cursor: nextCursor };
}

/** Not archived; a sub-account key sees the company-wide ones and its own. */
export async function listV1Templates(ctx: ApiCtx, query: Page & { language?: TLanguage }) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const own = ctx.apiKey.subAccountId;
  const t = questionnaireTemplates;
  const rows = await ctx.db
    .select({
      id: t.id,
      name: t.name,
      language: t.language,
      subAccountId: t.subAccountId,
      version: t.currentVersion,
      createdAt: t.createdAt,
    })
    .from(t)
    .where(
      and(
        eq(t.companyId, ctx.tenantId),
        isNull(t.archivedAt),
        query.language ? eq(t.language, query.language) : undefined,
        own ? or(isNull(t.subAccountId), eq(t.subAccountId, own)) : undefined,
        after ? sql`(${t.createdAt}, ${t.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(t.createdAt), asc(t.id))
    .limit(query.limit + 1);
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

import type { TLanguage } from '@vouch/contracts';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { questionnaireTemplates, subAccounts } from '../references/index.ts';

/** What `/api/v1`'s catalogue lists: oldest first, after the keyset (created at, id) of the previous page. */
type Page = { after: unknown[] | null; limit: number };

/** The company's sub-accounts not archived; only `subAccountId` when given. */
export async function listOpenSubAccounts(db: Db, companyId: string, query: Page & { subAccountId: string | null }) {
  const { after } = query;
  return db
    .select({
      id: subAccounts.id,
      name: subAccounts.name,
      senderName: subAccounts.senderName,
      createdAt: subAccounts.createdAt,
    })
    .from(subAccounts)
    .where(
      and(
        eq(subAccounts.companyId, companyId),
        isNull(subAccounts.archivedAt),
        query.subAccountId ? eq(subAccounts.id, query.subAccountId) : undefined,
        after
          ? sql`(${subAccounts.createdAt}, ${subAccounts.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(subAccounts.createdAt), asc(subAccounts.id))
    .limit(query.limit);
}

/** The company's questionnaires not archived; with `subAccountId`, the company-wide ones and its own. */
export async function listOpenTemplates(
  db: Db,
  companyId: string,
  query: Page & { subAccountId: string | null; language?: TLanguage },
) {
  const { after } = query;
  const own = query.subAccountId;
  const t = questionnaireTemplates;
  return db
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
        eq(t.companyId, companyId),
        isNull(t.archivedAt),
        query.language ? eq(t.language, query.language) : undefined,
        own ? or(isNull(t.subAccountId), eq(t.subAccountId, own)) : undefined,
        after ? sql`(${t.createdAt}, ${t.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(t.createdAt), asc(t.id))
    .limit(query.limit);
}

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { subAccounts } from './references.tables.ts';

/** Whether one of the company's sub-accounts exists and is archived. */
export async function findSubAccountState(db: Db, companyId: string, subAccountId: string) {
  const [account] = await db
    .select({ id: subAccounts.id, archivedAt: subAccounts.archivedAt })
    .from(subAccounts)
    .where(and(eq(subAccounts.companyId, companyId), eq(subAccounts.id, subAccountId)));
  return account ?? null;
}

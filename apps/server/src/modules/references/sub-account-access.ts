import type { Db } from '../../platform/db/db.ts';
import { fieldError, unknownId } from '../../platform/errors.ts';
import type { Ctx } from '../../platform/http/context.ts';
import { isCompanySubAccount, subAccountIdsOfMember } from './sub-accounts.repo.ts';

/**
 * The sub-accounts a member is limited to, or null when they are not limited (they see everything).
 * Check lists, pickers and templates all filter by this.
 */

/**
 * The sub-accounts a member is limited to, or null when they are not limited (they see everything).
 * Check lists, pickers and templates all filter by this.
 */
export async function subAccountScope(db: Db, companyId: string, membershipId: string): Promise<string[] | null> {
  const rows = await subAccountIdsOfMember(db, companyId, membershipId);
  return rows.length ? rows : null;
}

/** A sub-account id given in a body: it must be the company's (a field error otherwise), and in the caller's scope. */
export async function assertSubAccountUsable(
  ctx: Ctx,
  subAccountId: string | null,
  scope: string[] | null,
  field = 'subAccountId',
) {
  if (subAccountId === null) {
    if (scope) throw fieldError(field, 'sub_account.choose_own');
    return;
  }
  const found = await isCompanySubAccount(ctx.db, ctx.tenantId, subAccountId);
  if (!found || (scope && !scope.includes(subAccountId))) throw unknownId(field, 'sub_account.unknown');
}

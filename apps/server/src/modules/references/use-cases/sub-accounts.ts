import type { TSubAccount } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { subAccountScope } from '../sub-account-access.ts';
import { findSubAccountView, listSubAccountViews } from '../sub-accounts.repo.ts';

/** Admins manage every sub-account; a limited recruiter sees only theirs (for pickers). */
export async function listSubAccounts(ctx: Ctx, { includeArchived = false } = {}): Promise<TSubAccount[]> {
  const scope = ctx.actor.role === 'admin' ? null : await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  return listSubAccountViews(ctx.db, ctx.tenantId, { includeArchived, scope });
}

export async function getSubAccount(db: Db, companyId: string, id: string): Promise<TSubAccount> {
  const row = await findSubAccountView(db, companyId, id);
  if (!row) throw notFound('sub_account.not_found');
  return row;
}

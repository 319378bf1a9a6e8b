import { unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { knownMembershipIds, memberIdsOfSubAccount, replaceSubAccountMembers } from '../sub-accounts.repo.ts';
import { getSubAccount } from './sub-accounts.ts';

export async function listSubAccountMembers(ctx: Ctx, id: string): Promise<string[]> {
  await getSubAccount(ctx.db, ctx.tenantId, id);
  return memberIdsOfSubAccount(ctx.db, ctx.tenantId, id);
}

/** Replaces who is limited to this sub-account; a member may be limited to several sub-accounts. */
export async function setSubAccountMembers(ctx: Ctx, id: string, membershipIds: string[]) {
  await getSubAccount(ctx.db, ctx.tenantId, id);
  const wanted = [...new Set(membershipIds)];
  if (wanted.length) {
    const knownIds = await knownMembershipIds(ctx.db, ctx.tenantId, wanted);
    const unknown = membershipIds.findIndex((m) => !knownIds.has(m));
    if (unknown >= 0) throw unknownId(`membershipIds.${unknown}`, 'sub_account.not_a_member');
  }
  await replaceSubAccountMembers(ctx.db, ctx.tenantId, id, wanted);
  return listSubAccountMembers(ctx, id);
}

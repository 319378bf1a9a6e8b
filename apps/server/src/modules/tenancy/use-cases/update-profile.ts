import type { TLanguage } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { foreignDepartmentIds, setMemberDepartments } from '../tenancy.repo.ts';
import { users } from '../tenancy.tables.ts';

/** Name and language belong to the person; recruited-for departments to their place in this company. */
export async function updateProfile(ctx: Ctx, input: { name: string; language: TLanguage; departmentIds: string[] }) {
  await ctx.db.transaction(async (tx) => {
    const unknown = await foreignDepartmentIds(tx, ctx.tenantId, input.departmentIds);
    if (unknown.length) throw unknownId('departmentIds', 'company.unknown_department');
    await tx.update(users).set({ name: input.name, language: input.language }).where(eq(users.id, ctx.actor.userId));
    await setMemberDepartments(tx, ctx.tenantId, ctx.actor.membershipId, [...new Set(input.departmentIds)]);
  });
}

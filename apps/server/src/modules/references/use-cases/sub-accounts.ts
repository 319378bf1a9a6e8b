import type { TSubAccount } from '@vouch/contracts';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError, notFound, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { isUniqueViolation, memberships } from '../../tenancy/index.ts';
import { membershipSubAccounts, questionnaireTemplates, subAccounts } from '../references.tables.ts';

export type SubAccountFields = { name: string; senderName: string | null; logoDataUrl: string | null };

/**
 * The sub-accounts a member is limited to, or null when they are not limited (they see everything).
 * Check lists, pickers and templates all filter by this.
 */
export async function subAccountScope(db: Db, companyId: string, membershipId: string): Promise<string[] | null> {
  const rows = await db
    .select({ id: membershipSubAccounts.subAccountId })
    .from(membershipSubAccounts)
    .where(and(eq(membershipSubAccounts.companyId, companyId), eq(membershipSubAccounts.membershipId, membershipId)));
  return rows.length ? rows.map((r) => r.id) : null;
}

// Written out in full: inside a subquery drizzle would leave the outer column unqualified.
const templateCount = sql<number>`(select count(*)::int from ${questionnaireTemplates} qt
  where qt.sub_account_id = "sub_accounts"."id" and qt.archived_at is null)`;
const memberCount = sql<number>`(select count(*)::int from ${membershipSubAccounts} ms
  where ms.sub_account_id = "sub_accounts"."id")`;

const columns = {
  id: subAccounts.id,
  name: subAccounts.name,
  senderName: subAccounts.senderName,
  logoDataUrl: subAccounts.logoDataUrl,
  archivedAt: subAccounts.archivedAt,
  templateCount,
  memberCount,
};

type Row = { archivedAt: Date | null; templateCount: number; memberCount: number } & Omit<
  TSubAccount,
  'archived' | 'templateCount' | 'memberCount'
>;
const toSubAccount = ({ archivedAt, ...row }: Row): TSubAccount => ({
  ...row,
  templateCount: Number(row.templateCount),
  memberCount: Number(row.memberCount),
  archived: archivedAt !== null,
});

/** Admins manage every sub-account; a limited recruiter sees only theirs (for pickers). */
export async function listSubAccounts(ctx: Ctx, { includeArchived = false } = {}): Promise<TSubAccount[]> {
  const scope = ctx.actor.role === 'admin' ? null : await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  const rows = await ctx.db
    .select(columns)
    .from(subAccounts)
    .where(
      and(
        eq(subAccounts.companyId, ctx.tenantId),
        includeArchived ? undefined : isNull(subAccounts.archivedAt),
        scope ? inArray(subAccounts.id, scope) : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${subAccounts.name})`), asc(subAccounts.id));
  return rows.map(toSubAccount);
}

async function getSubAccount(db: Db, companyId: string, id: string): Promise<TSubAccount> {
  const [row] = await db
    .select(columns)
    .from(subAccounts)
    .where(and(eq(subAccounts.companyId, companyId), eq(subAccounts.id, id)));
  if (!row) throw notFound('sub_account.not_found');
  return toSubAccount(row);
}

const nameTaken = () => fieldError('name', 'sub_account.name_taken');

async function uniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function createSubAccount(ctx: Ctx, fields: SubAccountFields) {
  const [row] = await uniqueName(() =>
    ctx.db
      .insert(subAccounts)
      .values({ companyId: ctx.tenantId, ...fields })
      .returning({ id: subAccounts.id }),
  );
  return getSubAccount(ctx.db, ctx.tenantId, row.id);
}

export async function updateSubAccount(ctx: Ctx, id: string, fields: SubAccountFields) {
  const rows = await uniqueName(() =>
    ctx.db
      .update(subAccounts)
      .set({ ...fields, updatedAt: new Date() })
      .where(and(eq(subAccounts.companyId, ctx.tenantId), eq(subAccounts.id, id)))
      .returning({ id: subAccounts.id }),
  );
  if (!rows.length) throw notFound('sub_account.not_found');
  return getSubAccount(ctx.db, ctx.tenantId, id);
}

/** Archived sub-accounts keep their checks and templates but are no longer offered for new ones. */
export async function archiveSubAccount(ctx: Ctx, id: string, archived: boolean) {
  const rows = await ctx.db
    .update(subAccounts)
    .set({
      archivedAt: archived ? sql`coalesce(${subAccounts.archivedAt}, now())` : null,
      updatedAt: new Date(),
    })
    .where(and(eq(subAccounts.companyId, ctx.tenantId), eq(subAccounts.id, id)))
    .returning({ id: subAccounts.id });
  if (!rows.length) throw notFound('sub_account.not_found');
  return getSubAccount(ctx.db, ctx.tenantId, id);
}

export async function listSubAccountMembers(ctx: Ctx, id: string): Promise<string[]> {
  await getSubAccount(ctx.db, ctx.tenantId, id);
  const rows = await ctx.db
    .select({ id: membershipSubAccounts.membershipId })
    .from(membershipSubAccounts)
    .where(and(eq(membershipSubAccounts.companyId, ctx.tenantId), eq(membershipSubAccounts.subAccountId, id)))
    .orderBy(asc(membershipSubAccounts.membershipId));
  return rows.map((r) => r.id);
}

/** Replaces who is limited to this sub-account; a member may be limited to several sub-accounts. */
export async function setSubAccountMembers(ctx: Ctx, id: string, membershipIds: string[]) {
  await getSubAccount(ctx.db, ctx.tenantId, id);
  const wanted = [...new Set(membershipIds)];
  if (wanted.length) {
    const known = await ctx.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.companyId, ctx.tenantId), inArray(memberships.id, wanted)));
    const knownIds = new Set(known.map((r) => r.id));
    const unknown = membershipIds.findIndex((m) => !knownIds.has(m));
    if (unknown >= 0) throw unknownId(`membershipIds.${unknown}`, 'sub_account.not_a_member');
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(membershipSubAccounts)
      .where(and(eq(membershipSubAccounts.companyId, ctx.tenantId), eq(membershipSubAccounts.subAccountId, id)));
    if (wanted.length) {
      await tx
        .insert(membershipSubAccounts)
        .values(wanted.map((membershipId) => ({ companyId: ctx.tenantId, membershipId, subAccountId: id })));
    }
  });
  return listSubAccountMembers(ctx, id);
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
  const [row] = await ctx.db
    .select({ id: subAccounts.id })
    .from(subAccounts)
    .where(and(eq(subAccounts.companyId, ctx.tenantId), eq(subAccounts.id, subAccountId)));
  if (!row || (scope && !scope.includes(subAccountId))) throw unknownId(field, 'sub_account.unknown');
}

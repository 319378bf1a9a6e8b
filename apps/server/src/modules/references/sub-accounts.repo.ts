import type { TSubAccount } from '@vouch/contracts';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { memberships } from '../tenancy/index.ts';
import { membershipSubAccounts, questionnaireTemplates, subAccounts } from './references.tables.ts';

/** Whether one of the company's sub-accounts exists and is archived. */
export async function findSubAccountState(db: Db, companyId: string, subAccountId: string) {
  const [account] = await db
    .select({ id: subAccounts.id, archivedAt: subAccounts.archivedAt })
    .from(subAccounts)
    .where(and(eq(subAccounts.companyId, companyId), eq(subAccounts.id, subAccountId)));
  return account ?? null;
}

/** The sub-accounts a member is limited to (none: not limited). */
export async function subAccountIdsOfMember(db: Db, companyId: string, membershipId: string) {
  const rows = await db
    .select({ id: membershipSubAccounts.subAccountId })
    .from(membershipSubAccounts)
    .where(and(eq(membershipSubAccounts.companyId, companyId), eq(membershipSubAccounts.membershipId, membershipId)));
  return rows.map((r) => r.id);
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

/** The company's sub-accounts by name (archived ones too with `includeArchived`; only `scope`'s when given). */
export async function listSubAccountViews(
  db: Db,
  companyId: string,
  { includeArchived, scope }: { includeArchived: boolean; scope: string[] | null },
): Promise<TSubAccount[]> {
  const rows = await db
    .select(columns)
    .from(subAccounts)
    .where(
      and(
        eq(subAccounts.companyId, companyId),
        includeArchived ? undefined : isNull(subAccounts.archivedAt),
        scope ? inArray(subAccounts.id, scope) : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${subAccounts.name})`), asc(subAccounts.id));
  return rows.map(toSubAccount);
}

export async function findSubAccountView(db: Db, companyId: string, id: string): Promise<TSubAccount | null> {
  const [row] = await db
    .select(columns)
    .from(subAccounts)
    .where(and(eq(subAccounts.companyId, companyId), eq(subAccounts.id, id)));
  return row ? toSubAccount(row) : null;
}

export async function insertSubAccount(
  db: Db,
  companyId: string,
  fields: Omit<typeof subAccounts.$inferInsert, 'companyId'>,
) {
  const [row] = await db
    .insert(subAccounts)
    .values({ companyId, ...fields })
    .returning({ id: subAccounts.id });
  return row;
}

/** Changes one of the company's sub-accounts; false when not the company's. */
export async function updateSubAccountRow(
  db: Db,
  companyId: string,
  id: string,
  values: PgUpdateSetSource<typeof subAccounts>,
) {
  const rows = await db
    .update(subAccounts)
    .set(values)
    .where(and(eq(subAccounts.companyId, companyId), eq(subAccounts.id, id)))
    .returning({ id: subAccounts.id });
  return rows.length > 0;
}

/** The members limited to the company's sub-account. */
export async function memberIdsOfSubAccount(db: Db, companyId: string, id: string) {
  const rows = await db
    .select({ id: membershipSubAccounts.membershipId })
    .from(membershipSubAccounts)
    .where(and(eq(membershipSubAccounts.companyId, companyId), eq(membershipSubAccounts.subAccountId, id)))
    .orderBy(asc(membershipSubAccounts.membershipId));
  return rows.map((r) => r.id);
}

/** Which of these ids are the company's members. */
export async function knownMembershipIds(db: Db, companyId: string, wanted: string[]) {
  const known = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), inArray(memberships.id, wanted)));
  return new Set(known.map((r) => r.id));
}

/** Replaces who is limited to the company's sub-account, in one transaction. */
export async function replaceSubAccountMembers(db: Db, companyId: string, id: string, wanted: string[]) {
  await db.transaction(async (tx) => {
    await tx
      .delete(membershipSubAccounts)
      .where(and(eq(membershipSubAccounts.companyId, companyId), eq(membershipSubAccounts.subAccountId, id)));
    if (wanted.length) {
      await tx
        .insert(membershipSubAccounts)
        .values(wanted.map((membershipId) => ({ companyId, membershipId, subAccountId: id })));
    }
  });
}

/** Whether the sub-account is the company's. */
export async function isCompanySubAccount(db: Db, companyId: string, subAccountId: string) {
  const [row] = await db
    .select({ id: subAccounts.id })
    .from(subAccounts)
    .where(and(eq(subAccounts.companyId, companyId), eq(subAccounts.id, subAccountId)));
  return !!row;
}

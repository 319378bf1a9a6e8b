import { sql } from 'drizzle-orm';
import { fieldError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { subAccounts } from '../references.tables.ts';
import { insertSubAccount, updateSubAccountRow } from '../sub-accounts.repo.ts';
import { getSubAccount } from './sub-accounts.ts';

export type SubAccountFields = { name: string; senderName: string | null; logoDataUrl: string | null };

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
  const row = await uniqueName(() => insertSubAccount(ctx.db, ctx.tenantId, fields));
  return getSubAccount(ctx.db, ctx.tenantId, row.id);
}

export async function updateSubAccount(ctx: Ctx, id: string, fields: SubAccountFields) {
  const updated = await uniqueName(() =>
    updateSubAccountRow(ctx.db, ctx.tenantId, id, { ...fields, updatedAt: new Date() }),
  );
  if (!updated) throw notFound('sub_account.not_found');
  return getSubAccount(ctx.db, ctx.tenantId, id);
}

/** Archived sub-accounts keep their checks and templates but are no longer offered for new ones. */
export async function archiveSubAccount(ctx: Ctx, id: string, archived: boolean) {
  const updated = await updateSubAccountRow(ctx.db, ctx.tenantId, id, {
    archivedAt: archived ? sql`coalesce(${subAccounts.archivedAt}, now())` : null,
    updatedAt: new Date(),
  });
  if (!updated) throw notFound('sub_account.not_found');
  return getSubAccount(ctx.db, ctx.tenantId, id);
}

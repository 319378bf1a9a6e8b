import type { TBonusTier } from '@vouch/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { bonusTiers } from './referrals.tables.ts';

export type BonusTierFields = {
  name: string;
  value: string;
  description: string | null;
  visibleToEmployees: boolean;
};

const columns = {
  id: bonusTiers.id,
  name: bonusTiers.name,
  value: bonusTiers.value,
  description: bonusTiers.description,
  visibleToEmployees: bonusTiers.visibleToEmployees,
  position: bonusTiers.position,
};

/** In the admin's order; a tie (two tiers added at once) falls back to the older first. */
export async function listBonusTiers(db: Db, companyId: string, { visibleOnly = false } = {}): Promise<TBonusTier[]> {
  return db
    .select(columns)
    .from(bonusTiers)
    .where(and(eq(bonusTiers.companyId, companyId), visibleOnly ? eq(bonusTiers.visibleToEmployees, true) : undefined))
    .orderBy(asc(bonusTiers.position), asc(bonusTiers.createdAt), asc(bonusTiers.id));
}

/** A new tier goes last. */
export async function insertBonusTier(db: Db, companyId: string, fields: BonusTierFields): Promise<TBonusTier> {
  const last = sql<number>`(select coalesce(max(b.position), -1) + 1 from ${bonusTiers} b where b.company_id = ${companyId})`;
  const [row] = await db
    .insert(bonusTiers)
    .values({ companyId, ...fields, position: last })
    .returning(columns);
  return row;
}

export async function updateBonusTierRow(
  db: Db,
  companyId: string,
  tierId: string,
  fields: BonusTierFields,
): Promise<TBonusTier | null> {
  const [row] = await db
    .update(bonusTiers)
    .set({ ...fields, updatedAt: new Date() })
    .where(and(eq(bonusTiers.companyId, companyId), eq(bonusTiers.id, tierId)))
    .returning(columns);
  return row ?? null;
}

export async function deleteBonusTierRow(db: Db, companyId: string, tierId: string): Promise<boolean> {
  const rows = await db
    .delete(bonusTiers)
    .where(and(eq(bonusTiers.companyId, companyId), eq(bonusTiers.id, tierId)))
    .returning({ id: bonusTiers.id });
  return rows.length > 0;
}

/** Locks the company's tiers so two reorders cannot interleave their position writes. */
export async function lockBonusTierIds(tx: Db, companyId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: bonusTiers.id })
    .from(bonusTiers)
    .where(eq(bonusTiers.companyId, companyId))
    .for('update');
  return rows.map((r) => r.id);
}

export async function setBonusTierPositions(tx: Db, companyId: string, orderedIds: string[]) {
  for (const [position, id] of orderedIds.entries()) {
    await tx
      .update(bonusTiers)
      .set({ position })
      .where(and(eq(bonusTiers.companyId, companyId), eq(bonusTiers.id, id)));
  }
}

import type { TBonusTier } from '@vouch/contracts';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { bonusTiers } from './referrals.tables.ts';

export type BonusTierFields = {
  name: string;
  value: string;
  description: string | null;
  visibleToEmployees: boolean;
  departmentId: string | null;
  amount: number | null;
  currency: string | null;
  waitingDays: number;
};

const columns = {
  id: bonusTiers.id,
  name: bonusTiers.name,
  value: bonusTiers.value,
  description: bonusTiers.description,
  visibleToEmployees: bonusTiers.visibleToEmployees,
  position: bonusTiers.position,
  departmentId: bonusTiers.departmentId,
  amount: bonusTiers.amount,
  currency: bonusTiers.currency,
  waitingDays: bonusTiers.waitingDays,
};

type TierRow = Omit<TBonusTier, 'amount'> & { amount: string | null };
/** numeric comes back as text; the API speaks numbers. */
const toTier = (row: TierRow): TBonusTier => ({ ...row, amount: row.amount === null ? null : Number(row.amount) });
const toRow = (fields: BonusTierFields) => ({
  ...fields,
  amount: fields.amount === null ? null : fields.amount.toFixed(2),
});

/** In the admin's order; a tie (two tiers added at once) falls back to the older first. */
export async function listBonusTiers(db: Db, companyId: string, { visibleOnly = false } = {}): Promise<TBonusTier[]> {
  const rows = await db
    .select(columns)
    .from(bonusTiers)
    .where(and(eq(bonusTiers.companyId, companyId), visibleOnly ? eq(bonusTiers.visibleToEmployees, true) : undefined))
    .orderBy(asc(bonusTiers.position), asc(bonusTiers.createdAt), asc(bonusTiers.id));
  return rows.map(toTier);
}

/** A new tier goes last. */
export async function insertBonusTier(db: Db, companyId: string, fields: BonusTierFields): Promise<TBonusTier> {
  const last = sql<number>`(select coalesce(max(b.position), -1) + 1 from ${bonusTiers} b where b.company_id = ${companyId})`;
  const [row] = await db
    .insert(bonusTiers)
    .values({ companyId, ...toRow(fields), position: last })
    .returning(columns);
  return toTier(row);
}

export async function updateBonusTierRow(
  db: Db,
  companyId: string,
  tierId: string,
  fields: BonusTierFields,
): Promise<TBonusTier | null> {
  const [row] = await db
    .update(bonusTiers)
    .set({ ...toRow(fields), updatedAt: new Date() })
    .where(and(eq(bonusTiers.companyId, companyId), eq(bonusTiers.id, tierId)))
    .returning(columns);
  return row ? toTier(row) : null;
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

/**
 * The tier whose rule covers a job of this department: the department's own first, else an
 * all-jobs tier; in the admin's order within each. Null: no tier, so no bonus.
 */
export async function findTierForDepartment(db: Db, companyId: string, departmentId: string | null) {
  const [row] = await db
    .select(columns)
    .from(bonusTiers)
    .where(
      and(
        eq(bonusTiers.companyId, companyId),
        departmentId
          ? or(isNull(bonusTiers.departmentId), eq(bonusTiers.departmentId, departmentId))
          : isNull(bonusTiers.departmentId),
      ),
    )
    .orderBy(sql`${bonusTiers.departmentId} is null`, asc(bonusTiers.position), asc(bonusTiers.createdAt))
    .limit(1);
  return row ?? null;
}

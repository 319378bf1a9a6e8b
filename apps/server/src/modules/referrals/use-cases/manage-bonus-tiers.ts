import { fieldError, notFound, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findDepartment, isUniqueViolation } from '../../tenancy/index.ts';
import {
  type BonusTierFields,
  deleteBonusTierRow,
  insertBonusTier,
  listBonusTiers,
  lockBonusTierIds,
  setBonusTierPositions,
  updateBonusTierRow,
} from '../bonus-tiers.repo.ts';

const nameTaken = () => fieldError('name', 'bonus_tier.name_taken');

/** A rule's department is one of the company's. */
async function checkDepartment(ctx: Ctx, fields: BonusTierFields) {
  if (fields.departmentId && !(await findDepartment(ctx.db, ctx.tenantId, fields.departmentId)))
    throw unknownId('departmentId', 'bonus.tier_department_unknown');
}

export async function createBonusTier(ctx: Ctx, fields: BonusTierFields) {
  await checkDepartment(ctx, fields);
  try {
    return await insertBonusTier(ctx.db, ctx.tenantId, fields);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function updateBonusTier(ctx: Ctx, tierId: string, fields: BonusTierFields) {
  await checkDepartment(ctx, fields);
  try {
    const row = await updateBonusTierRow(ctx.db, ctx.tenantId, tierId, fields);
    if (!row) throw notFound();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function deleteBonusTier(ctx: Ctx, tierId: string) {
  if (!(await deleteBonusTierRow(ctx.db, ctx.tenantId, tierId))) throw notFound();
}

/**
 * The request names every tier once. A list that misses one was made before someone else added a
 * tier, so it is refused rather than leaving the new tier at a guessed place.
 */
export async function reorderBonusTiers(ctx: Ctx, orderedIds: string[]) {
  await ctx.db.transaction(async (tx) => {
    const current = new Set(await lockBonusTierIds(tx, ctx.tenantId));
    const unknown = orderedIds.findIndex((id) => !current.has(id));
    if (unknown >= 0) throw unknownId(`ids.${unknown}`, 'bonus_tier.unknown');
    if (orderedIds.length !== current.size) throw fieldError('ids', 'bonus_tier.changed');
    await setBonusTierPositions(tx, ctx.tenantId, orderedIds);
  });
  return listBonusTiers(ctx.db, ctx.tenantId);
}

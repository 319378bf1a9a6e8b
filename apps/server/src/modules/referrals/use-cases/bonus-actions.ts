import type { TMarkBonusPaidRequest, TProblemReason } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { BONUS_MOVES, recordBonusChanges } from '../bonus-state.ts';
import { type BonusRow, findPayout, lockBonus, retireReferralLink, updateBonus } from '../referral-bonuses.repo.ts';

type AdminMove = keyof typeof BONUS_MOVES;
const REFUSALS: Record<AdminMove, TProblemReason> = {
  approved: 'bonus.not_eligible',
  paid: 'bonus.not_approved',
  forfeited: 'bonus.not_forfeitable',
};

/**
 * One admin move of a bonus, on the locked row: another company's bonus is not found, a move its
 * state does not allow is a conflict (two admins paying at once: the second is refused).
 */
async function moveBonus(
  ctx: Ctx,
  bonusId: string,
  to: AdminMove,
  changes: (tx: Db, bonus: BonusRow) => Promise<Partial<BonusRow>>,
) {
  await ctx.db.transaction(async (tx) => {
    const locked = await lockBonus(tx, ctx.tenantId, bonusId);
    if (!locked) throw notFound();
    const { bonus } = locked;
    if (!BONUS_MOVES[to].includes(bonus.state)) throw new AppError(REFUSALS[to] as 'bonus.not_eligible');
    await updateBonus(tx, ctx.tenantId, bonus.id, { state: to, ...(await changes(tx, bonus)) });
    await recordBonusChanges(tx, [
      {
        companyId: ctx.tenantId,
        referralId: bonus.referralId,
        bonusId: bonus.id,
        state: to,
        previousState: bonus.state,
        actorMembershipId: ctx.actor.membershipId,
      },
    ]);
  });
  return (await findPayout(ctx.db, ctx.tenantId, bonusId))!;
}

export const approveBonus = (ctx: Ctx, bonusId: string) =>
  moveBonus(ctx, bonusId, 'approved', async () => ({
    approvedAt: new Date(),
    approvedById: ctx.actor.membershipId,
  }));

/** Paid: the payroll's date, amount and reference; the referrer's link to the candidate is retired. */
export const markBonusPaid = (ctx: Ctx, bonusId: string, paid: TMarkBonusPaidRequest) =>
  moveBonus(ctx, bonusId, 'paid', async (tx, bonus) => {
    await retireReferralLink(tx, ctx.tenantId, bonus.referralId);
    return {
      paidOn: paid.paidOn,
      paidAmount: paid.amount.toFixed(2),
      payrollReference: paid.payrollReference,
      paidById: ctx.actor.membershipId,
    };
  });

/** The hire left before the waiting period ended (or the bonus will not be paid for another reason). */
export const forfeitBonus = (ctx: Ctx, bonusId: string, reason: string) =>
  moveBonus(ctx, bonusId, 'forfeited', async () => ({
    forfeitedAt: new Date(),
    forfeitReason: reason,
    forfeitedById: ctx.actor.membershipId,
  }));

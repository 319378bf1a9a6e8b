import type { ZTransferOwnershipRequest } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound, unknownId } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findReferrer } from '../intake.repo.ts';
import { updateReferral } from '../marks.repo.ts';
import { recordReferralEvent } from '../referral-status.ts';
import { referrals } from '../referrals.tables.ts';

/**
 * An admin moves an owning referral to another referrer (seed 001: nobody takes one over by referring
 * again). The timeline keeps who did it and why; `referral.ownership_changed` tells the others.
 */
export async function transferOwnership(
  ctx: Ctx,
  referralId: string,
  input: z.output<typeof ZTransferOwnershipRequest>,
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ ownership: referrals.ownership, status: referrals.status, from: referrals.referrerMembershipId })
      .from(referrals)
      .where(and(eq(referrals.companyId, ctx.tenantId), eq(referrals.id, referralId)))
      .for('update');
    if (!row) throw notFound('referral.not_found');
    if (!row.ownership) throw new AppError('referral.transfer_not_owning');
    const to = await findReferrer(tx, ctx.tenantId, { membershipId: input.toMembershipId });
    if (to?.status !== 'active') throw unknownId('toMembershipId', 'referral.unknown_referrer');
    if (to.membershipId === row.from) throw new AppError('referral.transfer_same_referrer');
    await updateReferral(tx, ctx.tenantId, referralId, { referrerMembershipId: to.membershipId });
    await recordReferralEvent(tx, {
      companyId: ctx.tenantId,
      referralId,
      kind: 'ownership_transferred',
      from: row.status,
      to: row.status,
      actorMembershipId: ctx.actor.membershipId,
      note: input.reason,
    });
    await publish(tx, {
      type: 'referral.ownership_changed',
      companyId: ctx.tenantId,
      referralId,
      fromMembershipId: row.from,
      toMembershipId: to.membershipId,
      actorMembershipId: ctx.actor.membershipId,
    });
    return { ok: true as const };
  });
}

import type { TDomainEventOf } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { findJobRow } from '../../hiring/index.ts';
import { getCompany } from '../../tenancy/index.ts';
import { addDays, dayIn } from '../bonus-dates.ts';
import { recordBonusChanges } from '../bonus-state.ts';
import { findTierForDepartment } from '../bonus-tiers.repo.ts';
import { findOwningReferrals, insertBonus } from '../referral-bonuses.repo.ts';
import { moveReferralStatus, recordReferralEvent } from '../referral-status.ts';

/** The `bonus` timeline line's note when no tier covers the hired job. */
export const NO_TIER_NOTE = 'none';

/**
 * A candidate entered a `hired` step: the referral owning the submission to the job (else the one
 * owning the candidate) moves to `hired`, and its bonus starts, pending, with the rule of the tier
 * covering the job's department (else an all-jobs tier) copied onto it. No tier: no bonus. The start
 * date is the hire's day until a recruiter or an admin sets it. In the move's transaction.
 */
export async function recordHire(tx: Db, event: TDomainEventOf<'placement.moved'>) {
  if (event.stepKind !== 'hired') return;
  const owners = await findOwningReferrals(tx, event.companyId, event.candidateId, event.jobId);
  if (!owners.length) return;
  const company = await getCompany(tx, event.companyId);
  const job = await findJobRow(tx, event.companyId, event.jobId);
  const tier = await findTierForDepartment(tx, event.companyId, job?.departmentId ?? null);
  const now = new Date();
  const startDate = dayIn(now, company?.timeZone ?? 'UTC');
  for (const owner of owners) {
    if (owner.status !== 'hired')
      await moveReferralStatus(tx, {
        companyId: event.companyId,
        referralId: owner.id,
        to: 'hired',
        actorMembershipId: event.actorMembershipId,
      });
    if (!tier) {
      // Said in the timeline, so nobody waits for a bonus no tier covers.
      await recordReferralEvent(tx, {
        companyId: event.companyId,
        referralId: owner.id,
        kind: 'bonus',
        from: 'hired',
        to: 'hired',
        note: NO_TIER_NOTE,
        actorMembershipId: event.actorMembershipId,
      });
      continue;
    }
    const bonus = await insertBonus(tx, event.companyId, {
      referralId: owner.id,
      bonusTierId: tier.id,
      state: 'pending',
      value: tier.value,
      amount: tier.amount,
      currency: tier.currency,
      hiredAt: now,
      startDate,
      waitingDays: tier.waitingDays,
      eligibleOn: addDays(startDate, tier.waitingDays),
    });
    if (bonus)
      await recordBonusChanges(tx, [
        {
          companyId: event.companyId,
          referralId: owner.id,
          bonusId: bonus.id,
          state: 'pending',
          previousState: null,
          actorMembershipId: event.actorMembershipId,
        },
      ]);
  }
}

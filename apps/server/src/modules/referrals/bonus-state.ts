import type { TBonusState } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { publish } from '../../platform/events.ts';
import { insertBonusLines } from './referral-bonuses.repo.ts';

export type BonusChange = {
  companyId: string;
  referralId: string;
  bonusId: string;
  state: TBonusState;
  previousState: TBonusState | null;
  actorMembershipId: string | null;
};

/**
 * What every change of a bonus's state leaves behind, in the change's transaction: a `bonus` line in
 * the referral's timeline and `referral.bonus_changed` (webhooks and the referrer's notifications
 * hang off it). Several at once (the eligibility job) write their lines in one statement.
 */
export async function recordBonusChanges(tx: Db, changes: BonusChange[]) {
  await insertBonusLines(
    tx,
    changes.map((c) => ({ ...c, state: c.state })),
  );
  for (const change of changes)
    await publish(tx, {
      type: 'referral.bonus_changed',
      companyId: change.companyId,
      referralId: change.referralId,
      bonusId: change.bonusId,
      state: change.state,
      previousState: change.previousState,
    });
}

/** Where each state may go by an admin's hand; `eligible` comes only from the background job. */
export const BONUS_MOVES: Record<'approved' | 'paid' | 'forfeited', TBonusState[]> = {
  approved: ['eligible'],
  paid: ['approved'],
  forfeited: ['pending', 'eligible', 'approved'],
};

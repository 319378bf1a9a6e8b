import type { LoopLog } from '../../platform/background-loop.ts';
import type { Db } from '../../platform/db/db.ts';
import { recordBonusChanges } from './bonus-state.ts';
import { claimDueBonuses } from './referral-bonuses.repo.ts';

/** Bonuses made eligible per transaction: a backlog commits in slices, never as one long lock. */
const BATCH = 1000;

export type EligibilityRun = { eligible: number; batches: number };

/**
 * Turns every pending bonus whose eligible day has come (in its company's time zone) into eligible:
 * each slice is claimed by one set-based UPDATE that skips rows another worker holds, and its
 * timeline lines and `referral.bonus_changed` events are written in the same transaction. However
 * many workers run it at once, each bonus becomes eligible, and is announced, exactly once.
 */
export async function runBonusEligibility({
  db,
  now = new Date(),
  batch = BATCH,
}: {
  db: Db;
  now?: Date;
  batch?: number;
}) {
  const run: EligibilityRun = { eligible: 0, batches: 0 };
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const rows = await claimDueBonuses(tx, now, batch);
      await recordBonusChanges(
        tx,
        rows.map((r) => ({
          companyId: r.companyId,
          referralId: r.referralId,
          bonusId: r.id,
          state: 'eligible' as const,
          previousState: 'pending' as const,
          actorMembershipId: null,
        })),
      );
      return rows.length;
    });
    if (!claimed) return run;
    run.eligible += claimed;
    run.batches++;
    if (claimed < batch) return run;
  }
}

/** The job the module registers with the process's periodic loops (hourly is plenty for whole days). */
export const bonusEligibilityJob = {
  name: 'referral bonus eligibility',
  everyMs: 60 * 60_000,
  run: async ({ db, log }: { db: Db; log: LoopLog }) => {
    const run = await runBonusEligibility({ db });
    if (run.eligible) log.info({ ...run }, 'referral bonuses became eligible');
  },
};

import type { LoopLog } from '../../platform/background-loop.ts';
import type { Db } from '../../platform/db/db.ts';
import { carryOutErasureRequest } from './erasure-of-request.ts';
import { claimDueErasureRequest } from './erasure-requests.repo.ts';

/**
 * Carries out every person's own erasure request that fell due and that no admin kept, one per
 * transaction (each is the whole erasure machinery). The claim skips rows another worker holds, and
 * a done request no longer matches it, so workers share the work and a crash loses nothing.
 */
export async function runDueErasureRequests({ db, now = new Date() }: { db: Db; now?: Date }) {
  let done = 0;
  for (;;) {
    const erased = await db.transaction(async (tx) => {
      const request = await claimDueErasureRequest(tx, now);
      if (!request) return false;
      await carryOutErasureRequest(tx, request, null, now);
      return true;
    });
    if (!erased) return done;
    done++;
  }
}

/** Hourly, like retention: the period is counted in days. */
export const erasureRequestJob = {
  name: 'privacy erasure requests',
  everyMs: 60 * 60_000,
  run: async ({ db, log }: { db: Db; log: LoopLog }) => {
    const done = await runDueErasureRequests({ db });
    if (done) log.info({ requests: done }, 'requested erasures carried out');
  },
};

import { type BackgroundLoop, type LoopLog, startBackgroundLoop } from '../../platform/background-loop.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { runReferenceScheduler } from './use-cases/reminders.ts';

export type ReferenceScheduler = BackgroundLoop;

/**
 * The reference checks' periodic work (expiry, bounces, reminders, telling the candidate), every
 * `intervalMs`. Runs never overlap within a process, and each step claims its rows, so several
 * workers may run side by side; a failed run is logged and the next one tries again.
 */
export function startReferenceScheduler(options: {
  db: Db;
  config: Pick<Config, 'publicUrl'>;
  log: LoopLog;
  intervalMs?: number;
}): ReferenceScheduler {
  const { db, config, log, intervalMs = 60_000 } = options;
  return startBackgroundLoop({
    idleMs: intervalMs,
    log,
    failureMessage: 'reference check reminders failed; trying again at the next run',
    runOnce: async () => {
      const run = await runReferenceScheduler({ db, config });
      if (run.expired || run.bounced || run.reminded || run.candidatesTold)
        log.info({ ...run }, 'reference check reminders processed');
      return { moreWaiting: false };
    },
  });
}

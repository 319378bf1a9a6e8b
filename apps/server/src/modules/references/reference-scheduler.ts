import type { LoopLog } from '../../platform/background-loop.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { runReferenceScheduler } from './use-cases/reminders.ts';

/**
 * The reference checks' periodic work (expiry, bounces, reminders, telling the candidate), every
 * minute. Runs never overlap within a process, and each step claims its rows, so several workers may
 * run side by side; a failed run is logged and the next one tries again.
 */
export const referenceCheckReminders = {
  name: 'reference check reminders',
  everyMs: 60_000,
  run: async ({ db, config, log }: { db: Db; config: Pick<Config, 'publicUrl'>; log: LoopLog }) => {
    const run = await runReferenceScheduler({ db, config });
    if (Object.values(run).some(Boolean)) log.info({ ...run }, 'reference check reminders processed');
  },
};

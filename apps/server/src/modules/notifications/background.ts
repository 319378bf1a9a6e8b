import type { PeriodicWork } from '../../platform/background-work.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { runNotificationDigests } from './use-cases/digest.ts';

/**
 * The notifications' periodic work: the daily digests. Each run claims its members, so every
 * process that runs background work may run it.
 */
export const notificationDigests: PeriodicWork<{ db: Db; config: Pick<Config, 'publicUrl'> }> = {
  name: 'notification digests',
  everyMs: 5 * 60_000,
  run: async ({ db, config, log }) => {
    const run = await runNotificationDigests({ db, config });
    if (run.digests) log.info({ ...run }, 'notification digests queued');
  },
};

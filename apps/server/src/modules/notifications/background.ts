import type { PeriodicJob } from '../../platform/background-loop.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { runNotificationDigests } from './use-cases/digest.ts';

/**
 * The notifications' periodic work: the daily digests. A plain job any background runner can start
 * (each run claims its members, so every process may run it).
 */
export function notificationsBackgroundWork({ db, config }: { db: Db; config: Pick<Config, 'publicUrl'> }) {
  const digests: PeriodicJob = {
    name: 'notification digests',
    everyMs: 5 * 60_000,
    run: async (log) => {
      const run = await runNotificationDigests({ db, config });
      if (run.digests) log.info({ ...run }, 'notification digests queued');
    },
  };
  return { periodic: [digests] };
}

import type { AppContext } from './bootstrap.ts';
import { integrationsBackgroundWork } from './modules/integrations/index.ts';
import { messagingBackgroundWork } from './modules/messaging/index.ts';
import { startReferenceScheduler } from './modules/references/index.ts';
import { bonusEligibilityJob, startReferralScheduler } from './modules/referrals/index.ts';
import { allLoops, type BackgroundLoop, startPeriodicJob } from './platform/background-loop.ts';
import { startWorkLoop } from './platform/work/work-runner.ts';

/**
 * Every background loop of a process, started in one place by the server and by the worker: the
 * work queue's loops (messages; webhooks and partner callbacks, in a loop of their own so a slow
 * receiver never holds up an email) and the periodic jobs (reminders, expiry, sweeps). Each claims
 * its rows, so any number of processes may run them side by side. `stop()` lets each finish its run.
 */
export function startBackgroundWork(context: Pick<AppContext, 'config' | 'database' | 'log' | 'transports'>) {
  const { config, log, transports } = context;
  const db = context.database.db;
  const messaging = messagingBackgroundWork({ db, config, transports });
  const integrations = integrationsBackgroundWork({ db, config });
  const loops: BackgroundLoop[] = [
    startWorkLoop({ db, log, ...messaging.queue }),
    startWorkLoop({ db, log, ...integrations.queue }),
    ...messaging.periodic.map((job) => startPeriodicJob(job, log)),
    startPeriodicJob(bonusEligibilityJob(db), log),
    startReferralScheduler({ db, config, log }),
    startReferenceScheduler({ db, config, log }),
  ];
  return allLoops(loops);
}

import type { AppContext } from './bootstrap.ts';
import { allLoops, type BackgroundLoop, type LoopLog, startPeriodicJob } from './platform/background-loop.ts';
import type { BackgroundRegistry } from './platform/background-work.ts';
import type { Db } from './platform/db/db.ts';
import { startWorkLoop } from './platform/work/work-runner.ts';
import type { BackgroundContext } from './wiring.ts';

/** What the modules' background work runs with, taken from the process's context. */
export const backgroundContextOf = ({ config, database, log, transports }: AppContext): BackgroundContext => ({
  db: database.db,
  config,
  log,
  transports,
});

/**
 * Every background loop of a process, started in one place by the server and by the worker: a loop
 * per work queue the modules registered (messages; webhooks and partner callbacks in a loop of their
 * own, so a slow receiver never holds up an email) and one per periodic job (reminders, expiry,
 * sweeps). Each claims its rows, so any number of processes may run them side by side. `stop()` lets
 * each finish its run. `idleMs` shortens every pause (tests).
 */
export function startBackgroundWork<C extends { db: Db; log: LoopLog }>(
  context: C,
  jobs: BackgroundRegistry<C>,
  options: { idleMs?: number } = {},
): BackgroundLoop {
  const { db, log } = context;
  const { idleMs } = options;
  const loops: BackgroundLoop[] = [
    ...jobs.queues.map((queue) => startWorkLoop({ db, log, name: queue.name, idleMs, ...queue.build(context) })),
    ...jobs.periodic.map((job) =>
      startPeriodicJob({ name: job.name, everyMs: idleMs ?? job.everyMs, run: () => job.run(context) }, log),
    ),
  ];
  return allLoops(loops);
}

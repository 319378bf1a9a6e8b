import type { LoopLog } from './background-loop.ts';
import type { WorkHandler } from './work/work-runner.ts';

/**
 * A queue of the work table a module handles (messages, webhook deliveries), run in a loop of its
 * own so a slow receiver of one kind never holds up another. Built from the process's context at start.
 */
export type QueueJob<C> = { name: string; build: (context: C) => { handlers: WorkHandler[]; batchSize: number } };

/** Work a module wants done every so often (reminders, expiry, sweeps): safe on several processes. */
export type PeriodicWork<C> = { name: string; everyMs: number; run: (context: C & { log: LoopLog }) => Promise<void> };

/**
 * The background work the modules register from their `register…` functions (called once per app),
 * started together by the process that runs background work (see background.ts). `C` is what that
 * process hands every job: its database, configuration, transports.
 */
export type BackgroundJobs<C> = {
  addQueue(queue: QueueJob<C>): void;
  addPeriodic(job: PeriodicWork<C>): void;
};

/** The registry with what was added, for the one function that starts it all. */
export type BackgroundRegistry<C> = BackgroundJobs<C> & {
  readonly queues: readonly QueueJob<C>[];
  readonly periodic: readonly PeriodicWork<C>[];
};

/** An empty registry: one per app, like the domain events, so test apps never share jobs. */
export function createBackgroundJobs<C>(): BackgroundRegistry<C> {
  const queues: QueueJob<C>[] = [];
  const periodic: PeriodicWork<C>[] = [];
  return {
    queues,
    periodic,
    addQueue: (queue) => void queues.push(queue),
    addPeriodic: (job) => void periodic.push(job),
  };
}

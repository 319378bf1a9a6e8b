/** What a background loop needs of a logger: pino's shape, kept small for tests. */
export type LoopLog = { info: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };

export type BackgroundLoop = { stop: () => Promise<void> };

/**
 * Runs `runOnce` again and again in one process, never overlapping. When a run reports that more
 * work is waiting it goes again at once (a backlog drains at full speed); otherwise, and after an
 * error (logged, never thrown), it sleeps `idleMs`. `stop()` lets the current run finish and
 * resolves after it.
 */
export function startBackgroundLoop(options: {
  runOnce: () => Promise<{ moreWaiting: boolean }>;
  idleMs: number;
  log: LoopLog;
  failureMessage: string;
}): BackgroundLoop {
  const { runOnce, idleMs, log, failureMessage } = options;
  let running = true;
  let wake = () => {};

  const loop = (async () => {
    while (running) {
      let moreWaiting = false;
      try {
        ({ moreWaiting } = await runOnce());
      } catch (error) {
        log.error({ err: error }, failureMessage);
      }
      if (running && !moreWaiting) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, idleMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  })();

  return {
    stop: async () => {
      running = false;
      wake();
      await loop;
    },
  };
}

/** Work a module wants done every so often (reminders, expiry, sweeps): safe on several processes. */
export type PeriodicJob = { name: string; everyMs: number; run: (log: LoopLog) => Promise<void> };

/** A periodic job's loop: it runs at once, then every `everyMs` after the last run ended. */
export function startPeriodicJob(job: PeriodicJob, log: LoopLog): BackgroundLoop {
  return startBackgroundLoop({
    idleMs: job.everyMs,
    log,
    failureMessage: `${job.name} failed; trying again at the next run`,
    runOnce: async () => {
      await job.run(log);
      return { moreWaiting: false };
    },
  });
}

/** Several loops stopped as one: each finishes what it is doing. */
export function allLoops(loops: BackgroundLoop[]): BackgroundLoop {
  return { stop: async () => void (await Promise.all(loops.map((loop) => loop.stop()))) };
}

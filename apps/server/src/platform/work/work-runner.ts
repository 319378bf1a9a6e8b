import type { SQL } from 'drizzle-orm';
import { type BackgroundLoop, type LoopLog, startBackgroundLoop } from '../background-loop.ts';
import type { Db } from '../db/db.ts';
import { retryDelayMs } from '../retry.ts';
import { claimDueWork, finishWork, rescheduleWork, type WorkItemRow } from './work.repo.ts';

/** A claimed item as its handler sees it. */
export type ClaimedWork = WorkItemRow & {
  lockedUntil: Date;
  /**
   * When a failed attempt is tried again, on the app's one schedule (platform/retry.ts), or null when
   * this was the last attempt. Fixed at its first call, so the subject's row shows the very time
   * the item is put back in line for.
   */
  retryAt: () => Date | null;
};

/**
 * What one attempt came to. `record` writes it on the subject's row, in one transaction with the
 * queue's own step (back in line, or done), so a worker that dies in between leaves both as they
 * were and the attempt is simply made again; it may name more counts for the run (`disabled`).
 * `tally` names the outcome in the run's counts (`sent`, `delivered`, `dead`…). `retry` puts the
 * item back in line at `retryAt()`, which must not be null (on the last attempt the handler records
 * its subject as given up instead); without it the item is done.
 */
export type WorkOutcome = {
  tally: string;
  retry?: { error: string };
  // biome-ignore lint/suspicious/noConfusingVoidType: most records name no more counts and return nothing.
  record?: (tx: Db) => Promise<string[] | void>;
};

/**
 * A module's way to run one kind of work. The handler owns its subject's state: it records each
 * attempt on its own row (sending, sent, failed with the next attempt's time, dead), so the screens
 * and the API read the module's table, never this queue.
 */
export type WorkHandler = {
  kind: string;
  /** An extra condition a due item must meet to be claimed (see ClaimableKind). */
  claimableWhen?: SQL;
  /**
   * One attempt. A failure it expects (a receiver's 500, a provider's refusal) is an outcome; a throw
   * (the database unreachable) leaves the item claimed, so it comes back when its lock runs out.
   */
  run: (item: ClaimedWork, clock: () => Date) => Promise<WorkOutcome>;
  /** A crashed worker's claim ran out with no attempts left: record the subject as given up. */
  abandoned: (tx: Db, items: WorkItemRow[]) => Promise<void>;
};

/** A claim lasts this long; longer than any one attempt (the slowest, an email, stops at 60 s). */
export const WORK_CLAIM_MS = 2 * 60_000;

export type WorkRunOptions = {
  db: Db;
  handlers: WorkHandler[];
  now?: Date;
  batchSize: number;
  random?: () => number;
};
export type WorkRunResult = { claimed: number; tallies: Record<string, number> };

/**
 * Claims due items of the handlers' kinds in a short transaction, then runs each outside it: no row
 * lock (and on PGlite, no single connection) is held across network I/O. Delivery is at-least-once:
 * a worker that dies mid-attempt leaves a `running` item that is claimed again when its lock runs out.
 */
export async function runDueWork(options: WorkRunOptions): Promise<WorkRunResult> {
  const { db, handlers, batchSize, random = Math.random } = options;
  const clock = () => options.now ?? new Date();
  const byKind = new Map(handlers.map((h) => [h.kind, h]));
  const claimed = await claimDueWork(db, {
    kinds: handlers,
    now: clock(),
    limit: batchSize,
    claimMs: WORK_CLAIM_MS,
    onAbandoned: async (tx, items) => {
      for (const handler of handlers) {
        const own = items.filter((item) => item.kind === handler.kind);
        if (own.length) await handler.abandoned(tx, own);
      }
    },
  });
  const tallies: Record<string, number> = {};
  const runs = await Promise.allSettled(
    claimed.map(async (item) => {
      const handler = byKind.get(item.kind)!;
      let retryAt: Date | null | undefined;
      const work: ClaimedWork = {
        ...item,
        lockedUntil: item.lockedUntil!,
        retryAt: () => {
          if (retryAt === undefined)
            retryAt =
              item.attempts >= item.maxAttempts
                ? null
                : new Date(clock().getTime() + retryDelayMs(item.attempts, random));
          return retryAt;
        },
      };
      const outcome = await handler.run(work, clock);
      const next = outcome.retry ? work.retryAt() : null;
      const more = await db.transaction(async (tx) => {
        const counts = await outcome.record?.(tx);
        if (outcome.retry && next) await rescheduleWork(tx, item, next, outcome.retry.error);
        else await finishWork(tx, item);
        return counts ?? [];
      });
      for (const name of [outcome.tally, ...more]) tallies[name] = (tallies[name] ?? 0) + 1;
    }),
  );
  // Every attempt ends before the run does (the loop never overlaps a batch still in flight); one that
  // threw left its item claimed, to come back when the lock runs out like a crashed worker's.
  const failure = runs.find((run) => run.status === 'rejected');
  if (failure) throw failure.reason;
  return { claimed: claimed.length, tallies };
}

export type WorkLoopOptions = {
  db: Db;
  handlers: WorkHandler[];
  log: LoopLog;
  /** What the log calls this loop's work (`messages`, `webhooks`). */
  name: string;
  batchSize: number;
  idleMs?: number;
};

/**
 * One loop over some kinds of work: a batch at a time, never overlapping. It goes again at once
 * while a full batch came back (a backlog drains at full speed) and otherwise sleeps `idleMs`, so
 * an idle queue costs one small query a second.
 */
export function startWorkLoop(options: WorkLoopOptions): BackgroundLoop {
  const { db, handlers, log, name, batchSize, idleMs = 1000 } = options;
  return startBackgroundLoop({
    idleMs,
    log,
    failureMessage: `${name} run failed; trying again shortly`,
    runOnce: async () => {
      const { claimed, tallies } = await runDueWork({ db, handlers, batchSize });
      if (claimed) log.info({ claimed, ...tallies }, `${name} processed`);
      return { moreWaiting: claimed === batchSize };
    },
  });
}

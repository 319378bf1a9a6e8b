/**
 * The one retry schedule of the app: emails and texts, webhooks and partner callbacks all wait this
 * long after their n-th failed attempt — 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 8 h, about
 * 24 hours in all (each queue decides how many attempts it makes). Each wait gets ±20 % jitter, so
 * deliveries that failed together (a provider's or a receiver's outage) do not all come back in the
 * same second.
 */
export const RETRY_SCHEDULE_MS = [
  30_000,
  2 * 60_000,
  10 * 60_000,
  30 * 60_000,
  60 * 60_000,
  2 * 60 * 60_000,
  4 * 60 * 60_000,
  8 * 60 * 60_000,
  8 * 60 * 60_000,
] as const;
export const RETRY_JITTER = 0.2;

/** The wait before the next attempt after `failedAttempts` failed ones (past the schedule's end, its last wait). */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const index = Math.min(Math.max(failedAttempts, 1), RETRY_SCHEDULE_MS.length) - 1;
  return Math.round(RETRY_SCHEDULE_MS[index] * (1 - RETRY_JITTER + 2 * RETRY_JITTER * random()));
}

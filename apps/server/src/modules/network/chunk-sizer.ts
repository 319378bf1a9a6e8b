/**
 * How many rows the next chunk of a long import should hold, so that each statement or transaction
 * it costs lasts about `targetMs`. On the embedded database every other request waits for it, and
 * how long 1,000 rows take depends on the machine and what else it runs; measuring each chunk and
 * scaling the next keeps the wait bounded everywhere, and as large as that allows.
 */
export function chunkSizer({ min, max, targetMs }: { min: number; max: number; targetMs: number }) {
  let rows = max;
  return {
    get rows() {
      return rows;
    },
    /** `done` rows took `ms`; the next chunk is scaled toward the target, at most doubling at once. */
    record(done: number, ms: number) {
      if (done <= 0) return;
      const fitting = ms > 0 ? (done * targetMs) / ms : max;
      rows = Math.round(Math.min(max, Math.max(min, Math.min(fitting, rows * 2))));
    },
  };
}

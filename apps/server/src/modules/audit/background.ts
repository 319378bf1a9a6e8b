import type { PeriodicWork } from '../../platform/background-work.ts';
import type { Db } from '../../platform/db/db.ts';
import { purgeExpiredAuditEntries } from './audit.repo.ts';

/** Rows deleted per transaction, so a first purge of years of entries never holds the database long. */
const PURGE_BATCH = 1_000;
/** Batches per run at most; the next run carries on. */
const PURGE_BATCHES_PER_RUN = 50;

/** Deletes the entries past their company's audit retention, in small batches, until none are left. */
export async function purgeAuditLog(db: Db): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < PURGE_BATCHES_PER_RUN; batch++) {
    const purged = await purgeExpiredAuditEntries(db, PURGE_BATCH);
    total += purged;
    if (purged < PURGE_BATCH) break;
  }
  return total;
}

/**
 * The audit log's retention. Two processes running it at once is harmless: each deletes rows past
 * retention, and a row the other deleted first is simply not there any more.
 */
export const auditRetentionPurge: PeriodicWork<{ db: Db }> = {
  name: 'audit log retention',
  everyMs: 6 * 60 * 60_000,
  run: async ({ db, log }) => {
    const purged = await purgeAuditLog(db);
    if (purged) log.info({ purged }, 'audit log entries past retention removed');
  },
};

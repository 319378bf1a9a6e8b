import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Db } from '../../platform/db/db.ts';
import { auditRetentionPurge } from './background.ts';

/** The audit log's background work (called once per app): its retention purge. */
export function registerAudit({ background }: { background: BackgroundJobs<{ db: Db }> }) {
  background.addPeriodic(auditRetentionPurge);
}

import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Db } from '../../platform/db/db.ts';
import { erasureRequestJob } from './erasure-request-job.ts';
import { retentionJob } from './retention-job.ts';

/** Privacy's background work (called once per app): the retention job and people's own erasure requests. */
export function registerPrivacy({ background }: { background: BackgroundJobs<{ db: Db }> }) {
  background.addPeriodic(retentionJob);
  background.addPeriodic(erasureRequestJob);
}

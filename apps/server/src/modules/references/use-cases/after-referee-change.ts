import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { refreshCheckStatus } from './check-status.ts';
import { detectFraudSignals } from './detect-fraud-signals.ts';

/** What follows any change to a check's referees, in the same transaction: fraud rules, status, its events. */
export async function afterRefereeChange(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  check: { id: string; companyId: string },
) {
  await detectFraudSignals(db, check.companyId, check.id);
  const change = await refreshCheckStatus(db, check.companyId, check.id);
  await afterCheckStatusChange(db, config, change);
}

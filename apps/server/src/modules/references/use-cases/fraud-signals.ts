import type { Db } from '../../../platform/db/db.ts';

/**
 * Recomputes the check's fraud signals from its referees and stores new ones (never duplicating,
 * never clearing a reviewed mark). Call it inside the transaction after referees are named or
 * corrected, after a consent (IP and device) and after a submission.
 */
export async function detectFraudSignals(_db: Db, _checkId: string): Promise<void> {
  // Filled in with the fraud rules.
}

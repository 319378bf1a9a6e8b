import type { Db } from '../../../platform/db/db.ts';
import { recordLateFailure } from './record-late-failure.ts';

/** An SMS provider's delivery report (46elks: `id`, `status`); only `failed` is news. */
export async function recordSmsReport(db: Db, report: { id: string; status: string }) {
  if (report.status !== 'failed') return false;
  return recordLateFailure(db, { channel: 'sms', providerId: report.id }, 'The SMS provider reported it failed');
}

import type { Db } from '../../../platform/db/db.ts';
import { readBounceReport } from '../bounce-report.ts';
import { recordLateFailure } from './record-late-failure.ts';

/** A bounce email (RFC 3464 DSN) as it arrived. Delays and unreadable reports are ignored. */
export async function recordBounceEmail(db: Db, raw: Buffer) {
  const report = await readBounceReport(raw);
  if (!report.failed || !report.messageId) return false;
  return recordLateFailure(db, { channel: 'email', id: report.messageId }, report.diagnostic ?? 'Bounced');
}

import type { Db } from '../../../platform/db/db.ts';
import { onFirstUse } from '../../../platform/on-first-use.ts';
import { recordLateFailure } from './record-late-failure.ts';

// The MIME splitter under the bounce reader is needed only when a bounce arrives.
const bounceReader = onFirstUse(() => import('../bounce-report.ts'));

/** A bounce email (RFC 3464 DSN) as it arrived. Delays and unreadable reports are ignored. */
export async function recordBounceEmail(db: Db, raw: Buffer) {
  const { readBounceReport } = await bounceReader();
  const report = await readBounceReport(raw);
  if (!report.failed || !report.messageId) return false;
  return recordLateFailure(db, { channel: 'email', id: report.messageId }, report.diagnostic ?? 'Bounced');
}

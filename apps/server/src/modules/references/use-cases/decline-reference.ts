import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import { sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { publish } from '../../../platform/events.ts';
import { ACTIVE, alreadyDone, assertActive, openLink, pageOf } from '../referee-link.ts';
import { updateRefereeInStatus } from '../referee-page.repo.ts';
import type { referees } from '../references.tables.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { refreshCheckStatus } from './check-status.ts';
import { tellCandidate } from './tell-candidate.ts';

/**
 * The referee would rather not give a reference; the recruiter sees the reason. The candidate is
 * asked at once, in their language, to name a replacement, and the recruiter is told in the app.
 * The decline claims the referee with a conditional update, so a second one (a double click, a
 * retry) is refused before anything is sent twice.
 */
export async function declineReference(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  token: string,
  reason: string | null,
) {
  return db.transaction(async (tx) => {
    const opened = await openLink(tx, token);
    assertActive(opened);
    const updated = await updateRefereeInStatus(tx, opened.referee.companyId, opened.referee.id, ACTIVE, {
      status: 'declined',
      declineReason: reason,
      declinedAt: sql`now()`,
      answeredLinkHash: sha256(token),
      nextReminderAt: null,
      updatedAt: sql`now()`,
    });
    if (!updated) throw alreadyDone(opened.referee.status);
    await afterRefereeDeclined(tx, config, updated);
    return pageOf(tx, { ...opened, referee: updated });
  });
}

/**
 * What follows a referee's decline (on their page, or by withdrawing from their privacy page before
 * answering): the candidate is asked for a replacement, the recruiter told, the check's status kept.
 */
export async function afterRefereeDeclined(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  declined: typeof referees.$inferSelect,
) {
  await publish(tx, {
    type: 'reference_check.referee_declined',
    companyId: declined.companyId,
    refereeId: declined.id,
  });
  await tellCandidate(tx, config, declined, 'declined');
  await publish(tx, {
    type: 'reference_check.needs_attention',
    companyId: declined.companyId,
    checkId: declined.checkId,
    refereeId: declined.id,
    reason: 'referee_declined',
  });
  await afterCheckStatusChange(tx, config, await refreshCheckStatus(tx, declined.companyId, declined.checkId));
}

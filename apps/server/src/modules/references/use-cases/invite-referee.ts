import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import type { CheckRow } from '../referee-state.ts';
import { updateReferee } from '../referees.repo.ts';
import { sendRefereeLink } from './send-referee-link.ts';

/**
 * Sends a referee their invitation by the referee channel (nothing with `none`). The reminder clock
 * starts again from now (the scheduler counts from `invitedAt`), e.g. after a corrected address.
 */
export async function inviteReferee(db: Db, config: Pick<Config, 'publicUrl'>, check: CheckRow, refereeId: string) {
  if (check.refereeChannel === 'none') return;
  await sendRefereeLink(db, config, check.companyId, refereeId, 0);
  await updateReferee(db, check.companyId, refereeId, {
    invitedAt: sql`now()`,
    remindersSent: 0,
    candidateToldAt: null,
    updatedAt: sql`now()`,
  });
}

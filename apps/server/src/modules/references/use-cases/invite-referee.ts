import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import type { CheckRow } from '../referee-state.ts';
import { findReferee, type RefereeRow } from '../referees.repo.ts';
import { refereeLinkBatch, sendRefereeLinkIn } from './send-referee-link.ts';

/**
 * Sends referees of one check their invitations by the referee channel (nothing with `none`). The
 * reminder clock starts again from now (the scheduler counts from `invitedAt`), e.g. after a
 * corrected address. The check's context and each language's questionnaire are read once for all.
 */
export async function inviteReferees(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  check: CheckRow,
  invited: RefereeRow[],
) {
  if (check.refereeChannel === 'none' || !invited.length) return;
  const batch = await refereeLinkBatch(db, check.companyId, check.id);
  if (!batch) return;
  for (const referee of invited) await sendRefereeLinkIn(db, config, batch, referee, { restart: true });
}

/** `inviteReferees` for one referee, read as they are now (e.g. just corrected). */
export async function inviteReferee(db: Db, config: Pick<Config, 'publicUrl'>, check: CheckRow, refereeId: string) {
  if (check.refereeChannel === 'none') return;
  const referee = await findReferee(db, check.companyId, refereeId);
  if (referee) await inviteReferees(db, config, check, [referee]);
}

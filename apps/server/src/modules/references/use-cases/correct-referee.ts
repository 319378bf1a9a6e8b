import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { type AddedBy, type CheckRow, hasStarted, lockReferee } from '../referee-state.ts';
import { updateReferee } from '../referees.repo.ts';
import { inviteReferee } from './invite-referee.ts';
import { normaliseReferees, type RefereeFields } from './referee-input.ts';

const UNVERIFIED = {
  verifiedAt: null,
  verifiedBy: null,
  verificationCodeHash: null,
  verificationCodeExpiresAt: null,
  verificationCodeSentAt: null,
  verificationAttempts: 0,
};

/**
 * Corrects a referee's details until they start answering (409 after). A changed email or phone
 * (or a bounced one) sends the invitation again to the new address, and a code must be entered again.
 */
export async function correctReferee(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  check: CheckRow,
  refereeId: string,
  input: RefereeFields,
  correctedBy: AddedBy = 'recruiter',
) {
  const referee = await lockReferee(db, check, refereeId);
  if (hasStarted(referee)) throw new AppError('referee.started_cannot_change');
  const [row] = await normaliseReferees(db, check.companyId, check.id, [input], {
    replacing: referee.id,
    byCandidate: correctedBy === 'candidate',
  });
  const contactChanged = row.emailKey !== referee.emailKey || row.phone !== referee.phone;
  const reinvite = contactChanged || referee.status === 'bounced';
  await updateReferee(db, check.companyId, referee.id, {
    name: row.name,
    email: row.email,
    emailKey: row.emailKey,
    phone: row.phone,
    relationship: row.relationship,
    company: row.company,
    workedTogether: row.workedTogether,
    language: row.language,
    updatedAt: sql`now()`,
    ...(reinvite ? { status: 'invited', bouncedAt: null, candidateToldAt: null } : {}),
    // A code proved the old address or phone, not the new one.
    ...(contactChanged ? UNVERIFIED : {}),
  });
  if (reinvite) await inviteReferee(db, config, check, referee.id);
}

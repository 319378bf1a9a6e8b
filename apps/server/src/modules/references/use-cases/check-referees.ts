import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import { revokeLinkTokens } from '../../tenancy/index.ts';
import { insertReferees, lockRefereeRow, updateReferee } from '../referees.repo.ts';
import type { referees, referenceChecks } from '../references.tables.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { refreshCheckStatus } from './check-status.ts';
import { detectFraudSignals } from './fraud-signals.ts';
import { normaliseReferees, type RefereeFields } from './referee-input.ts';
import { sendRefereeLink } from './send-links.ts';

type CheckRow = typeof referenceChecks.$inferSelect;
export type AddedBy = 'candidate' | 'recruiter' | 'api';

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

/** Names referees on a check (after the shared rules) and invites each at once. Returns their ids. */
export async function addReferees(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  check: CheckRow,
  inputs: RefereeFields[],
  addedBy: AddedBy,
  path?: string,
): Promise<string[]> {
  if (!inputs.length) return [];
  const rows = await normaliseReferees(db, check.companyId, check.id, inputs, {
    path,
    byCandidate: addedBy === 'candidate',
  });
  // A millisecond apart, so lists keep the order they were given in (one transaction shares now()).
  const at = Date.now();
  const inserted = await insertReferees(
    db,
    check.companyId,
    check.id,
    rows.map((r, i) => ({
      createdAt: new Date(at + i),
      name: r.name,
      email: r.email,
      emailKey: r.emailKey,
      phone: r.phone,
      relationship: r.relationship,
      company: r.company,
      workedTogether: r.workedTogether,
      language: r.language,
      addedBy,
    })),
  );
  for (const { id } of inserted) {
    await inviteReferee(db, config, check, id);
    await publish(db, { type: 'reference_check.referee_named', companyId: check.companyId, refereeId: id, addedBy });
  }
  return inserted.map((r) => r.id);
}

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

/** The referee of this check, locked; 404 when it is not one of the check's (or was removed). */
export async function lockReferee(db: Db, check: { id: string; companyId: string }, refereeId: string) {
  const referee = await lockRefereeRow(db, check.companyId, check.id, refereeId);
  if (!referee) throw notFound();
  return referee;
}

const hasStarted = (referee: typeof referees.$inferSelect) =>
  referee.startedAt !== null || ['answered', 'declined'].includes(referee.status);

/**
 * Corrects a referee's details until they start answering (409 after). A changed email or phone
 * (or a bounced one) sends the invitation again to the new address.
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
  });
  if (reinvite) await inviteReferee(db, config, check, referee.id);
}

/** Takes a referee off the check (the row stays, `removed`): no more reminders, their links stop working. */
export async function removeReferee(db: Db, check: CheckRow, refereeId: string, { onlyUnstarted = false } = {}) {
  const referee = await lockReferee(db, check, refereeId);
  if (onlyUnstarted && hasStarted(referee)) throw new AppError('referee.started_cannot_withdraw');
  await updateReferee(db, check.companyId, referee.id, {
    status: 'removed',
    nextReminderAt: null,
    updatedAt: sql`now()`,
  });
  await revokeLinkTokens(db, 'reference_referee', { subjectId: referee.id });
}

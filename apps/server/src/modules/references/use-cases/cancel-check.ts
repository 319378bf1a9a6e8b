import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { revokeLinkTokens } from '../../tenancy/index.ts';
import { recordCheckEvent } from '../check-timeline.repo.ts';
import { updateCheck } from '../checks.repo.ts';
import { changeCheck } from '../recruiter-check-change.ts';
import { refereeIdsOfCheck } from '../referees.repo.ts';
import type { referenceChecks } from '../references.tables.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { stopReminders } from './check-status.ts';

/** Cancels a check: reminders stop and the candidate's and referees' links answer "expired". */
export const cancelCheck = (ctx: Ctx, checkId: string) =>
  changeCheck(ctx, checkId, (tx, check) => cancelLockedCheck(tx, ctx.config, check, ctx.actor.membershipId));

/**
 * Cancels a locked check (409 unless running). Shared by the recruiter and the integration API (no
 * member: the timeline shows it without an actor).
 */
export async function cancelLockedCheck(
  tx: Db,
  config: Ctx['config'],
  check: typeof referenceChecks.$inferSelect,
  actorMembershipId: string | null = null,
) {
  if (check.status !== 'awaiting_referees' && check.status !== 'in_progress')
    throw new AppError('reference_check.cancel_not_running');
  await updateCheck(tx, check.companyId, check.id, {
    status: 'cancelled',
    cancelledAt: sql`now()`,
    updatedAt: sql`now()`,
  });
  await stopReminders(tx, check.companyId, check.id);
  await recordCheckEvent(tx, { companyId: check.companyId, checkId: check.id, kind: 'cancelled', actorMembershipId });
  // Every link of the check stops working (the pages then say whom to contact).
  await revokeLinkTokens(tx, 'reference_candidate', { companyId: check.companyId, subjectId: check.id });
  const named = await refereeIdsOfCheck(tx, check.companyId, check.id);
  for (const { id } of named)
    await revokeLinkTokens(tx, 'reference_referee', { companyId: check.companyId, subjectId: id });
  await afterCheckStatusChange(tx, config, {
    companyId: check.companyId,
    checkId: check.id,
    from: check.status,
    to: 'cancelled',
  });
}

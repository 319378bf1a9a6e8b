import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { updateCheck } from '../checks.repo.ts';
import { assertChangeable, changeCheck } from '../recruiter-check-change.ts';
import { countAnsweredReferees } from '../referees.repo.ts';
import { referenceChecks } from '../references.tables.ts';
import { afterRefereeChange } from './after-referee-change.ts';
import { addReferees } from './name-referees.ts';
import type { RefereeFields } from './referee-input.ts';

/** Adds a referee and invites them; a completed check reopens until they answer. */
export const addRefereeByRecruiter = (ctx: Ctx, checkId: string, input: RefereeFields) =>
  changeCheck(ctx, checkId, (tx, check) => addRefereesToCheck(tx, ctx.config, check, [input], 'recruiter'));

/**
 * Adds referees to a locked check and invites them (a completed check reopens until they answer),
 * then the fraud rules and the status follow. Shared by the recruiter and the integration API.
 */
export async function addRefereesToCheck(
  tx: Db,
  config: Ctx['config'],
  check: typeof referenceChecks.$inferSelect,
  inputs: RefereeFields[],
  addedBy: 'recruiter' | 'api',
  path?: string,
) {
  assertChangeable(check);
  if (check.status === 'completed') {
    // The check opens again until the new referee answers: one more answer is wanted than it had
    // (a check closed early simply stops being closed).
    const answered = await countAnsweredReferees(tx, check.companyId, check.id);
    await updateCheck(tx, check.companyId, check.id, {
      closedEarly: false,
      refereesWanted: sql`greatest(${referenceChecks.refereesWanted}, ${answered + inputs.length})`,
    });
  }
  await addReferees(tx, config, check, inputs, addedBy, path);
  await afterRefereeChange(tx, config, check);
}

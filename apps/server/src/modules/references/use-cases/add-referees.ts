import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { updateCheck } from '../checks.repo.ts';
import { type NamedConsent, requireNamedConsent } from '../named-consent.ts';
import { assertChangeable, changeCheck } from '../recruiter-check-change.ts';
import { countAnsweredReferees } from '../referees.repo.ts';
import { referenceChecks } from '../references.tables.ts';
import { afterRefereeChange } from './after-referee-change.ts';
import { addReferees } from './name-referees.ts';
import type { RefereeFields } from './referee-input.ts';

/**
 * Adds a referee and invites them; a completed check reopens until they answer. With candidate
 * channel `none` the recruiter must say how the candidate agreed (`consent`).
 */
export const addRefereeByRecruiter = (
  ctx: Ctx,
  checkId: string,
  { consent, ...input }: RefereeFields & { consent?: NamedConsent },
) =>
  changeCheck(ctx, checkId, (tx, check) => {
    const confirmed = requireNamedConsent(check.candidateChannel, consent, 'consent');
    return addRefereesToCheck(tx, ctx.config, check, [input], 'recruiter', undefined, {
      consent: confirmed,
      byMembershipId: ctx.actor.membershipId,
    });
  });

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
  consent?: Parameters<typeof addReferees>[6],
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
  await addReferees(tx, config, check, inputs, addedBy, path, consent);
  await afterRefereeChange(tx, config, check);
}

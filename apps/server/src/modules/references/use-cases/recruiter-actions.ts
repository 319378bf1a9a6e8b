import type { TCheckStatus, TReferenceCheck, TReferenceCheckSettings } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { findCandidateRow } from '../../hiring/index.ts';
import { revokeLinkTokens } from '../../tenancy/index.ts';
import { listCheckTimeline, recordCheckEvent } from '../check-timeline.repo.ts';
import { type CheckScope, checkScopeFilter, listCandidateChecks, listChecks, loadCheckView } from '../checks.repo.ts';
import { referees, referenceChecks } from '../references.tables.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { addReferees, afterRefereeChange, correctReferee, lockReferee, removeReferee } from './check-referees.ts';
import { refreshCheckStatus, stopReminders } from './check-status.ts';
import type { RefereeFields } from './referee-input.ts';
import {
  candidatePageUrl,
  issueCandidateToken,
  issueRefereeToken,
  refereePageUrl,
  sendCandidateLink,
  sendRefereeLink,
} from './send-links.ts';
import { startReferenceCheck } from './start-check.ts';
import { subAccountScope } from './sub-accounts.ts';

/** The recruiter's side of a check: start, list, change referees, links, close early, cancel. */

async function scopeOf(ctx: Ctx): Promise<CheckScope> {
  const ids = await subAccountScope(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  return ids ? { kind: 'sub_accounts', ids } : { kind: 'all' };
}

/** The check row, locked for the change; 404 when another company's or outside the caller's sub-accounts. */
async function lockCheck(db: Db, ctx: Ctx, checkId: string, scope: CheckScope) {
  const [check] = await db
    .select()
    .from(referenceChecks)
    .where(and(eq(referenceChecks.companyId, ctx.tenantId), eq(referenceChecks.id, checkId), checkScopeFilter(scope)))
    .for('update');
  if (!check) throw notFound();
  return check;
}

const isOver = (status: string) => status === 'cancelled' || status === 'expired';
function assertChangeable(check: { status: string }) {
  if (isOver(check.status)) throw new AppError('conflict', 'This reference check is no longer running');
}

async function view(ctx: Ctx, checkId: string): Promise<TReferenceCheck> {
  const found = await loadCheckView(ctx.db, ctx.tenantId, checkId);
  if (!found) throw notFound();
  return found;
}

/** Runs a change to one check in a transaction and answers the check as it is afterwards. */
async function changeCheck(
  ctx: Ctx,
  checkId: string,
  change: (tx: Db, check: typeof referenceChecks.$inferSelect) => Promise<void>,
) {
  const scope = await scopeOf(ctx);
  await ctx.db.transaction(async (tx) => change(tx, await lockCheck(tx, ctx, checkId, scope)));
  return view(ctx, checkId);
}

export async function startFromProfile(
  ctx: Ctx,
  candidateId: string,
  body: TReferenceCheckSettings & { jobId: string | null; referees: RefereeFields[] },
) {
  if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId))) throw notFound();
  const scope = await scopeOf(ctx);
  if (scope.kind === 'sub_accounts' && !(body.subAccountId && scope.ids.includes(body.subAccountId)))
    throw new AppError('validation_failed', 'Choose one of your sub-accounts', [
      { field: 'subAccountId', message: 'Choose one of your sub-accounts' },
    ]);
  const { jobId, referees, ...settings } = body;
  const checkId = await startReferenceCheck(ctx.db, ctx.config, {
    companyId: ctx.tenantId,
    actorMembershipId: ctx.actor.membershipId,
    candidateId,
    jobId,
    placementId: null,
    settings,
    referees,
    source: 'profile',
  });
  return view(ctx, checkId);
}

export async function candidateChecks(ctx: Ctx, candidateId: string) {
  if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId))) throw notFound();
  return { items: await listCandidateChecks(ctx.db, ctx.tenantId, candidateId, await scopeOf(ctx)) };
}

export async function companyChecks(
  ctx: Ctx,
  query: { status?: TCheckStatus; q?: string; cursor?: string; limit: number },
) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null;
  const rows = await listChecks(ctx.db, ctx.tenantId, { ...query, after }, await scopeOf(ctx));
  return pageOf(rows, query.limit, (r) => [r.createdAt, r.id]);
}

export async function getCheck(ctx: Ctx, checkId: string) {
  const found = await loadCheckView(ctx.db, ctx.tenantId, checkId, await scopeOf(ctx));
  if (!found) throw notFound();
  return found;
}

/** The check's timeline (who did what, when), for the same callers as the check itself. */
export async function getCheckTimeline(ctx: Ctx, checkId: string) {
  const check = await getCheck(ctx, checkId);
  return { items: await listCheckTimeline(ctx.db, ctx.tenantId, check.id) };
}

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
    const [{ answered }] = await tx
      .select({ answered: sql<number>`count(*)::int` })
      .from(referees)
      .where(and(eq(referees.checkId, check.id), eq(referees.status, 'answered')));
    await tx
      .update(referenceChecks)
      .set({
        closedEarly: false,
        refereesWanted: sql`greatest(${referenceChecks.refereesWanted}, ${answered + inputs.length})`,
      })
      .where(eq(referenceChecks.id, check.id));
  }
  await addReferees(tx, config, check, inputs, addedBy, path);
  await afterRefereeChange(tx, config, check);
}

export const correctRefereeByRecruiter = (ctx: Ctx, checkId: string, refereeId: string, input: RefereeFields) =>
  changeCheck(ctx, checkId, async (tx, check) => {
    assertChangeable(check);
    await correctReferee(tx, ctx.config, check, refereeId, input);
    await afterRefereeChange(tx, ctx.config, check);
  });

export const removeRefereeByRecruiter = (ctx: Ctx, checkId: string, refereeId: string) =>
  changeCheck(ctx, checkId, async (tx, check) => {
    assertChangeable(check);
    await removeReferee(tx, check, refereeId);
    await afterRefereeChange(tx, ctx.config, check);
  });

/** Sends the invitation again by the referee channel (a fresh link; the old one keeps working). */
export const resendRefereeLink = (ctx: Ctx, checkId: string, refereeId: string) =>
  changeCheck(ctx, checkId, async (tx, check) => {
    assertChangeable(check);
    const referee = await lockReferee(tx, check.id, refereeId);
    if (check.refereeChannel === 'none')
      throw new AppError('conflict', 'This check sends nothing to referees: copy their link instead');
    if (referee.status === 'answered' || referee.status === 'declined')
      throw new AppError('conflict', 'This referee has already answered');
    await sendRefereeLink(tx, ctx.config, referee.id, 0);
    await recordCheckEvent(tx, { ...staffAction(ctx, check), kind: 'referee_link_resent', refereeId: referee.id });
  });

/** Who did something to a check, for its timeline. */
const staffAction = (ctx: Ctx, check: { id: string; companyId: string }) => ({
  companyId: check.companyId,
  checkId: check.id,
  actorMembershipId: ctx.actor.membershipId,
});

/**
 * A fresh link to the referee's page for the recruiter to pass on. The link is the referee's only
 * credential, so who copied it and when is kept in the check's timeline, with the link's hash: an
 * answer that comes through it is marked on the report.
 */
export async function refereeLink(ctx: Ctx, checkId: string, refereeId: string) {
  const scope = await scopeOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const check = await lockCheck(tx, ctx, checkId, scope);
    assertChangeable(check);
    const referee = await lockReferee(tx, check.id, refereeId);
    const token = await issueRefereeToken(tx, check, referee.id);
    await recordCheckEvent(tx, {
      ...staffAction(ctx, check),
      kind: 'referee_link_copied',
      refereeId: referee.id,
      linkHash: sha256(token),
    });
    return { url: refereePageUrl(ctx.config, token) };
  });
}

/**
 * A fresh link to the candidate's page; with `send`, also sent again by the candidate channel. Either
 * way the recruiter holds the link afterwards, which the check's timeline keeps.
 */
export async function candidateLink(ctx: Ctx, checkId: string, send: boolean) {
  const scope = await scopeOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const check = await lockCheck(tx, ctx, checkId, scope);
    assertChangeable(check);
    if (send && check.candidateChannel !== 'none') {
      const sent = await sendCandidateLink(tx, ctx.config, check.id);
      if (sent) {
        await recordCheckEvent(tx, { ...staffAction(ctx, check), kind: 'candidate_link_resent' });
        return sent;
      }
    }
    const token = await issueCandidateToken(tx, check);
    await recordCheckEvent(tx, { ...staffAction(ctx, check), kind: 'candidate_link_copied', linkHash: sha256(token) });
    return { url: candidatePageUrl(ctx.config, token) };
  });
}

/** Closes a running check before every wanted referee answered: completed, reminders stop. */
export const closeCheckEarly = (ctx: Ctx, checkId: string) =>
  changeCheck(ctx, checkId, async (tx, check) => {
    if (check.status !== 'awaiting_referees' && check.status !== 'in_progress')
      throw new AppError('conflict', 'Only a running reference check can be closed');
    await tx
      .update(referenceChecks)
      .set({ closedEarly: true, updatedAt: sql`now()` })
      .where(eq(referenceChecks.id, check.id));
    await recordCheckEvent(tx, { ...staffAction(ctx, check), kind: 'closed_early' });
    const change = await refreshCheckStatus(tx, check.id);
    await afterCheckStatusChange(tx, ctx.config, change);
  });

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
    throw new AppError('conflict', 'Only a running reference check can be cancelled');
  await tx
    .update(referenceChecks)
    .set({ status: 'cancelled', cancelledAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(referenceChecks.id, check.id));
  await stopReminders(tx, check.id);
  await recordCheckEvent(tx, { companyId: check.companyId, checkId: check.id, kind: 'cancelled', actorMembershipId });
  // Every link of the check stops working (the pages then say whom to contact).
  await revokeLinkTokens(tx, 'reference_candidate', { subjectId: check.id });
  const named = await tx.select({ id: referees.id }).from(referees).where(eq(referees.checkId, check.id));
  for (const { id } of named) await revokeLinkTokens(tx, 'reference_referee', { subjectId: id });
  await afterCheckStatusChange(tx, config, {
    companyId: check.companyId,
    checkId: check.id,
    from: check.status,
    to: 'cancelled',
  });
}

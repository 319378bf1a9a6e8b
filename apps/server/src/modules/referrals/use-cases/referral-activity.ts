import type { TBoardReferral, TCandidateReferral } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { listCandidateReferralRows, loadBoardReferral } from '../board.repo.ts';
import { dayIn } from '../bonus-dates.ts';
import {
  candidateExists,
  countInactiveJobReferrals,
  findJobStatus,
  setJobReferralsActive,
  setReferralActive,
} from '../referral-activity.repo.ts';
import { listBonusesOfReferrals } from '../referral-bonuses.repo.ts';
import { listReferralEventsOf } from '../referral-events.repo.ts';

/**
 * The bell: a referral made inactive by hand, or active again. Setting what it already is changes
 * nothing and adds no timeline line.
 */
export async function setActive(ctx: Ctx, referralId: string, active: boolean): Promise<TBoardReferral> {
  if (!(await loadBoardReferral(ctx.db, ctx.tenantId, referralId))) throw notFound('referral.not_found');
  await ctx.db.transaction((tx) =>
    setReferralActive(tx, {
      companyId: ctx.tenantId,
      referralId,
      active,
      actorMembershipId: ctx.actor.membershipId,
      kind: active ? 'reactivated' : 'deactivated',
    }),
  );
  return (await loadBoardReferral(ctx.db, ctx.tenantId, referralId))!;
}

/** Archiving a role: its referrals become inactive in the archiving transaction (on `job.archived`). */
export function deactivateJobReferrals(tx: Db, companyId: string, jobId: string, actorMembershipId: string) {
  return setJobReferralsActive(tx, { companyId, jobId, active: false, actorMembershipId, kind: 'job_archived' });
}

async function requireJob(ctx: Ctx, jobId: string) {
  const job = await findJobStatus(ctx.db, ctx.tenantId, jobId);
  if (!job) throw notFound('job.not_found');
  return job;
}

/** After unarchiving: how many of the role's referrals are inactive, so the page can offer them back. */
export async function countJobInactiveReferrals(ctx: Ctx, jobId: string) {
  await requireJob(ctx, jobId);
  return { inactive: await countInactiveJobReferrals(ctx.db, ctx.tenantId, jobId) };
}

/** Makes every inactive referral of an open role active again; an archived role has none to offer. */
export async function reactivateJobReferrals(ctx: Ctx, jobId: string) {
  const job = await requireJob(ctx, jobId);
  if (job.archived) throw new AppError('referral.reactivate_archived_job');
  const reactivated = await ctx.db.transaction((tx) =>
    setJobReferralsActive(tx, {
      companyId: ctx.tenantId,
      jobId,
      active: true,
      actorMembershipId: ctx.actor.membershipId,
      kind: 'reactivated',
    }),
  );
  return { reactivated };
}

/** The candidate profile's Referrals tab: every referral about them, each with its timeline. */
export async function listCandidateReferrals(ctx: Ctx, candidateId: string): Promise<{ items: TCandidateReferral[] }> {
  if (!(await candidateExists(ctx.db, ctx.tenantId, candidateId))) throw notFound('candidate.not_found');
  const items = await listCandidateReferralRows(ctx.db, ctx.tenantId, candidateId);
  const timelines = await listReferralEventsOf(
    ctx.db,
    ctx.tenantId,
    items.map((i) => i.id),
  );
  const bonuses = new Map(
    (
      await listBonusesOfReferrals(
        ctx.db,
        ctx.tenantId,
        items.map((i) => i.id),
      )
    ).map(({ bonus, timeZone }) => [
      bonus.referralId,
      {
        id: bonus.id,
        state: bonus.state,
        value: bonus.value,
        hiredOn: dayIn(bonus.hiredAt, timeZone),
        startDate: bonus.startDate,
        waitingDays: bonus.waitingDays,
        eligibleOn: bonus.eligibleOn,
      },
    ]),
  );
  return {
    items: items.map((item) => ({
      ...item,
      events: timelines.get(item.id) ?? [],
      bonus: bonuses.get(item.id) ?? null,
    })),
  };
}

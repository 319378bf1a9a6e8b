import type { TMyReferral, TReferrableJob, TReferralOwner } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findCandidateRow } from '../../hiring/index.ts';
import { findShownOwners, listOwnedRows, listReferrableJobs, listSelfApplied } from '../owned-referrals.repo.ts';
import { shownOwner } from '../ownership.ts';
import { loadPolicy } from '../policy.repo.ts';

/** The jobs the caller may refer to (agents: their agency's), with the agent's count against the limit. */
export async function referrableJobs(ctx: Ctx): Promise<{ items: TReferrableJob[] }> {
  const agencyId = ctx.actor.role === 'agent' ? (ctx.actor.agencyId ?? '00000000-0000-0000-0000-000000000000') : null;
  const [rows, policy] = await Promise.all([
    listReferrableJobs(ctx.db, ctx.tenantId, { membershipId: ctx.actor.membershipId, agencyId }),
    loadPolicy(ctx.db, ctx.tenantId),
  ]);
  const limit = ctx.actor.role === 'agent' ? policy.maxAgentSubmissionsPerJob : 0;
  return { items: rows.map((r) => ({ ...r, limit })) };
}

/**
 * The jobs the caller's referred candidates applied to by themselves (careers page), for "My
 * referrals" when the policy's "Display to the referrer submissions for which candidates applied
 * by themselves" is on (seed 001; default No). A candidate whose link to the caller was retired (a
 * paid bonus) is left out, as is a job the caller referred them to already.
 */
export async function selfAppliedReferrals(ctx: Ctx): Promise<TMyReferral[]> {
  const policy = await loadPolicy(ctx.db, ctx.tenantId);
  if (!policy.showSelfAppliedToReferrer) return [];
  const rows = await listOwnedRows(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  // A paid bonus retires the referrer's link to the candidate, whichever of their referrals of that
  // candidate was paid: a mark on a job's submission does not keep them linked.
  const retired = new Set(rows.filter((r) => r.linkRetiredAt).map((r) => r.candidateId));
  const active = rows.filter((r) => r.candidateId && !retired.has(r.candidateId));
  const jobsShown = new Set(rows.map((r) => `${r.candidateId}:${r.jobId}`));
  const items: TMyReferral[] = [];
  for (const applied of await listSelfApplied(
    ctx.db,
    ctx.tenantId,
    active.map((r) => r.candidateId!),
  )) {
    if (jobsShown.has(`${applied.candidateId}:${applied.jobId}`)) continue;
    const mine = active.find((r) => r.candidateId === applied.candidateId)!;
    jobsShown.add(`${applied.candidateId}:${applied.jobId}`);
    items.push({
      id: mine.id,
      contactId: null,
      source: mine.source,
      firstName: mine.firstName,
      lastName: mine.lastName,
      company: null,
      position: null,
      loveToWorkAgain: false,
      note: null,
      skills: [],
      job: { id: applied.jobId, title: applied.jobTitle },
      status: null,
      outcome: 'waiting',
      excluded: false,
      ownership: null,
      bonusState: null,
      selfApplied: true,
      statusChangedAt: applied.createdAt.toISOString(),
      createdAt: applied.createdAt.toISOString(),
    });
  }
  return items;
}

/** Whom a candidate's Referral tab (no job) or one submission's (a job) shows, by the seed's display rules. */
export async function referralOwnerOf(ctx: Ctx, candidateId: string, jobId: string | null): Promise<TReferralOwner> {
  if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId))) throw notFound('candidate.not_found');
  const [owners, policy] = await Promise.all([
    findShownOwners(ctx.db, ctx.tenantId, candidateId, jobId),
    loadPolicy(ctx.db, ctx.tenantId),
  ]);
  return { owner: shownOwner(policy.ownershipMode, jobId ? 'submission' : 'candidate', owners) };
}

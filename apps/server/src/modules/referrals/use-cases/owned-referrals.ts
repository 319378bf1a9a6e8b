import type { TOwnedReferral, TOwnedReferralList, TReferrableJob, TReferralOwner } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findCandidateRow } from '../../hiring/index.ts';
import { findShownOwners, listOwnedRows, listReferrableJobs, listSelfApplied } from '../owned-referrals.repo.ts';
import { shownOwner } from '../ownership.ts';
import { loadPolicy } from '../policy.repo.ts';
import { outcomeOf } from '../referral-status.ts';

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
 * "My referrals" for what the caller referred or submitted (seed 001's Career Section rules, the
 * same in every mode): each referral with its job, date, a status in the referrer's words and the
 * bonus state, never the recruiter's notes or a rejection reason. A candidate-level row is not
 * listed again beside the job referral it came with. With the policy's setting, the jobs a referred
 * candidate applied to by themselves are shown too.
 */
export async function listOwnedReferrals(ctx: Ctx): Promise<TOwnedReferralList> {
  const [rows, policy] = await Promise.all([
    listOwnedRows(ctx.db, ctx.tenantId, ctx.actor.membershipId),
    loadPolicy(ctx.db, ctx.tenantId),
  ]);
  const withJob = new Set(rows.filter((r) => r.jobId).map((r) => r.candidateId));
  const items: TOwnedReferral[] = rows
    .filter((r) => r.jobId || !withJob.has(r.candidateId) || r.bonusState)
    .map((r) => ({
      id: r.id,
      source: r.source,
      firstName: r.firstName,
      lastName: r.lastName,
      job: r.jobId && r.jobTitle ? { id: r.jobId, title: r.jobTitle } : null,
      outcome: r.bonusState === 'paid' ? 'hired' : outcomeOf(r.status),
      ownership: r.ownership,
      bonusState: r.bonusState,
      selfApplied: false,
      createdAt: r.createdAt.toISOString(),
    }));
  if (!policy.showSelfAppliedToReferrer) return { items };
  // A paid bonus retires the referrer's link to the candidate, whichever of their referrals of that
  // candidate was paid: a mark on a job's submission does not keep them linked.
  const retired = new Set(rows.filter((r) => r.linkRetiredAt).map((r) => r.candidateId));
  const active = rows.filter((r) => r.candidateId && !retired.has(r.candidateId));
  const jobsShown = new Set(rows.map((r) => `${r.candidateId}:${r.jobId}`));
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
      source: mine.source,
      firstName: mine.firstName,
      lastName: mine.lastName,
      job: { id: applied.jobId, title: applied.jobTitle },
      outcome: 'waiting',
      ownership: null,
      bonusState: null,
      selfApplied: true,
      createdAt: applied.createdAt.toISOString(),
    });
  }
  return { items };
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

import {
  ADDABLE_TO_JOB_SOURCES,
  type TAddReferralToJobRequest,
  type TAddReferralToJobResult,
  type TReferralStatus,
} from '@vouch/contracts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { createCandidateFromPerson, placeCandidateFrom } from '../../hiring/index.ts';
import { linkReferralToJob, lockReferralPerson, matchingCandidateId } from '../candidate-links.repo.ts';
import { moveReferralStatus } from '../referral-status.ts';
import { claimReferral } from '../referral-updates.repo.ts';

/** Statuses before the person is in a process: adding them to a job moves the referral on to `applied`. */
const BEFORE_PROCESS: readonly TReferralStatus[] = [
  'passed_on',
  'introduction_requested',
  'introduced',
  'recruiter_contacted',
  'candidate_interested',
];

/**
 * "Add to job": an email introduction or a prospect becomes a pipeline candidate in one action. The
 * person is found among the candidates by the duplicate rules (or the one the referral already
 * names), created when there is none, and put at the job's first step (`placement.created`, origin
 * `referral`). The referral keeps its source and referrer and now names the candidate and the job,
 * so the board, the candidate's Referrals tab and My referrals tell the same story.
 */
export async function addReferralToJob(
  ctx: Ctx,
  referralId: string,
  input: TAddReferralToJobRequest,
): Promise<TAddReferralToJobResult> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const referral = await lockReferralPerson(tx, ctx.tenantId, referralId);
    if (!referral) throw notFound('referral.not_found');
    if (!(ADDABLE_TO_JOB_SOURCES as readonly string[]).includes(referral.source))
      throw new AppError('referral.not_addable_to_job');
    if (referral.status === 'withdrawn') throw new AppError('referral.withdrawn');
    const person = {
      firstName: referral.firstName,
      lastName: referral.lastName,
      email: referral.email,
      phone: referral.phone,
      linkedinUrl: referral.linkedinUrl,
      company: referral.company,
    };
    const found = referral.candidateId ?? (await matchingCandidateId(tx, ctx.tenantId, person));
    const candidateId =
      found ??
      (await createCandidateFromPerson(txCtx, {
        ...person,
        currentCompany: referral.company,
        currentTitle: referral.position,
        skills: referral.skills,
      }));
    const placed = await placeCandidateFrom(txCtx, candidateId, input, 'referral');
    await linkReferralToJob(tx, ctx.tenantId, referralId, {
      candidateId,
      jobId: input.jobId,
      departmentId: placed.departmentId,
    });
    if (BEFORE_PROCESS.includes(referral.status))
      await moveReferralStatus(tx, {
        companyId: ctx.tenantId,
        referralId,
        to: 'applied',
        actorMembershipId: ctx.actor.membershipId,
      });
    await claimReferral(tx, ctx.tenantId, referralId, ctx.actor.membershipId);
    return {
      referralId,
      candidateId,
      candidateCreated: !found,
      placementId: placed.placementId,
      jobId: input.jobId,
      stepId: placed.stepId,
    };
  });
}

import type { TDomainEventOf } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import { findCandidateRow } from '../../hiring/index.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { findJobDepartment, findReferrer, findShareLink, findSubmissionRow } from '../intake.repo.ts';
import { insertReferral } from '../marks.repo.ts';
import { carriedOwner } from '../ownership.ts';
import { loadPolicy } from '../policy.repo.ts';
import { recordReferralEvent } from '../referral-status.ts';
import { referSomeone } from './refer-someone.ts';

type PlacementCreated = TDomainEventOf<'placement.created'>;

/**
 * An application through an employee's share link is that employee's referral, through the same use
 * case and policy as their form. A refusal (a known candidate, someone else's) rolls back only the
 * referral: the application stands, and the applicant is told nothing.
 */
export async function referFromShareLink(tx: Db, event: PlacementCreated, publicUrl: string) {
  if (event.origin !== 'share_link' || !event.shareLinkId) return;
  const link = await findShareLink(tx, event.companyId, event.shareLinkId);
  if (!link || link.jobId !== event.jobId) return;
  const referrer = await findReferrer(tx, event.companyId, { membershipId: link.membershipId });
  const candidate = await findCandidateRow(tx, event.companyId, event.candidateId);
  if (referrer?.status !== 'active' || referrer.role === 'agent' || !candidate) return;
  try {
    await tx.transaction((savepoint) =>
      referSomeone(savepoint, {
        companyId: event.companyId,
        referrer,
        source: 'share_link',
        person: {
          firstName: candidate.firstName,
          lastName: candidate.lastName,
          email: candidate.email,
          phone: candidate.phone,
          linkedinUrl: candidate.linkedinUrl,
          company: candidate.currentCompany,
          position: candidate.currentTitle,
          language: candidate.language,
        },
        jobIds: [event.jobId],
        relationship: null,
        note: null,
        candidateAware: true,
        candidateId: event.candidateId,
        shareLinkId: event.shareLinkId,
        actorMembershipId: null,
        publicUrl,
      }),
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

/**
 * A recruiter matched the candidate to another job: in the submission modes the submission's owner
 * is carried over to the new job (seed 001's note); in Candidate mode nothing job-specific is made.
 */
export async function carryOwnershipOnMatch(tx: Db, event: PlacementCreated) {
  if (event.origin !== 'matched' || !event.matchedFromJobId) return;
  const policy = await loadPolicy(tx, event.companyId);
  const from = await findSubmissionRow(tx, event.companyId, event.candidateId, event.matchedFromJobId);
  const taken = await findSubmissionRow(tx, event.companyId, event.candidateId, event.jobId);
  const owner = carriedOwner(
    policy.ownershipMode,
    from?.referrerMembershipId ?? null,
    taken?.referrerMembershipId ?? null,
  );
  if (!owner || !from) return;
  const { id: _id, createdAt: _c, updatedAt: _u, statusChangedAt: _s, ...copied } = from;
  const departmentId = await findJobDepartment(tx, event.companyId, event.jobId);
  let referralId: string;
  try {
    referralId = await tx.transaction((savepoint) =>
      insertReferral(savepoint, {
        ...copied,
        jobId: event.jobId,
        departmentId,
        status: 'applied',
        active: true,
        linkRetiredAt: from.linkRetiredAt,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return;
    throw error;
  }
  await publish(tx, { type: 'referral.created', companyId: event.companyId, referralId });
  await recordReferralEvent(tx, {
    companyId: event.companyId,
    referralId,
    from: null,
    to: 'applied',
    actorMembershipId: null,
    note: null,
  });
}

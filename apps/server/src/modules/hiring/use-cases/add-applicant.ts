import type { TDuplicateMatch, TLanguage, TPlacementOrigin } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { publish } from '../../../platform/events.ts';
import {
  addCandidateTag,
  findCandidateIdByEmailKey,
  firstStepOf,
  insertApplicantCandidate,
  insertApplicantPlacement,
} from '../applicants.repo.ts';
import { searchVectorOf } from '../candidates.repo.ts';
import { candidateKeys } from '../normalize.ts';
import { findDuplicates } from './find-duplicates.ts';

export type Applicant = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  linkedinUrl: string | null;
  language: TLanguage;
};

export type ApplicantOutcome = {
  candidateId: string;
  /** Null when the candidate was on the job already (applying twice changes nothing). */
  placementId: string | null;
  createdCandidate: boolean;
  /** Likely the same person by phone, LinkedIn or name and company: flagged, never merged. */
  duplicates: TDuplicateMatch[];
};

/** Tag put on a new applicant who looks like an existing candidate, so recruiters can find and compare them. */
export const POSSIBLE_DUPLICATE_TAG = 'possible-duplicate';

/**
 * Someone applies to a job themselves. Inside the caller's transaction: the candidate is found by
 * the foundation's rule (the email key) or created; a new one who only looks like someone known (same
 * phone, LinkedIn profile, or name and company) is created and tagged, not merged, since an outsider's
 * form must never change or reveal another person's record. They are placed at the job's first step
 * with `origin`, and `placement.created` is published (with `shareLinkId` for a share link).
 * An existing candidate's details are left as they are for the same reason.
 */
export async function addApplicant(
  tx: Db,
  companyId: string,
  input: { jobId: string; applicant: Applicant; origin: TPlacementOrigin; shareLinkId?: string },
): Promise<ApplicantOutcome> {
  const { applicant } = input;
  const keys = candidateKeys({ ...applicant, currentCompany: null });
  let candidateId = keys.emailKey ? await findCandidateIdByEmailKey(tx, companyId, keys.emailKey) : null;
  let duplicates: TDuplicateMatch[] = [];
  const createdCandidate = !candidateId;
  if (!candidateId) {
    const fields = { ...applicant, tags: [] as string[] };
    candidateId =
      (await insertApplicantCandidate(tx, companyId, {
        ...fields,
        ...keys,
        searchVector: searchVectorOf(fields),
      })) ?? (keys.emailKey ? await findCandidateIdByEmailKey(tx, companyId, keys.emailKey) : null);
    if (!candidateId) throw new Error('applicant candidate neither inserted nor found');
    duplicates = (await findDuplicates(tx, companyId, applicant, candidateId)).filter((d) => d.reason !== 'email');
    if (duplicates.length) await addCandidateTag(tx, companyId, candidateId, POSSIBLE_DUPLICATE_TAG);
  }
  const step = await firstStepOf(tx, companyId, input.jobId);
  if (!step) return { candidateId, placementId: null, createdCandidate, duplicates };
  const placementId = await insertApplicantPlacement(tx, companyId, {
    candidateId,
    jobId: input.jobId,
    stepId: step.id,
    origin: input.origin,
  });
  if (placementId) {
    await publish(tx, {
      type: 'placement.created',
      companyId,
      placementId,
      candidateId,
      jobId: input.jobId,
      origin: input.origin,
      ...(input.shareLinkId ? { shareLinkId: input.shareLinkId } : {}),
    });
  }
  return { candidateId, placementId, createdCandidate, duplicates };
}

import type { TOwnershipMode, TReferralOwnership } from '@vouch/contracts';

/**
 * The referral policy's ownership rules (seed 001), as pure functions of who owns what now. The
 * unique indexes `referrals_candidate_owner_uq` and `referrals_submission_owner_uq` are the wall
 * behind them: two referrals racing past these checks still cannot both own.
 */

/** Who owns the candidate's general profile, and the submission to the job in question. */
export type Owners = {
  candidate: string | null;
  submission: string | null;
  /** The referrer already has a row for this candidate and job (any ownership). */
  referrerHasJobRow: boolean;
};

export type PlannedRow = { ownership: TReferralOwnership | null; jobId: string | null };
export type Plan = { refused: true } | { refused: false; rows: PlannedRow[] };

const refused: Plan = { refused: true };
const takenByOther = (owner: string | null, referrer: string) => owner !== null && owner !== referrer;

/**
 * The rows one referral writes. Candidate mode: one owner wherever it happens, so a job referral
 * makes the candidate-level row (when nobody owns the candidate) and keeps the job on a row that owns
 * nothing. Submission mode: only the submission; a general referral is possible ("not recommended")
 * and owns the candidate. Submission and candidate: the submission, and the candidate when free.
 */
export function planReferral(mode: TOwnershipMode, referrer: string, jobId: string | null, owners: Owners): Plan {
  if (!jobId) {
    // A general referral owns the general profile in every mode, and cannot take it over.
    if (owners.candidate !== null) return refused;
    return { refused: false, rows: [{ ownership: 'candidate', jobId: null }] };
  }
  if (owners.referrerHasJobRow) return refused;
  switch (mode) {
    case 'candidate': {
      // A submission owner left from another mode (legacy) is not taken over either.
      if (takenByOther(owners.candidate, referrer) || takenByOther(owners.submission, referrer)) return refused;
      const rows: PlannedRow[] = owners.candidate ? [] : [{ ownership: 'candidate', jobId: null }];
      return { refused: false, rows: [...rows, { ownership: null, jobId }] };
    }
    case 'submission':
      if (owners.submission !== null) return refused;
      return { refused: false, rows: [{ ownership: 'submission', jobId }] };
    case 'submission_and_candidate': {
      if (owners.submission !== null) return refused;
      const rows: PlannedRow[] = [{ ownership: 'submission', jobId }];
      return { refused: false, rows: owners.candidate ? rows : [...rows, { ownership: 'candidate', jobId: null }] };
    }
  }
}

/**
 * Matching a candidate to another job (seed 001's note): in Candidate mode no job-specific ownership
 * is created; in the submission modes the submission's current owner is carried over to the new job,
 * unless someone already owns that one. Returns the member to own the new submission, or null.
 */
export function carriedOwner(mode: TOwnershipMode, fromSubmissionOwner: string | null, newJobOwner: string | null) {
  if (mode === 'candidate' || newJobOwner !== null) return null;
  return fromSubmissionOwner;
}

/**
 * Whom a Referral tab shows. A submission's: in Candidate mode its own referrer if there is one (a
 * legacy of another mode), else the candidate's; in the submission modes only its own, empty
 * otherwise even when the profile was referred. The candidate's general profile: its owner.
 */
export function shownOwner<T>(
  mode: TOwnershipMode,
  context: 'candidate' | 'submission',
  owners: { candidate: T | null; submission: T | null },
) {
  if (context === 'candidate') return owners.candidate;
  if (mode === 'candidate') return owners.submission ?? owners.candidate;
  return owners.submission;
}

import { z } from 'zod';
import { ZId } from './common.ts';
import type { TReferralSource, TReferralStatus } from './referrals.ts';

/**
 * Which statuses a recruiter may set by hand (the pencil) for a referral of each source: an email
 * introduction is never "refer request sent", a referral request never "introduction requested".
 * Every source shares the candidate's and the hiring outcomes. The server refuses any other (422);
 * moves the system makes (a one-click answer, a new referral) are not bound by this list.
 */
const OUTCOMES = [
  'candidate_interested',
  'candidate_not_interested',
  'applied',
  'interviewing',
  'offer',
  'hired',
  'not_hired',
  'withdrawn',
] as const satisfies readonly TReferralStatus[];

const PROSPECT = ['passed_on', 'recruiter_contacted', ...OUTCOMES] as const satisfies readonly TReferralStatus[];
const SUBMITTED = ['passed_on', 'recruiter_contacted', ...OUTCOMES] as const satisfies readonly TReferralStatus[];

export const STATUSES_BY_SOURCE: Record<TReferralSource, readonly TReferralStatus[]> = {
  email_introduction: [
    'passed_on',
    'introduction_requested',
    'introduced',
    'introduction_declined',
    // The recruiter may also reach out themselves.
    'recruiter_contacted',
    ...OUTCOMES,
  ],
  warm_prospect: PROSPECT,
  cold_prospect: PROSPECT,
  referral_request: ['refer_request_sent', 'referrer_contacted', 'referrer_declined', ...OUTCOMES],
  submission: SUBMITTED,
  employee_referral: SUBMITTED,
  agent_submission: SUBMITTED,
  share_link: SUBMITTED,
};

/** True when a recruiter may set `status` on a referral of `source`. */
export const statusFitsSource = (source: TReferralSource, status: TReferralStatus) =>
  STATUSES_BY_SOURCE[source].includes(status);

/**
 * "Add to job": an email introduction or a prospect becomes a pipeline candidate in one action. The
 * job's first step is used unless another is named.
 */
export const ZAddReferralToJobRequest = z.object({ jobId: ZId, stepId: ZId.optional() });
export type TAddReferralToJobRequest = z.input<typeof ZAddReferralToJobRequest>;

/** What "Add to job" did: which candidate (found by the duplicate rules, or new) and where. */
export const ZAddReferralToJobResult = z.object({
  referralId: ZId,
  candidateId: ZId,
  /** False when the person was already a candidate (found by email, phone, LinkedIn or name and company). */
  candidateCreated: z.boolean(),
  placementId: ZId,
  jobId: ZId,
  stepId: ZId,
});
export type TAddReferralToJobResult = z.infer<typeof ZAddReferralToJobResult>;

/** The sources "Add to job" takes: what employees passed on from their network. */
export const ADDABLE_TO_JOB_SOURCES = ['email_introduction', 'warm_prospect', 'cold_prospect'] as const;

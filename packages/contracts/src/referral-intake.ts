import { z } from 'zod';
import { ZEmail, ZId, ZLanguage, ZName, ZOptionalText } from './common.ts';
import { OWNERSHIP_MODES, REFERRAL_OWNERSHIPS } from './referrals.ts';

/**
 * Referral intake (seed 001): an employee's "Refer someone", an agent's submission and the
 * company's referral policy. Every way in ends in the same use case on the server.
 */

export const ZReferralPolicy = z.object({
  acceptKnownFromAgents: z.boolean(),
  acceptKnownFromEmployees: z.boolean(),
  ownershipMode: z.enum(OWNERSHIP_MODES),
  maxAgentSubmissionsPerJob: z.number().int().min(0, 'At least 0').max(1000, 'At most 1000'),
  showSelfAppliedToReferrer: z.boolean(),
});
export type TReferralPolicy = z.infer<typeof ZReferralPolicy>;
export const ZUpdateReferralPolicyRequest = ZReferralPolicy.partial();
export type TUpdateReferralPolicyRequest = z.input<typeof ZUpdateReferralPolicyRequest>;

/** PostgreSQL text cannot hold NUL; typed text never needs it. */
const text = (max: number) => ZOptionalText(max).transform((v) => (v ? v.replaceAll(String.fromCharCode(0), '') : v));

/** The person being referred, as the form and the API give them. The email is required (seed 001's best practice). */
export const ZReferredPerson = z.object({
  firstName: ZName(100),
  lastName: ZName(100),
  email: ZEmail,
  phone: text(40),
  linkedinUrl: text(300),
  company: text(200),
  position: text(200),
  /** The language the person is emailed in; the referrer's when left out. */
  language: ZLanguage.optional(),
});

export const ZReferSomeoneRequest = ZReferredPerson.extend({
  /** None: a general referral (employees only); several: one referral per job. */
  jobIds: z
    .array(ZId)
    .max(10, 'At most 10 jobs')
    .default([])
    .transform((ids) => [...new Set(ids)]),
  relationship: text(1000),
  note: text(2000),
  candidateAware: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
});
export type TReferSomeoneRequest = z.input<typeof ZReferSomeoneRequest>;

export const ZReferSomeoneResult = z.object({
  referrals: z.array(
    z.object({
      id: ZId,
      job: z.object({ id: ZId, title: z.string() }).nullable(),
      ownership: z.enum(REFERRAL_OWNERSHIPS).nullable(),
    }),
  ),
  /** A general referral in Submission Ownership mode: allowed, but the seed does not recommend it. */
  hint: z.enum(['general_in_submission_mode']).nullable(),
});
export type TReferSomeoneResult = z.infer<typeof ZReferSomeoneResult>;

/** A job a referrer may refer to: open, and for an agent one their agency was allowed. */
export const ZReferrableJob = z.object({
  id: ZId,
  title: z.string(),
  location: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** For agents: how many of their submissions the job has, and the policy's limit (0: none). */
  mySubmissions: z.number().int(),
  limit: z.number().int(),
});
export const ZReferrableJobList = z.object({ items: z.array(ZReferrableJob) });
export type TReferrableJob = z.infer<typeof ZReferrableJob>;

/** Who owns a candidate, or one submission, by the seed's display rules (a Referral tab). */
export const ZReferralOwnerQuery = z.object({ jobId: ZId.optional() });
export const ZReferralOwner = z.object({
  owner: z.object({ referralId: ZId, membershipId: ZId, name: z.string() }).nullable(),
});
export type TReferralOwner = z.infer<typeof ZReferralOwner>;

export const ZTransferOwnershipRequest = z.object({
  toMembershipId: ZId,
  reason: ZName(1000),
});

/** Which agencies may submit to a job (job settings, admins). */
export const ZJobAgencies = z.object({ agencyIds: z.array(ZId).max(200) });
export const ZJobAgencySettings = ZJobAgencies.extend({
  agencies: z.array(z.object({ id: ZId, name: z.string() })),
});
export type TJobAgencies = z.infer<typeof ZJobAgencies>;

/** The public withdraw page of a referred person. */
export const ZReferralWithdrawToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
export const ZReferralWithdrawInfo = z.object({
  companyName: z.string(),
  referrerName: z.string(),
  language: ZLanguage,
});
export const ZReferralWithdrawRequest = z.object({ token: ZReferralWithdrawToken });

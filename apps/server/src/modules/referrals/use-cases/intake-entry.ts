import type { TReferSomeoneResult, ZReferSomeoneRequest } from '@vouch/contracts';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import type { CvFile } from '../../hiring/index.ts';
import { findReferrer } from '../intake.repo.ts';
import { referSomeone } from './refer-someone.ts';

type FormInput = z.output<typeof ZReferSomeoneRequest>;

/**
 * "Refer someone" (an employee, from Open jobs or Home) and an agent's submission: the caller is the
 * referrer, and their role decides the source and which rules of the policy apply.
 */
export async function referFromForm(
  ctx: Ctx,
  input: FormInput,
  cv: CvFile | null = null,
): Promise<TReferSomeoneResult> {
  const { jobIds, relationship, note, candidateAware, ...person } = input;
  const agent = ctx.actor.role === 'agent';
  return ctx.db.transaction((tx) =>
    referSomeone(tx, {
      companyId: ctx.tenantId,
      referrer: {
        membershipId: ctx.actor.membershipId,
        role: ctx.actor.role,
        agencyId: ctx.actor.agencyId,
        name: ctx.actor.name || ctx.actor.email,
        language: ctx.actor.language,
      },
      source: agent ? 'agent_submission' : 'employee_referral',
      person,
      jobIds,
      relationship,
      note,
      candidateAware,
      cv,
      actorMembershipId: ctx.actor.membershipId,
      publicUrl: ctx.config.publicUrl,
    }),
  );
}

type ApiInput = Omit<FormInput, 'jobIds'> & {
  referrerEmail: string;
  jobId: string | null;
  publicUrl: string;
  emailPerson?: boolean;
  /** A member's own referral entered for them (the demo) rather than posted by an ATS. */
  asEmployeeReferral?: boolean;
};

/**
 * A referral an ATS or HRIS posts (`POST /api/v1/referrals`) on behalf of the member with this
 * email: the same use case and policy as the member's own form. Returns the referral that speaks for it.
 */
export async function referOnBehalf(db: Db, companyId: string, input: ApiInput) {
  const {
    referrerEmail,
    jobId,
    relationship,
    note,
    candidateAware,
    publicUrl,
    emailPerson,
    asEmployeeReferral,
    ...person
  } = input;
  return db.transaction(async (tx) => {
    const referrer = await findReferrer(tx, companyId, { email: referrerEmail });
    if (referrer?.status !== 'active') throw fieldError('referrer_email', 'referral.unknown_referrer');
    const result = await referSomeone(tx, {
      companyId,
      referrer,
      source: referrer.role === 'agent' ? 'agent_submission' : asEmployeeReferral ? 'employee_referral' : 'submission',
      person,
      jobIds: jobId ? [jobId] : [],
      jobField: 'job_id',
      emailPerson,
      relationship,
      note,
      candidateAware,
      actorMembershipId: null,
      publicUrl,
    });
    return (result.referrals.find((r) => r.job) ?? result.referrals[0]).id;
  });
}

import type { TLanguage, TReferralSource, TReferSomeoneResult } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import {
  type CvFile,
  candidateExistedBefore,
  companyKey,
  emailKey,
  findDuplicates,
  insertCandidateRow,
  linkedinKey,
  phoneKey,
  placeAtFirstStep,
  saveCandidateCv,
} from '../../hiring/index.ts';
import { searchVectorOf } from '../../network/index.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { countAgentSubmissions, findOwners, findReferrableJobs, lockKey } from '../intake.repo.ts';
import { insertReferral } from '../marks.repo.ts';
import { planReferral } from '../ownership.ts';
import { loadPolicy } from '../policy.repo.ts';
import { recordReferralEvent } from '../referral-status.ts';
import { sendReferralReceived } from './referral-received-email.ts';

/** The member who refers, as the policy sees them: agents have their own rules. */
export type Referrer = {
  membershipId: string;
  role: string;
  agencyId: string | null;
  name: string;
  language: TLanguage;
};

export type ReferredPerson = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  company: string | null;
  position: string | null;
  language?: TLanguage;
};

export type Intake = {
  companyId: string;
  referrer: Referrer;
  source: Extract<TReferralSource, 'employee_referral' | 'agent_submission' | 'submission' | 'share_link'>;
  person: ReferredPerson;
  jobIds: string[];
  relationship: string | null;
  note: string | null;
  candidateAware: boolean | null;
  /** A CV checked by content (hiring's CV primitive), kept with the candidate. */
  cv?: CvFile | null;
  /** Share links: the application already made (or found) the candidate and placed them. */
  candidateId?: string;
  shareLinkId?: string;
  /** False only for the demo's made-up people: nobody to email. */
  emailPerson?: boolean;
  /** Where field errors point (`jobIds` on the form, `job_id` on the API). */
  jobField?: string;
  /** Who acts (the referrer, or null for an application or an API key). */
  actorMembershipId: string | null;
  publicUrl: string;
};

const isAgent = (r: Referrer) => r.role === 'agent';

/**
 * THE referral use case: every way in (the employee's form, an agent's submission, `/api/v1`, an
 * application through a share link) calls it, in its own transaction, and the referral policy of
 * seed 001 is applied here and nowhere else: known candidates, ownership per mode, the agent's limit
 * per job, no takeover by a second referrer. Refusals are `AppError`s whose sentences reveal nothing
 * about an existing candidate.
 */
export async function referSomeone(tx: Db, intake: Intake): Promise<TReferSomeoneResult> {
  const { companyId, referrer, person } = intake;
  const jobField = intake.jobField ?? 'jobIds';
  if (isAgent(referrer) && !intake.jobIds.length) throw fieldError(jobField, 'referral.agent_needs_job');
  const jobs = await findReferrableJobs(tx, companyId, intake.jobIds, isAgent(referrer) ? referrer.agencyId : null);
  if (jobs.length !== intake.jobIds.length) throw fieldError(jobField, 'referral.choose_open_job');
  const policy = await loadPolicy(tx, companyId);
  // One person at a time per company, so two referrals of the same email meet in order, not in a race.
  const key = emailKey(person.email) ?? `${person.firstName} ${person.lastName}`.toLowerCase();
  await lockKey(tx, `referral:${companyId}:${key}`);
  if (isAgent(referrer))
    for (const job of jobs) {
      await lockKey(tx, `agent-limit:${referrer.membershipId}:${job.id}`);
      const limit = policy.maxAgentSubmissionsPerJob;
      if (limit > 0 && (await countAgentSubmissions(tx, companyId, referrer.membershipId, job.id)) >= limit)
        throw new AppError('referral.agent_limit');
    }

  const acceptKnown = isAgent(referrer) ? policy.acceptKnownFromAgents : policy.acceptKnownFromEmployees;
  const candidateId = await candidateFor(tx, intake, acceptKnown);
  if (intake.cv) await saveCandidateCv(tx, companyId, candidateId, intake.cv, intake.actorMembershipId);
  const targets = jobs.length ? jobs : [null];
  const made: TReferSomeoneResult['referrals'] = [];
  for (const job of targets) {
    const owners = await findOwners(tx, companyId, candidateId, job?.id ?? null, referrer.membershipId);
    const plan = planReferral(policy.ownershipMode, referrer.membershipId, job?.id ?? null, owners);
    if (plan.refused) throw new AppError('referral.already_referred');
    if (job)
      await placeAtFirstStep(tx, {
        companyId,
        candidateId,
        jobId: job.id,
        origin:
          intake.source === 'agent_submission' ? 'agent' : intake.source === 'share_link' ? 'share_link' : 'referral',
        actorMembershipId: intake.actorMembershipId,
      });
    for (const row of plan.rows) {
      const rowJob = row.jobId ? job : null;
      const id = await insertRow(tx, intake, candidateId, row.ownership, rowJob);
      made.push({ id, job: rowJob ? { id: rowJob.id, title: rowJob.title } : null, ownership: row.ownership });
    }
  }
  // The referral that speaks for the intake: the job-level one, else the candidate-level one.
  const primary = made.find((m) => m.job) ?? made[0];
  if (intake.source !== 'share_link' && intake.emailPerson !== false && person.email)
    await sendReferralReceived(tx, {
      companyId,
      referralId: primary.id,
      to: person.email,
      language: person.language ?? referrer.language,
      personFirstName: person.firstName,
      referrerName: referrer.name,
      jobTitles: jobs.map((j) => j.title),
      publicUrl: intake.publicUrl,
    });
  const hint = !jobs.length && policy.ownershipMode === 'submission' ? 'general_in_submission_mode' : null;
  return { referrals: made, hint };
}

/**
 * The candidate the referral is about. A known one (hiring's duplicate rules: the email, or a likely
 * duplicate by phone, LinkedIn or name and company) is refused unless the policy accepts known
 * candidates from this kind of referrer; then the referral attaches to them and nothing is duplicated.
 */
async function candidateFor(tx: Db, intake: Intake, acceptKnown: boolean) {
  const { companyId, person } = intake;
  if (intake.candidateId) {
    if (!acceptKnown && (await candidateExistedBefore(tx, companyId, intake.candidateId)))
      throw new AppError('referral.known_candidate');
    return intake.candidateId;
  }
  const matches = await findDuplicates(tx, companyId, {
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    phone: person.phone,
    linkedinUrl: person.linkedinUrl,
    currentCompany: person.company,
  });
  if (matches.length) {
    if (!acceptKnown) throw new AppError('referral.known_candidate');
    return (matches.find((m) => m.reason === 'email') ?? matches[0]).candidateId;
  }
  if (person.phone && !phoneKey(person.phone)) throw fieldError('phone', 'candidate.phone_invalid');
  try {
    return await tx.transaction((savepoint) =>
      insertCandidateRow(savepoint, companyId, intake.actorMembershipId, {
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        phone: person.phone,
        linkedinUrl: person.linkedinUrl,
        currentCompany: person.company,
        currentTitle: person.position,
        language: person.language ?? intake.referrer.language,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('referral.known_candidate');
    throw error;
  }
}

async function insertRow(
  tx: Db,
  intake: Intake,
  candidateId: string,
  ownership: 'candidate' | 'submission' | null,
  job: { id: string; departmentId: string | null } | null,
) {
  const { companyId, referrer, person } = intake;
  let referralId: string;
  try {
    referralId = await tx.transaction((savepoint) =>
      insertReferral(savepoint, {
        companyId,
        source: intake.source,
        referrerMembershipId: referrer.membershipId,
        candidateId,
        jobId: job?.id ?? null,
        departmentId: job?.departmentId ?? null,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        linkedinUrl: person.linkedinUrl,
        phone: person.phone,
        company: person.company,
        position: person.position,
        emailKey: emailKey(person.email),
        linkedinKey: linkedinKey(person.linkedinUrl),
        companyKey: companyKey(person.company) || null,
        searchVector: searchVectorOf({
          name: `${person.firstName} ${person.lastName}`,
          title: person.position,
          company: person.company,
          skills: [],
        }),
        status: 'applied',
        actedAt: new Date(),
        referrerNote: intake.note,
        relationship: intake.relationship,
        candidateAware: intake.candidateAware,
        shareLinkId: intake.shareLinkId ?? null,
        ownership,
      }),
    );
  } catch (error) {
    // The unique owner indexes: someone else's referral won a race past the checks.
    if (isUniqueViolation(error)) throw new AppError('referral.already_referred');
    throw error;
  }
  await publish(tx, { type: 'referral.created', companyId, referralId });
  await recordReferralEvent(tx, {
    companyId,
    referralId,
    from: null,
    to: 'applied',
    actorMembershipId: intake.actorMembershipId,
  });
  return referralId;
}

import type { TCheckChannel, TReferenceCheckSettings } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError, fieldProblems, notFound, problemWith, unknownId } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import { findJobRow } from '../../hiring/index.ts';
import { newLinkToken } from '../../tenancy/index.ts';
import { checkContextOf } from '../check-messages.ts';
import { clearStallsOfJob } from '../check-stalls.repo.ts';
import { type CheckStartFacts, checkStartFacts, insertCheck, lockCandidateContacts } from '../check-start.repo.ts';
import { runningCheckOf } from '../checks.repo.ts';
import { type NamedConsent, requireNamedConsent } from '../named-consent.ts';
import { afterRefereeChange } from './after-referee-change.ts';
import { checkSettingsProblems } from './check-settings.ts';
import { addReferees } from './name-referees.ts';
import type { RefereeFields } from './referee-input.ts';
import { sendCandidateLink } from './send-candidate-link.ts';

export type StartCheckInput = {
  companyId: string;
  actorMembershipId: string | null;
  candidateId: string;
  /**
   * The candidate's contact details when the caller's transaction created the candidate: no other
   * transaction can see it yet, so there is nothing to lock or read again.
   */
  createdCandidate?: { id: string; email: string | null; phone: string | null };
  jobId: string | null;
  /** The caller found (or made) `jobId` among the company's jobs in this transaction: not looked up again. */
  jobFound?: boolean;
  placementId: string | null;
  /**
   * Without `refereeVerification`, referees answer without a code (the API and partners never ask);
   * the instruction is a step's, so the profile and the API start checks without one.
   */
  settings: Omit<TReferenceCheckSettings, 'refereeVerification' | 'instruction'> &
    Partial<Pick<TReferenceCheckSettings, 'refereeVerification'>> & { instruction?: string | null };
  referees: RefereeFields[];
  /** How the candidate agreed to the referees given here (required when the candidate channel is `none`). */
  namedConsent?: NamedConsent;
  /** The API key that started it (and confirmed `namedConsent`), when the integration API did. */
  apiKeyId?: string | null;
  source: 'step' | 'profile' | 'api';
  externalId?: string | null;
  /** The partner protocol that starts it (`greenhouse`): its external ids need not be unique. */
  partner?: string | null;
  /**
   * The questionnaire's start facts when the caller read them already in this transaction (the API
   * reads them first, to tell whether its key may use the questionnaire): not read again.
   */
  templateFacts?: CheckStartFacts;
};

/** Why the candidate cannot be asked by this channel, or null when they can. */
export function candidateChannelProblem(
  channel: TCheckChannel,
  candidate: { email: string | null; phone: string | null },
) {
  if (channel === 'email' && !candidate.email) return 'reference_check.candidate_no_email';
  if (channel === 'sms' && !candidate.phone) return 'reference_check.candidate_no_phone';
  if (channel === 'email_and_sms' && !candidate.email && !candidate.phone)
    return 'reference_check.candidate_no_contact';
  return null;
}

/**
 * Starts a reference check: pins the questionnaire's current version (and its other languages'),
 * copies the settings, names
 * the referees given (and invites them) and asks the candidate by the candidate channel. One running
 * check per candidate and job (409 otherwise, naming the running check as `reference_check_id`).
 * Runs in one transaction (a savepoint when the caller is in one already); returns the new check's
 * id. Used by the profile, the process step and the API.
 */
export async function startReferenceCheck(db: Db, config: Pick<Config, 'publicUrl'>, input: StartCheckInput) {
  return db.transaction((tx) => startReferenceCheckIn(tx, config, input));
}

/**
 * The same inside the caller's transaction, without a savepoint of its own: for a caller whose
 * transaction fails as a whole when the start fails (the API's start), two round trips fewer.
 */
export async function startReferenceCheckIn(tx: Db, config: Pick<Config, 'publicUrl'>, input: StartCheckInput) {
  const { companyId, settings } = input;
  // A candidate the caller's transaction created has no checks or stalls yet: nothing to lock or read.
  const created = input.createdCandidate?.id === input.candidateId ? input.createdCandidate : null;
  const candidate = created ?? (await lockCandidateContacts(tx, companyId, input.candidateId));
  if (!candidate) throw notFound();
  // The job's title shows on the check and the candidate's page: it must be this company's.
  if (input.jobId && !input.jobFound && !(await findJobRow(tx, companyId, input.jobId)))
    throw unknownId('jobId', 'job.unknown_job');
  // The questionnaire's state, versions and the link days in one statement; the settings checked on it.
  const facts = input.templateFacts ?? (await checkStartFacts(tx, companyId, settings.templateId));
  const problems = await checkSettingsProblems(tx, companyId, settings, { template: facts });
  if (problems.length) throw fieldProblems(problems);
  const channelProblem = candidateChannelProblem(settings.candidateChannel, candidate);
  if (channelProblem) throw fieldError('candidateChannel', channelProblem);
  // Whoever names the referees (a recruiter here, or an ATS through the API) says how the candidate agreed.
  const consent = input.referees.length
    ? requireNamedConsent(settings.candidateChannel, input.namedConsent, 'refereeConsent')
    : null;
  const running = created ? null : await runningCheckOf(tx, companyId, candidate.id, input.jobId);
  if (running)
    throw problemWith(
      'reference_check.already_running',
      { checkId: running.id },
      { extra: { reference_check_id: running.id } },
    );

  if (!facts?.versionId) throw fieldError('templateId', 'questionnaire.no_questions');
  // The candidate asked at once gets a link written with the check's own insert.
  const candidateLink = settings.candidateChannel !== 'none' ? newLinkToken() : null;

  const { about, ...check } = await insertCheck(
    tx,
    companyId,
    {
      candidateId: candidate.id,
      jobId: input.jobId,
      placementId: input.placementId,
      subAccountId: settings.subAccountId,
      versionId: facts.versionId,
      language: settings.language,
      candidateChannel: settings.candidateChannel,
      refereeChannel: settings.refereeChannel,
      refereeVerification: settings.refereeVerification ?? 'none',
      refereesWanted: settings.refereesWanted,
      instruction: settings.instruction ?? null,
      source: input.source,
      externalId: input.externalId ?? null,
      partner: input.partner ?? null,
      createdById: input.actorMembershipId,
      linksExpireAt: new Date(Date.now() + facts.linkDays * 86_400_000),
    },
    facts.familyVersions,
    candidateLink?.tokenHash,
  );
  // A step that stalled for want of contact details for this job is resolved by this check.
  if (input.jobId && !created) await clearStallsOfJob(tx, companyId, candidate.id, input.jobId);
  // First, so an integrator hears of the check before any referee named with it.
  await publish(tx, { type: 'reference_check.created', companyId: check.companyId, checkId: check.id });
  if (input.referees.length) {
    await addReferees(tx, config, check, input.referees, input.source === 'api' ? 'api' : 'recruiter', 'referees', {
      consent,
      byMembershipId: input.actorMembershipId,
      byApiKeyId: input.apiKeyId,
    });
    await afterRefereeChange(tx, config, check);
  }
  if (settings.candidateChannel !== 'none') {
    // The check as inserted is the check still, unless referees named with it changed it: then it is read again.
    const context = input.referees.length ? undefined : checkContextOf(check, about);
    await sendCandidateLink(tx, config, check.companyId, check.id, { context, token: candidateLink?.token });
  }
  return check.id;
}

import type { TCheckStatus, TLanguage, TQuestionnaireContent } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, notFound, unknownId } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { candidateKeys, emailKey, phoneKey, searchVectorOf } from '../../hiring/index.ts';
import { startReferenceCheck } from '../../references/index.ts';
import {
  answersOfCheck,
  countFraudSignals,
  findCandidateByEmailKey,
  findPartnerCheckByCallbackUrl,
  findTemplateForKey,
  findTestStatusCheck,
  insertCandidateUnlessTaken,
  listTemplatesForKey,
  setPartnerCallback,
} from '../greenhouse.repo.ts';
import { candidateWithExternalId, rememberCandidateExternalId } from './v1-match.ts';
import { assertTarget } from './webhook-policy.ts';

/**
 * Greenhouse's assessment partner protocol, with Vouch as the partner: a test is a questionnaire
 * template, a test instance (`partner_interview_id`) is a reference check. See greenhouse.routes.ts
 * for the field-by-field notes.
 */

export const GREENHOUSE = 'greenhouse';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', sv: 'Swedish' };

export type GreenhouseTest = { partner_test_id: string; partner_test_name: string };

export type SendTestInput = {
  partner_test_id: string;
  candidate: {
    first_name: string;
    last_name: string;
    email: string;
    phone_number?: string | null;
    resume_url?: string | null;
    greenhouse_profile_url?: string | null;
  };
  url: string;
};

export type GreenhouseTestStatus = {
  partner_status: string;
  partner_profile_url?: string;
  partner_score?: number;
  metadata: Record<string, string>;
};

const testName = (t: { name: string; language: string }) => `${t.name} (${LANGUAGE_NAMES[t.language] ?? t.language})`;

/** `list_tests`: the non-archived questionnaires the key may use, named with their language. */
export async function listGreenhouseTests(ctx: ApiCtx): Promise<GreenhouseTest[]> {
  const rows = await listTemplatesForKey(ctx.db, ctx.tenantId, ctx.apiKey.subAccountId);
  return rows.map((t) => ({ partner_test_id: t.id, partner_test_name: testName(t) }));
}

/** Greenhouse's person and application ids from `greenhouse_profile_url` (`/people/<id>?application_id=<id>`). */
export function greenhouseIds(profileUrl: string | null | undefined) {
  if (!profileUrl) return { personId: null, applicationId: null };
  try {
    const url = new URL(profileUrl);
    const person = /\/people\/(\d+)/.exec(url.pathname)?.[1] ?? null;
    const application = url.searchParams.get('application_id');
    return { personId: person, applicationId: application && /^\d+$/.test(application) ? application : null };
  } catch {
    return { personId: null, applicationId: null };
  }
}

/** The candidate with this email in the company (emails are unique per company), or a new one. */
async function findOrCreateCandidate(db: Db, ctx: ApiCtx, input: SendTestInput['candidate'], language: TLanguage) {
  const key = emailKey(input.email);
  if (!key) throw fieldError('candidate.email', 'candidate.needs_email');
  const { personId } = greenhouseIds(input.greenhouse_profile_url);
  const existing = () => findCandidateByEmailKey(db, ctx.tenantId, key);
  let found = await existing();
  if (!found) {
    // A phone Greenhouse sends in a form Vouch cannot read is dropped rather than refusing the test.
    const phone = input.phone_number && phoneKey(input.phone_number) ? input.phone_number : null;
    const fields = {
      firstName: input.first_name,
      lastName: input.last_name,
      email: input.email,
      phone,
      linkedinUrl: null,
      currentCompany: null,
    };
    await insertCandidateUnlessTaken(db, ctx.tenantId, {
      ...fields,
      ...candidateKeys(fields),
      language,
      // Greenhouse's person id, unless a candidate with another email holds it already.
      externalId: (await candidateWithExternalId(db, ctx.tenantId, personId)) ? null : personId,
      createdById: ctx.apiKey.createdById,
      searchVector: searchVectorOf(fields),
    });
    found = await existing();
    if (!found) throw new AppError('candidate.save_failed');
  } else if (!found.externalId && personId) {
    await rememberCandidateExternalId(db, ctx.tenantId, found.id, personId);
  }
  return found.id;
}

/**
 * `send_test`: finds or creates the candidate, starts a check on the chosen questionnaire (the
 * candidate is emailed to name three referees, who are emailed in turn) and remembers Greenhouse's
 * callback URL. Sending the same `url` again returns the same check, so a retried request never
 * starts a second one.
 */
export async function sendGreenhouseTest(ctx: ApiCtx, input: SendTestInput): Promise<{ partner_interview_id: string }> {
  const unknownTest = () => unknownId('partner_test_id', 'greenhouse.unknown_test');
  if (!UUID.test(input.partner_test_id)) throw unknownTest();
  const template = await findTemplateForKey(ctx.db, ctx.tenantId, ctx.apiKey.subAccountId, input.partner_test_id);
  if (!template) throw unknownTest();
  // The callback is checked like a webhook endpoint, so a refused address is said now, not never.
  await assertTarget(ctx.db, ctx.config.webhookPrivateNetworks, ctx.tenantId, input.url, 'url');

  return ctx.db.transaction(async (tx) => {
    const again = await findPartnerCheckByCallbackUrl(tx, ctx.tenantId, GREENHOUSE, input.url);
    if (again) return { partner_interview_id: again.id };

    const candidateId = await findOrCreateCandidate(tx, ctx, input.candidate, template.language);
    const { applicationId } = greenhouseIds(input.candidate.greenhouse_profile_url);
    const checkId = await startReferenceCheck(tx, ctx.config, {
      companyId: ctx.tenantId,
      actorMembershipId: ctx.apiKey.createdById,
      candidateId,
      jobId: null,
      placementId: null,
      settings: {
        subAccountId: template.subAccountId ?? ctx.apiKey.subAccountId,
        language: template.language,
        templateId: template.id,
        candidateChannel: 'email',
        refereeChannel: 'email',
        refereesWanted: 3,
      },
      referees: [],
      source: 'api',
      externalId: applicationId,
      partner: GREENHOUSE,
    });
    await setPartnerCallback(tx, ctx.tenantId, checkId, GREENHOUSE, input.url);
    return { partner_interview_id: checkId };
  });
}

/** Vouch's check statuses as `partner_status`; Greenhouse only defines `complete`, the rest are ours. */
export const PARTNER_STATUS: Record<TCheckStatus, string> = {
  awaiting_referees: 'pending',
  in_progress: 'in_progress',
  completed: 'complete',
  cancelled: 'cancelled',
  expired: 'expired',
};

/**
 * The mean of every answered rating, each normalised to 0–100 (r on a 1..scale question is
 * (r − 1) / (scale − 1) × 100), rounded; null when no rating was answered.
 */
export function ratingScore(content: TQuestionnaireContent, answerSets: Record<string, unknown>[]): number | null {
  const ratings = content.sections.flatMap((s) => s.questions).filter((q) => q.type === 'rating');
  const values: number[] = [];
  for (const answers of answerSets) {
    for (const q of ratings) {
      const r = answers[q.id];
      if (typeof r === 'number' && r >= 1 && r <= q.scale) values.push(((r - 1) / (q.scale - 1)) * 100);
    }
  }
  if (!values.length) return null;
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export const reportUrlOf = (config: Pick<Config, 'publicUrl'>, checkId: string) =>
  `${config.publicUrl}/reference-checks/${checkId}/report`;

/** `test_status`: the check's state, and once complete the report link and the score. */
export async function greenhouseTestStatus(ctx: ApiCtx, partnerInterviewId: string): Promise<GreenhouseTestStatus> {
  if (!UUID.test(partnerInterviewId)) throw notFound('greenhouse.test_instance_not_found');
  const sub = ctx.apiKey.subAccountId;
  const check = await findTestStatusCheck(ctx.db, ctx.tenantId, partnerInterviewId, sub);
  if (!check) throw notFound('greenhouse.test_instance_not_found');

  const answered = await answersOfCheck(ctx.db, ctx.tenantId, check.id);
  const signalCount = await countFraudSignals(ctx.db, ctx.tenantId, check.id);

  const status = check.status;
  const metadata: Record<string, string> = {
    'Vouch status': status,
    'Referees wanted': String(check.refereesWanted),
    'Referees answered': String(answered.length),
    'Fraud signals': String(signalCount),
    'Started at': check.createdAt.toISOString(),
  };
  if (check.completedAt) metadata['Completed at'] = check.completedAt.toISOString();
  const result: GreenhouseTestStatus = { partner_status: PARTNER_STATUS[status], metadata };
  if (status === 'completed') {
    result.partner_profile_url = reportUrlOf(ctx.config, check.id);
    const score = ratingScore(
      check.content,
      answered.map((r) => r.answers),
    );
    if (score !== null) result.partner_score = score;
  }
  return result;
}

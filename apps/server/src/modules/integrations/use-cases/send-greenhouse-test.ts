import type { TLanguage } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, unknownId } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { candidateKeys, emailKey, phoneKey, searchVectorOf } from '../../hiring/index.ts';
import { startReferenceCheck } from '../../references/index.ts';
import { candidateWithExternalId, rememberCandidateExternalId } from '../external-id-match.ts';
import {
  findCandidateByEmailKey,
  findPartnerCheckByCallbackUrl,
  findTemplateForKey,
  insertCandidateUnlessTaken,
  setPartnerCallback,
} from '../greenhouse.repo.ts';
import { GREENHOUSE, greenhouseIds, type SendTestInput, UUID } from '../greenhouse-protocol.ts';
import { assertTarget } from '../webhook-policy.ts';

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

import { CONSENT_TEXT_VERSION, type TRefereeDevice } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { fieldError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { changeThroughToken } from '../candidate-page-access.ts';
import { updateCheck } from '../checks.repo.ts';
import { referenceChecks } from '../references.tables.ts';
import { detectFraudSignals } from './detect-fraud-signals.ts';

/** Records the candidate's consent: when, to which text, from which address and device. */
export const giveConsent = (
  ctx: PublicCtx,
  token: string,
  input: { consentVersion: string; device: TRefereeDevice; ip: string; browserId: string },
) =>
  changeThroughToken(ctx, token, async (tx, check) => {
    if (input.consentVersion !== CONSENT_TEXT_VERSION)
      throw fieldError('consentVersion', 'candidate_page.consent_text_changed');
    await updateCheck(tx, check.companyId, check.id, {
      candidateConsentAt: sql`coalesce(${referenceChecks.candidateConsentAt}, now())`,
      candidateConsentVersion: input.consentVersion,
      candidateIp: input.ip,
      candidateDevice: { ...input.device, browserId: input.browserId },
      updatedAt: sql`now()`,
    });
    await detectFraudSignals(tx, check.companyId, check.id);
  });

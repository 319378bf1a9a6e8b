import type { TNamedConsent } from '@vouch/contracts';
import { fieldError } from '../../platform/errors.ts';

/**
 * When the recruiter names the referees (candidate channel `none`), the candidate never confirms on
 * our page that they may be contacted, so the recruiter says how the candidate agreed: recorded on
 * each referee with who confirmed it and when, and shown on the check.
 */
export type NamedConsent = { method: NonNullable<TNamedConsent['method']>; note: string | null };

/** The confirmation a recruiter must give here, or a field error naming `field` when it is missing. */
export function requireNamedConsent(
  candidateChannel: string,
  consent: NamedConsent | undefined,
  field: string,
): NamedConsent | null {
  if (candidateChannel !== 'none') return consent ?? null;
  if (!consent) throw fieldError(field, 'reference_check.named_consent_required');
  return consent;
}

/** Who confirmed it: a member in the app, or an API key (the ATS that named the referees). */
export type NamedConsentGiven = {
  consent: NamedConsent | null;
  byMembershipId: string | null;
  byApiKeyId?: string | null;
};

/** The referee columns that record it. */
export const namedConsentColumns = ({ consent, byMembershipId, byApiKeyId }: NamedConsentGiven) =>
  consent
    ? {
        namedConsentMethod: consent.method,
        namedConsentNote: consent.note,
        namedConsentAt: new Date(),
        namedConsentById: byApiKeyId ? null : byMembershipId,
        namedConsentApiKeyId: byApiKeyId ?? null,
      }
    : {};

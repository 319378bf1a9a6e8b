import type { TProblemReason, ZRefereeInput } from '@vouch/contracts';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
// The full metadata knows which numbers are landlines; the default build cannot tell.
import { parsePhoneNumberFromString as parseWithTypes } from 'libphonenumber-js/max';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, type FieldError, fieldProblem } from '../../../platform/errors.ts';
import { findRefereeRulesContext, otherRefereeContacts } from '../referees.repo.ts';

type RefereeProblem = Extract<TProblemReason, `referee.${string}`>;

/** A referee as parsed from any request (the candidate's page, a recruiter, the API). */
export type RefereeFields = z.output<typeof ZRefereeInput>;

/** What is stored for a referee's details once they pass the rules. */
export type NormalisedReferee = Omit<RefereeFields, 'phone'> & { phone: string | null; emailKey: string | null };

const DEFAULT_COUNTRY: CountryCode = 'SE';

/** A phone as E.164, read with the country of `nearby` (e.g. the candidate's number) as the default; null when invalid. */
export function e164(phone: string, nearby: string | null): string | null {
  const country = (nearby && parsePhoneNumberFromString(nearby)?.country) || DEFAULT_COUNTRY;
  const parsed = parsePhoneNumberFromString(phone, country);
  return parsed?.isValid() ? parsed.number : null;
}

/** A number that can only be a landline (not one that may be either, as in the US). */
export const isLandline = (e164Phone: string) => parseWithTypes(e164Phone)?.getType() === 'FIXED_LINE';

/**
 * The rules every way of naming referees shares: a valid phone (stored E.164), an email or phone and
 * the one the referee channel needs (a mobile, not a landline, when texts are the only way), never the candidate's own contact details, and not the same
 * person twice in the check. `path` prefixes field names: `referees` gives `referees.1.email`, an
 * empty path gives `email`. `replacing` is a referee being corrected (not compared with itself);
 * `byCandidate` words the messages for the candidate.
 * Throws one 400 naming every field at fault.
 */
export async function normaliseReferees(
  db: Db,
  companyId: string,
  checkId: string,
  inputs: RefereeFields[],
  options: { path?: string; replacing?: string; byCandidate?: boolean } = {},
): Promise<NormalisedReferee[]> {
  const context = await findRefereeRulesContext(db, companyId, checkId);
  const others = await otherRefereeContacts(db, companyId, checkId, options.replacing);
  const takenEmails = new Set(others.map((o) => o.emailKey).filter(Boolean));
  const takenPhones = new Set(others.map((o) => o.phone).filter(Boolean));
  const channel = context.channel;
  const errors: FieldError[] = [];
  const fieldOf = (i: number, field: string) => (options.path ? `${options.path}.${i}.${field}` : field);

  const result = inputs.map((input, i) => {
    const fail = (field: string, reason: RefereeProblem) => errors.push(fieldProblem(fieldOf(i, field), reason));
    const emailKey = input.email ? input.email.trim().toLowerCase() : null;
    let phone: string | null = null;
    if (input.phone) {
      phone = e164(input.phone, context.candidatePhone);
      if (!phone) fail('phone', 'referee.phone_invalid');
    }
    if (!emailKey && !input.phone) fail('email', 'referee.contact_needed');
    else if (channel === 'email' && !emailKey) fail('email', 'referee.email_required');
    else if (channel === 'sms' && !input.phone) fail('phone', 'referee.phone_required');
    else if (channel === 'sms' && phone && isLandline(phone)) fail('phone', 'referee.phone_landline');

    // The candidate reads "your own"; a recruiter or an integration reads "the candidate's own".
    const own = options.byCandidate;
    if (emailKey && emailKey === context.candidateEmail)
      fail('email', own ? 'referee.your_own_email' : 'referee.candidate_own_email');
    else if (emailKey && takenEmails.has(emailKey)) fail('email', 'referee.already_named');
    if (phone && phone === context.candidatePhone)
      fail('phone', own ? 'referee.your_own_phone' : 'referee.candidate_own_phone');
    else if (phone && takenPhones.has(phone)) fail('phone', 'referee.already_named');
    if (emailKey) takenEmails.add(emailKey);
    if (phone) takenPhones.add(phone);
    return { ...input, email: input.email?.trim() || null, emailKey, phone };
  });
  if (errors.length) throw new AppError(errors[0].reason ?? 'validation_failed', {}, { fieldErrors: errors });
  return result;
}

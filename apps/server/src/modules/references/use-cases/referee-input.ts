import type { ZRefereeInput } from '@vouch/contracts';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { findRefereeRulesContext, otherRefereeContacts } from '../referees.repo.ts';

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

/**
 * The rules every way of naming referees shares: a valid phone (stored E.164), an email or phone and
 * the one the referee channel needs, never the candidate's own contact details, and not the same
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
    const fail = (field: string, message: string) => errors.push({ field: fieldOf(i, field), message });
    const emailKey = input.email ? input.email.trim().toLowerCase() : null;
    let phone: string | null = null;
    if (input.phone) {
      phone = e164(input.phone, context.candidatePhone);
      if (!phone) fail('phone', 'Not a valid phone number');
    }
    if (!emailKey && !input.phone) fail('email', 'Give an email address or a mobile number');
    else if (channel === 'email' && !emailKey) fail('email', 'Required: invitations go by email');
    else if (channel === 'sms' && !input.phone) fail('phone', 'Required: invitations go by text message');

    // The candidate reads "your own"; a recruiter or an integration reads "the candidate's own".
    const own = options.byCandidate ? 'your own' : "the candidate's own";
    if (emailKey && emailKey === context.candidateEmail) fail('email', `This is ${own} email address`);
    else if (emailKey && takenEmails.has(emailKey)) fail('email', 'This person is already a referee');
    if (phone && phone === context.candidatePhone) fail('phone', `This is ${own} phone number`);
    else if (phone && takenPhones.has(phone)) fail('phone', 'This person is already a referee');
    if (emailKey) takenEmails.add(emailKey);
    if (phone) takenPhones.add(phone);
    return { ...input, email: input.email?.trim() || null, emailKey, phone };
  });
  if (errors.length) throw new AppError('validation_failed', errors[0].message, errors);
  return result;
}

import { parseConnectedOn } from './dates.ts';
import type { Contact, ParsedRow, RawContact } from './types.ts';

// Generous caps that no real contact reaches; they keep a corrupt file out of the database.
const MAX_NAME_LENGTH = 200;
const MAX_TEXT_LENGTH = 500;

// Deliberately loose: the address is only used to contact or match people, and mail servers
// accept far more than any strict pattern would.
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]{2,}$/u;
// Most values hold only single spaces, which lets them skip the whitespace rewrite.
const UNUSUAL_WHITESPACE = /\s\s|[^\S ]/u;
// The shape of nearly every URL in an export; matching it skips the slower URL parser.
const PLAIN_PROFILE_URL = /^https?:\/\/(?:[a-z]{2,3}\.)?linkedin\.com\/in\/([A-Za-z0-9_-]+)\/?$/i;

/** Trims, joins runs of whitespace, and normalises to NFC so "Å" typed two ways compares equal. */
function cleanText(value: string | undefined): string | null {
  if (!value) return null;
  const spaced = UNUSUAL_WHITESPACE.test(value) ? value.replace(/\s+/gu, ' ') : value;
  const cleaned = spaced.normalize('NFC').trim();
  return cleaned ? cleaned : null;
}

/** "Åsa Öberg" → Åsa / Öberg; "Öberg, Åsa" → Åsa / Öberg; "李雷" → 李雷 / "". */
export function splitFullName(fullName: string): { firstName: string; lastName: string } {
  const comma = fullName.indexOf(',');
  if (comma > 0) {
    return { firstName: fullName.slice(comma + 1).trim(), lastName: fullName.slice(0, comma).trim() };
  }
  const space = fullName.indexOf(' ');
  if (space < 0) return { firstName: fullName, lastName: '' };
  return { firstName: fullName.slice(0, space), lastName: fullName.slice(space + 1) };
}

/**
 * Canonical form of a LinkedIn profile URL, so the same person imported twice matches:
 * https://www.linkedin.com/in/<lower-case slug>. Other linkedin.com URLs are kept as given;
 * anything that is not LinkedIn gives null.
 */
export function normaliseLinkedinUrl(value: string): string | null {
  const plain = value.match(PLAIN_PROFILE_URL);
  if (plain) return `https://www.linkedin.com/in/${plain[1].toLowerCase()}`;
  const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const profile = url.pathname.match(/^\/in\/([^/]+)/);
  if (!profile) return `https://${host}${url.pathname}`;
  let slug = profile[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // Keep a malformed escape as it is; it still identifies the profile.
  }
  return `https://www.linkedin.com/in/${slug.normalize('NFC').toLowerCase()}`;
}

function cleanEmail(value: string | undefined): string | null {
  const cleaned = cleanText(value)?.replace(/^mailto:/i, '');
  return cleaned ? cleaned : null;
}

function tooLong(contact: Contact): string | null {
  for (const field of ['firstName', 'lastName'] as const) {
    if (contact[field].length > MAX_NAME_LENGTH) return `${field} is longer than ${MAX_NAME_LENGTH} characters`;
  }
  for (const field of ['email', 'linkedinUrl', 'company', 'position', 'phone'] as const) {
    if ((contact[field]?.length ?? 0) > MAX_TEXT_LENGTH) return `${field} is longer than ${MAX_TEXT_LENGTH} characters`;
  }
  return null;
}

/** Validates and normalises one row read from any format. */
export function toParsedRow(raw: RawContact, line: number): ParsedRow {
  let firstName = cleanText(raw.firstName) ?? '';
  let lastName = cleanText(raw.lastName) ?? '';
  const fullName = cleanText(raw.fullName);
  if (!firstName && !lastName && fullName) ({ firstName, lastName } = splitFullName(fullName));
  if (!firstName && !lastName) return { kind: 'rejected', line, reason: 'missing name' };

  const linkedinText = cleanText(raw.linkedinUrl);
  const linkedinUrl = linkedinText ? normaliseLinkedinUrl(linkedinText) : null;
  let email = cleanEmail(raw.email);
  if (email && !EMAIL.test(email)) {
    // A bad address is not worth losing the contact over when the profile still identifies them.
    if (!linkedinUrl) return { kind: 'rejected', line, reason: `invalid email "${email}"` };
    email = null;
  }
  const company = cleanText(raw.company);
  if (!email && !linkedinUrl && !company) {
    return { kind: 'rejected', line, reason: 'needs an email address, a LinkedIn URL or a company' };
  }

  const contact: Contact = {
    firstName,
    lastName,
    email,
    linkedinUrl,
    company,
    position: cleanText(raw.position),
    connectedOn: parseConnectedOn(cleanText(raw.connectedOn)),
  };
  if (raw.phone !== undefined) contact.phone = cleanText(raw.phone);
  const lengthProblem = tooLong(contact);
  if (lengthProblem) return { kind: 'rejected', line, reason: lengthProblem };
  return { kind: 'contact', line, contact };
}

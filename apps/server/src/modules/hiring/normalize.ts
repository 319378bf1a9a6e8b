import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The keys duplicate detection and matching compare. Pure functions, unit-tested; stored beside the
 * raw values so lookups are index scans.
 */

/** Email folded for uniqueness: lower case, every space removed. */
export function emailKey(email: string | null | undefined): string | null {
  if (!email) return null;
  const key = email.replace(/\s+/g, '').toLowerCase();
  return key || null;
}

/** Phone as E.164. Numbers without a country code are read as Swedish, the home market's default. */
export function phoneKey(phone: string | null | undefined, defaultCountry: 'SE' | 'GB' | 'US' = 'SE'): string | null {
  if (!phone) return null;
  const parsed = parsePhoneNumberFromString(phone, defaultCountry);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * A LinkedIn profile URL reduced to `linkedin.com/in/<slug>`: scheme, `www.`/country subdomains,
 * query, fragment, trailing slash and case do not matter. Other URLs are kept lower-cased.
 */
export function linkedinKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!trimmed) return null;
  // The shape contact imports already store: skip the URL parser, which dominates a large import.
  const canonical = CANONICAL_PROFILE.exec(trimmed);
  if (canonical) return `linkedin.com/in/${canonical[1]}`;
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return trimmed.toLowerCase();
  }
  const host = parsed.hostname.toLowerCase();
  const path = decodePath(parsed.pathname).toLowerCase().replace(/\/+$/, '');
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
    const match = path.match(/^\/(in|pub)\/([^/]+)/);
    if (match) return `linkedin.com/in/${match[2]}`;
    return `linkedin.com${path}`;
  }
  return `${host}${path}`;
}

const CANONICAL_PROFILE = /^https:\/\/www\.linkedin\.com\/in\/([a-z0-9_-]+)\/?$/;

/** A stray `%` in a pasted URL is not worth an error: keep the path as written. */
function decodePath(path: string) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const LEGAL_SUFFIXES = new Set([
  'ab',
  'publ',
  'ltd',
  'limited',
  'llp',
  'llc',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'as',
  'asa',
  'oy',
  'oyj',
  'aps',
  'bv',
  'nv',
  'sa',
  'sas',
  'srl',
  'plc',
  'pty',
  'group',
  'holding',
]);

/** Employer names folded so "Dentons", "Dentons LLP" and "DENTONS" are one. */
export function companyKey(name: string | null | undefined): string {
  if (!name) return '';
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

export function nameCompanyKey(firstName: string, lastName: string, currentCompany: string | null | undefined) {
  const company = companyKey(currentCompany);
  if (!company) return null;
  const name = `${firstName} ${lastName}`.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${name}|${company}`;
}

type CandidateKeySource = {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  currentCompany?: string | null;
};

export function candidateKeys(c: CandidateKeySource) {
  return {
    emailKey: emailKey(c.email),
    phoneKey: phoneKey(c.phone),
    linkedinKey: linkedinKey(c.linkedinUrl),
    nameCompanyKey: nameCompanyKey(c.firstName, c.lastName, c.currentCompany),
  };
}

import type { TExclusionKind } from '@vouch/contracts';
import { companyKey, emailKey, linkedinKey } from '../hiring/index.ts';

/**
 * Which folded keys an exclusion stands for, and whether a contact hits one. Pure, so the importer
 * can drop excluded rows in memory; lists and search use the SQL twin in exclusions.repo.ts.
 */

export type ExclusionRule = { kind: TExclusionKind; value: string; variants?: readonly string[] };
export type ContactForExclusion = { email?: string | null; linkedinUrl?: string | null; company?: string | null };
export type ExclusionIndex = { readonly byKind: Record<TExclusionKind, ReadonlySet<string>> };

/** `@Initech.com ` and `initech.com` are one domain. */
export function domainKey(domain: string | null | undefined): string | null {
  const key = domain?.trim().toLowerCase().replace(/^@+/, '');
  return key || null;
}

/** The key of one entered value; null when nothing is left to match on (e.g. a name of only punctuation). */
export function exclusionKeyOf(kind: TExclusionKind, value: string): string | null {
  switch (kind) {
    case 'company_name':
      return companyKey(value) || null;
    case 'email_domain':
      return domainKey(value);
    case 'email':
      return emailKey(value);
    case 'linkedin_url':
      return linkedinKey(value);
  }
}

/** Every key of a rule, the name's and its variants', each once. */
export function exclusionKeysOf(rule: ExclusionRule): string[] {
  const values = rule.kind === 'company_name' ? [rule.value, ...(rule.variants ?? [])] : [rule.value];
  const keys = values.map((v) => exclusionKeyOf(rule.kind, v)).filter((k): k is string => !!k);
  return [...new Set(keys)];
}

export function indexExclusions(rules: readonly ExclusionRule[]): ExclusionIndex {
  const byKind: Record<TExclusionKind, Set<string>> = {
    company_name: new Set(),
    email_domain: new Set(),
    email: new Set(),
    linkedin_url: new Set(),
  };
  for (const rule of rules) for (const key of exclusionKeysOf(rule)) byKind[rule.kind].add(key);
  return { byKind };
}

/** Pass an index when checking many contacts against the same rules. */
export function isExcluded(contact: ContactForExclusion, exclusions: readonly ExclusionRule[] | ExclusionIndex) {
  const { byKind } = 'byKind' in exclusions ? exclusions : indexExclusions(exclusions);
  const email = emailKey(contact.email);
  // The part after the first `@`, as the SQL twin's split_part reads it.
  const domain = email?.split('@')[1] || null;
  const linkedin = linkedinKey(contact.linkedinUrl);
  const company = companyKey(contact.company);
  return (
    (!!email && byKind.email.has(email)) ||
    (!!domain && byKind.email_domain.has(domain)) ||
    (!!linkedin && byKind.linkedin_url.has(linkedin)) ||
    (!!company && byKind.company_name.has(company))
  );
}

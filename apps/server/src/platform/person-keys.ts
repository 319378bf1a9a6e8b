/**
 * The keys by which one person — or a batch of people the retention job anonymises together — is
 * found in every module's tables. The privacy module gathers them; each module's eraser (exported
 * from its index) removes what it holds for them. Set-based: every eraser takes the whole batch.
 */
export type PersonKeys = {
  candidateIds: string[];
  refereeIds: string[];
  contactIds: string[];
  membershipIds: string[];
  /** Lower-cased emails. */
  emails: string[];
  /** Phones as stored: E.164 and as typed. */
  phones: string[];
  /** Normalised profile paths (`linkedin.com/in/…`). */
  linkedinKeys: string[];
};

/** What an eraser did: rows per kind of data (`candidates`, `messages`, …). */
export type Erased = Record<string, number>;

export const noKeys = (): PersonKeys => ({
  candidateIds: [],
  refereeIds: [],
  contactIds: [],
  membershipIds: [],
  emails: [],
  phones: [],
  linkedinKeys: [],
});

/** Adds counts into a running total, leaving out kinds with none. */
export function addErased(total: Erased, more: Erased) {
  for (const [kind, n] of Object.entries(more)) if (n > 0) total[kind] = (total[kind] ?? 0) + n;
  return total;
}

/** Texts to look for inside copies (webhook payloads, replayed responses): ids, emails and phones, as LIKE patterns. */
export function needlesOf(keys: PersonKeys): string[] {
  const words = [...keys.candidateIds, ...keys.refereeIds, ...keys.contactIds, ...keys.emails, ...keys.phones].filter(
    Boolean,
  );
  return [...new Set(words)].map(
    (w) => `%${w.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`,
  );
}

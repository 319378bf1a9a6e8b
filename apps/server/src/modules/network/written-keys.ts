import type { ContactValues } from './contact-merge.ts';

/**
 * Which contacts a batch could match, without asking the database when the answer is known. Into a
 * network that was empty when the import began, a batch can only match what earlier batches of the
 * same import wrote; remembering those keys spares a lookup per batch on the most common large
 * import, the first one. Past `maxKeys` (a memory bound) it stops remembering and says "ask".
 */
export type BatchKeys = { linkedin: string[]; email: string[] };

export function trackWrittenKeys(networkWasEmpty: boolean, maxKeys = 400_000) {
  const written = new Set<string>();
  let known = networkWasEmpty;
  return {
    /** False only when certainly none of the keys is stored yet. */
    mayMatch(keys: BatchKeys): boolean {
      if (!known) return true;
      return keys.linkedin.some((k) => written.has(`l:${k}`)) || keys.email.some((k) => written.has(`e:${k}`));
    },
    remember(rows: readonly ContactValues[]) {
      if (!known) return;
      for (const row of rows) {
        if (row.linkedinKey) written.add(`l:${row.linkedinKey}`);
        if (row.emailKey) written.add(`e:${row.emailKey}`);
      }
      if (written.size > maxKeys) {
        known = false;
        written.clear();
      }
    },
  };
}

export function keysOf(rows: readonly ContactValues[]): BatchKeys {
  const keys = { linkedin: new Set<string>(), email: new Set<string>() };
  for (const { linkedinKey, emailKey } of rows) {
    if (linkedinKey) keys.linkedin.add(linkedinKey);
    if (emailKey) keys.email.add(emailKey);
  }
  return { linkedin: [...keys.linkedin], email: [...keys.email] };
}

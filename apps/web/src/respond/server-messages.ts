import { describeProblem, type TLanguage } from '@vouch/contracts';

/**
 * The server names each failure by a reason with parameters; a candidate or referee reads it in the
 * page's language. Only a schema's own messages (checked before any reason exists) come as English
 * words, and the few of those these pages can meet are translated here.
 */
const SV_SCHEMA: Record<string, string> = {
  Required: 'Obligatoriskt',
  'Not a valid email address': 'Ange en giltig e-postadress',
  'Not a valid phone number': 'Ange ett giltigt telefonnummer',
};
const SV_SCHEMA_PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^At most (\d+) characters$/, (m) => `Högst ${m[1]} tecken`],
];

function translateSchemaMessage(message: string, language: TLanguage): string {
  if (language !== 'sv') return message;
  if (SV_SCHEMA[message]) return SV_SCHEMA[message];
  for (const [pattern, render] of SV_SCHEMA_PATTERNS) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return message;
}

/** The words for a problem or a field error: by its reason when the server gave one, else its message. */
export function translateServerMessage(
  problem: { message: string; reason?: unknown; params?: unknown },
  language: string | undefined,
): string {
  const lang: TLanguage = language === 'sv' ? 'sv' : 'en';
  const params =
    problem.params && typeof problem.params === 'object' ? (problem.params as Record<string, unknown>) : {};
  return describeProblem(lang, problem.reason, params) ?? translateSchemaMessage(problem.message, lang);
}

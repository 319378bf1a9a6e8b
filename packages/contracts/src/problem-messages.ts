import type { TLanguage } from './common.ts';
import { PROBLEM_MESSAGES_EN } from './problem-messages.en.ts';
import { PROBLEM_MESSAGES_SV } from './problem-messages.sv.ts';
import { isProblemReason, type TProblemReason } from './problems.ts';

export { PROBLEM_MESSAGES_EN, PROBLEM_MESSAGES_SV };

/**
 * One catalogue of sentences per language, shared by the server (the problem's `detail`, in the
 * language `Accept-Language` asks for) and both web entries, so the three can never word a reason
 * differently.
 */
export const PROBLEM_MESSAGES: Record<TLanguage, Record<TProblemReason, string>> = {
  en: PROBLEM_MESSAGES_EN,
  sv: PROBLEM_MESSAGES_SV,
};

const LOCALES: Record<TLanguage, string> = { en: 'en-US', sv: 'sv-SE' };

/**
 * A reason's sentence in `language` with its parameters filled in (numbers grouped the language's
 * way where the sentence says `{{name, number}}`); null for a reason this version does not know, so a client can fall back to the `detail`.
 */
export function describeProblem(language: TLanguage, reason: unknown, params: Record<string, unknown> = {}) {
  if (!isProblemReason(reason)) return null;
  return PROBLEM_MESSAGES[language][reason].replace(/\{\{(\w+)(, number)?\}\}/g, (whole, name: string, grouped) => {
    const value = params[name];
    if (typeof value === 'number') return grouped ? value.toLocaleString(LOCALES[language]) : String(value);
    return typeof value === 'string' ? value : whole;
  });
}

import { describeProblem, type TLanguage } from '@vouch/contracts';

/**
 * A problem's or field's reason in `language`, by its code and parameters; null when the server gave
 * none this version knows (then the words it sent are all there is). Never matches English sentences.
 */
export function problemText(language: TLanguage, reason: string | undefined, params?: Record<string, unknown>) {
  return reason ? describeProblem(language, reason, params) : null;
}

import {
  TEMPLATE_LIMITS,
  type TReferralRequestVariables,
  type TTemplateProblem,
  templateProblemOf,
} from '@vouch/contracts';
import { createTemplateEngine, renderTemplateText } from '@vouch/contracts/template-engine';
import type { TFunction } from 'i18next';

// The same engine, options and limits as the server, so the preview shows what will be sent or refused.
const engine = createTemplateEngine();

export type Rendered = { text: string; problem: null } | { text: null; problem: TTemplateProblem };

/** Renders one field for the live preview; a template error comes back located, never thrown. */
export function renderTemplate(source: string, data: TReferralRequestVariables): Rendered {
  try {
    return { text: renderTemplateText(engine, source, data), problem: null };
  } catch (error) {
    return { text: null, problem: templateProblemOf(error) };
  }
}

/** The problem in the reader's language, for the message under the field. */
export function problemMessage(t: TFunction, problem: TTemplateProblem): string {
  switch (problem.kind) {
    case 'too_large':
      return t('referralRequests.template.tooLarge', { size: `${TEMPLATE_LIMITS.outputChars / 1000} KB` });
    case 'too_many_rounds':
      return t('referralRequests.template.tooManyRounds', { rounds: TEMPLATE_LIMITS.rounds.toLocaleString() });
    case 'too_slow':
      return t('referralRequests.template.tooSlow');
  }
  const what =
    problem.kind === 'syntax'
      ? t('referralRequests.template.syntax', { detail: problem.detail })
      : t(`referralRequests.template.${problem.kind === 'unknown_variable' ? 'unknownVariable' : 'unknownFilter'}`, {
          name: problem.detail,
        });
  return problem.line
    ? t('referralRequests.template.at', { line: problem.line, column: problem.column ?? 0, what })
    : what;
}

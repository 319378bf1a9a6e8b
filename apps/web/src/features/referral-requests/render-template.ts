import {
  TEMPLATE_ENGINE_OPTIONS,
  type TReferralRequestVariables,
  type TTemplateProblem,
  templateProblemOf,
  tidyRenderedText,
} from '@vouch/contracts';
import type { TFunction } from 'i18next';
import { Liquid } from 'liquidjs';

// The same engine and options as the server, so the preview shows what will be sent.
const engine = new Liquid(TEMPLATE_ENGINE_OPTIONS);

export type Rendered = { text: string; problem: null } | { text: null; problem: TTemplateProblem };

/** Renders one field for the live preview; a template error comes back located, never thrown. */
export function renderTemplate(source: string, data: TReferralRequestVariables): Rendered {
  try {
    return { text: tidyRenderedText(engine.parseAndRenderSync(source, data)), problem: null };
  } catch (error) {
    return { text: null, problem: templateProblemOf(error) };
  }
}

/** The problem in the reader's language, for the message under the field. */
export function problemMessage(t: TFunction, problem: TTemplateProblem): string {
  const what =
    problem.kind === 'syntax'
      ? t('referralRequests.template.syntax', { detail: problem.detail })
      : t(`referralRequests.template.${problem.kind === 'unknown_variable' ? 'unknownVariable' : 'unknownFilter'}`, {
          name: problem.detail,
        });
  return problem.line ? t('referralRequests.template.at', { line: problem.line, column: problem.column, what }) : what;
}

import {
  describeTemplateProblem,
  isTemplateLimit,
  REFERRAL_REQUEST_SAMPLE,
  type TReferralRequestVariables,
  templateProblemOf,
  templateProblemReason,
} from '@vouch/contracts';
import { createTemplateEngine, renderTemplateText } from '@vouch/contracts/template-engine';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import type { TemplateText } from './defaults.ts';

const engine = createTemplateEngine();

/**
 * Renders a subject and body, or refuses with a 422 naming each field that has an unknown variable,
 * an unknown filter or a syntax error, and where, or that renders past the template limits
 * (`template_too_large`). The text is plain: whoever makes HTML of it escapes.
 */
export function renderReferralRequest(template: TemplateText, data: TReferralRequestVariables): TemplateText {
  const errors: FieldError[] = [];
  let overLimit = false;
  const render = (field: keyof TemplateText) => {
    try {
      return renderTemplateText(engine, template[field], data);
    } catch (error) {
      const problem = templateProblemOf(error);
      overLimit ||= isTemplateLimit(problem);
      errors.push({ field, message: describeTemplateProblem(problem), ...templateProblemReason(problem) });
      return '';
    }
  };
  // A line break in a subject would end the header; Liquid cannot make one a template lacks, data can.
  const subject = render('subject').replace(/\s+/g, ' ');
  const body = render('body');
  if (errors.length)
    throw new AppError(
      overLimit ? 'template_too_large' : 'unprocessable',
      {},
      { fieldErrors: errors, detail: errors[0].message },
    );
  return { subject, body };
}

/** An admin's template is checked by rendering it with made-up data that has every variable. */
export const checkReferralRequestTemplate = (template: TemplateText) =>
  renderReferralRequest(template, REFERRAL_REQUEST_SAMPLE);

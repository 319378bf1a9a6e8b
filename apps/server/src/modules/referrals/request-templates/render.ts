import {
  describeTemplateProblem,
  REFERRAL_REQUEST_SAMPLE,
  TEMPLATE_ENGINE_OPTIONS,
  type TReferralRequestVariables,
  templateProblemOf,
  tidyRenderedText,
} from '@vouch/contracts';
import { Liquid } from 'liquidjs';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import type { TemplateText } from './defaults.ts';

const engine = new Liquid(TEMPLATE_ENGINE_OPTIONS);

/**
 * Renders a subject and body, or refuses with a 422 naming each field that has an unknown variable,
 * an unknown filter or a syntax error, and where. The text is plain: whoever makes HTML of it escapes.
 */
export function renderReferralRequest(template: TemplateText, data: TReferralRequestVariables): TemplateText {
  const errors: FieldError[] = [];
  const render = (field: keyof TemplateText) => {
    try {
      return tidyRenderedText(engine.parseAndRenderSync(template[field], data));
    } catch (error) {
      errors.push({ field, message: describeTemplateProblem(templateProblemOf(error)) });
      return '';
    }
  };
  // A line break in a subject would end the header; Liquid cannot make one a template lacks, data can.
  const subject = render('subject').replace(/\s+/g, ' ');
  const body = render('body');
  if (errors.length) throw new AppError('unprocessable', errors[0].message, errors);
  return { subject, body };
}

/** An admin's template is checked by rendering it with made-up data that has every variable. */
export const checkReferralRequestTemplate = (template: TemplateText) =>
  renderReferralRequest(template, REFERRAL_REQUEST_SAMPLE);

import type { TAnswers, TAnswerValue, TQuestion, TQuestionnaireContent } from './references.ts';

/**
 * The rules of answering a questionnaire, free of schemas: the server, the recruiter app and the
 * candidate's and referee's small page share them (that page loads this module alone, to stay light).
 */

/** Bumped when the consent text changes; stored with each consent. */
export const CONSENT_TEXT_VERSION = '2026-11-1';

/**
 * The version of the careers apply form's consent sentence, kept with every application's consent.
 * Change its wording in either language: give it a new version, so what each person agreed to can
 * still be told apart.
 */
export const CAREERS_CONSENT_VERSION = 'careers-application-2026-12';

export const allQuestions = (content: TQuestionnaireContent) => content.sections.flatMap((s) => s.questions);

/** Why an answer does not fit its question, or null when it does (`null` answers mean "cleared"). */
export function answerProblem(question: TQuestion, value: TAnswerValue): string | null {
  switch (question.type) {
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= question.scale
        ? null
        : `Choose 1 to ${question.scale}`;
    case 'yes_no':
      return typeof value === 'boolean' ? null : 'Answer yes or no';
    case 'single_choice':
      return typeof value === 'string' && question.options.some((o) => o.id === value) ? null : 'Choose one option';
    case 'multiple_choice':
      return Array.isArray(value) && value.every((v) => question.options.some((o) => o.id === v))
        ? null
        : 'Choose from the options';
    case 'short_text':
      return typeof value === 'string' && value.length <= 500 ? null : 'At most 500 characters';
    case 'long_text':
      return typeof value === 'string' && value.length <= 10_000 ? null : 'At most 10,000 characters';
  }
}

const isBlank = (value: TAnswerValue | undefined) =>
  value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && !value.length);

/** Required questions still unanswered: the submit button's list and the server's 422. */
export function missingRequired(content: TQuestionnaireContent, answers: TAnswers): string[] {
  return allQuestions(content)
    .filter((q) => q.required && isBlank(answers[q.id]))
    .map((q) => q.id);
}

/**
 * Typical seconds a referee spends on one question of each type: a click for a rating or a yes/no,
 * a few sentences for a text. The time promise is these summed over the questionnaire.
 */
export const TYPICAL_SECONDS: Record<TQuestion['type'], number> = {
  rating: 15,
  yes_no: 10,
  single_choice: 15,
  multiple_choice: 20,
  short_text: 40,
  long_text: 90,
};

/**
 * The one time promise for a questionnaire, in whole minutes (at least 1): the invitation's email
 * and SMS, the referee's first page and the questionnaire's intro all show this figure.
 */
export function answerMinutes(content: TQuestionnaireContent): number {
  const seconds = allQuestions(content).reduce((sum, q) => sum + TYPICAL_SECONDS[q.type], 0);
  return Math.max(1, Math.ceil(seconds / 60));
}

/** What a greeting calls someone typed as one full name: the first word ("Hej Anna"). */
export const firstNameOf = (fullName: string) => fullName.trim().split(/\s+/)[0] ?? '';

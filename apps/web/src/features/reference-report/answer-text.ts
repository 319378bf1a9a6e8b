import type { TAnswerValue, TReport } from '@vouch/contracts';
import type { TFunction } from 'i18next';

type Question = TReport['questionnaire']['sections'][number]['questions'][number];

/** An answer in words: choice ids as their labels, yes/no as words, ratings as "4 / 5". */
export function answerText(question: Question, value: TAnswerValue | undefined, t: TFunction): string {
  const none = t('referenceReport.answers.none');
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return none;
  switch (question.type) {
    case 'rating':
      return t('referenceReport.answers.rating', { value, scale: question.scale });
    case 'yes_no':
      return value === true
        ? t('referenceReport.answers.yes')
        : value === false
          ? t('referenceReport.answers.no')
          : none;
    case 'single_choice':
      return question.options.find((o) => o.id === value)?.label ?? String(value);
    case 'multiple_choice':
      return (Array.isArray(value) ? value : [String(value)])
        .map((id) => question.options.find((o) => o.id === id)?.label ?? id)
        .join(', ');
    default:
      return String(value);
  }
}

export const isTextQuestion = (q: Question) => q.type === 'short_text' || q.type === 'long_text';
export type { Question };

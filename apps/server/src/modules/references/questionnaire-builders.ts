import type { TQuestion, TQuestionnaireSection } from '@vouch/contracts';

/** Small builders that keep the shipped questionnaires readable. Every question is required unless `optional`. */
type Extra = { help?: string; optional?: boolean };
const base = (id: string, label: string, extra: Extra = {}) => ({
  id,
  label,
  help: extra.help ?? null,
  required: !extra.optional,
});

export const rating = (id: string, label: string, minLabel: string, maxLabel: string, extra?: Extra): TQuestion => ({
  ...base(id, label, extra),
  type: 'rating',
  scale: 5,
  minLabel,
  maxLabel,
});
export const yesNo = (id: string, label: string, extra?: Extra): TQuestion => ({
  ...base(id, label, extra),
  type: 'yes_no',
});
export const shortText = (id: string, label: string, extra?: Extra): TQuestion => ({
  ...base(id, label, extra),
  type: 'short_text',
});
export const longText = (id: string, label: string, extra?: Extra): TQuestion => ({
  ...base(id, label, extra),
  type: 'long_text',
});
export const singleChoice = (id: string, label: string, options: [string, string][], extra?: Extra): TQuestion => ({
  ...base(id, label, extra),
  type: 'single_choice',
  options: options.map(([optionId, optionLabel]) => ({ id: optionId, label: optionLabel })),
});
export const section = (
  id: string,
  title: string,
  questions: TQuestion[],
  help: string | null = null,
): TQuestionnaireSection => ({ id, title, help, questions });

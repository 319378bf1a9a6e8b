import type {
  QUESTION_TYPES,
  TLanguage,
  TQuestion,
  TQuestionnaireContent,
  TQuestionnaireTemplateDetail,
} from '@vouch/contracts';

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** One editable option; `key` is React's, `id` is what answers store. */
export type OptionRow = { key: string; id: string; label: string; isNew: boolean };

/** Every question type's fields at once, so switching the type keeps what was typed. */
export type QuestionRow = {
  key: string;
  /** Kept for questions that exist; made from the label for new ones when saving. */
  id: string;
  isNew: boolean;
  type: QuestionType;
  label: string;
  help: string;
  required: boolean;
  scale: number;
  minLabel: string;
  maxLabel: string;
  options: OptionRow[];
};

export type SectionRow = {
  key: string;
  id: string;
  isNew: boolean;
  title: string;
  help: string;
  questions: QuestionRow[];
};

export type QuestionnaireFormValues = {
  name: string;
  language: TLanguage;
  subAccountId: string | null;
  content: { intro: string; sections: SectionRow[] };
};

let counter = 0;
export const newKey = () => `k${Date.now().toString(36)}${(++counter).toString(36)}`;

/** A readable id from a label: `Overall performance` → `overall_performance`. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32)
    .replace(/_+$/, '');
  return slug || fallback;
}

/** The slug, or the slug with a number, so it is not among `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

export const newOption = (label = ''): OptionRow => ({ key: newKey(), id: '', label, isNew: true });

export const newQuestion = (type: QuestionType = 'rating'): QuestionRow => ({
  key: newKey(),
  id: '',
  isNew: true,
  type,
  label: '',
  help: '',
  required: true,
  scale: 5,
  minLabel: '',
  maxLabel: '',
  options: [newOption(), newOption()],
});

export const newSection = (): SectionRow => ({
  key: newKey(),
  id: '',
  isNew: true,
  title: '',
  help: '',
  questions: [newQuestion()],
});

function questionToRow(q: TQuestion): QuestionRow {
  return {
    ...newQuestion(q.type),
    id: q.id,
    isNew: false,
    label: q.label,
    help: q.help ?? '',
    required: q.required,
    ...(q.type === 'rating' ? { scale: q.scale, minLabel: q.minLabel, maxLabel: q.maxLabel } : {}),
    ...('options' in q
      ? { options: q.options.map((o) => ({ key: newKey(), id: o.id, label: o.label, isNew: false })) }
      : {}),
  };
}

export function detailToForm(detail: TQuestionnaireTemplateDetail): QuestionnaireFormValues {
  return {
    name: detail.name,
    language: detail.language,
    subAccountId: detail.subAccountId,
    content: {
      intro: detail.content.intro ?? '',
      sections: detail.content.sections.map((s) => ({
        key: newKey(),
        id: s.id,
        isNew: false,
        title: s.title,
        help: s.help ?? '',
        questions: s.questions.map(questionToRow),
      })),
    },
  };
}

export const emptyQuestionnaire = (language: TLanguage): QuestionnaireFormValues => ({
  name: '',
  language,
  subAccountId: null,
  content: { intro: '', sections: [newSection()] },
});

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The content as the server takes it: new ids made from labels, only each type's own fields. */
export function toContent(values: QuestionnaireFormValues): TQuestionnaireContent {
  const questionIds = new Set(
    values.content.sections.flatMap((s) => s.questions.filter((q) => !q.isNew).map((q) => q.id)),
  );
  const sectionIds = new Set(values.content.sections.filter((s) => !s.isNew).map((s) => s.id));
  return {
    intro: orNull(values.content.intro),
    sections: values.content.sections.map((s, si) => ({
      id: s.isNew ? uniqueId(slugify(s.title, `section_${si + 1}`), sectionIds) : s.id,
      title: s.title,
      help: orNull(s.help),
      questions: s.questions.map((q, qi) => {
        const base = {
          id: q.isNew ? uniqueId(slugify(q.label, `question_${si + 1}_${qi + 1}`), questionIds) : q.id,
          label: q.label,
          help: orNull(q.help),
          required: q.required,
        };
        if (q.type === 'rating') {
          return { ...base, type: q.type, scale: q.scale, minLabel: q.minLabel, maxLabel: q.maxLabel };
        }
        if (q.type === 'single_choice' || q.type === 'multiple_choice') {
          const optionIds = new Set(q.options.filter((o) => !o.isNew).map((o) => o.id));
          const options = q.options.map((o, oi) => ({
            id: o.isNew ? uniqueId(slugify(o.label, `option_${oi + 1}`), optionIds) : o.id,
            label: o.label,
          }));
          return { ...base, type: q.type, options };
        }
        return { ...base, type: q.type };
      }),
    })),
  };
}

export const toRequest = (values: QuestionnaireFormValues) => ({
  name: values.name,
  language: values.language,
  subAccountId: values.subAccountId,
  content: toContent(values),
});

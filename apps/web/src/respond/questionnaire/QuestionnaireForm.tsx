import type {
  TAnswers,
  TAnswerValue,
  TLanguage,
  TQuestion,
  TQuestionnaireContent,
  TQuestionnaireSection,
} from '@vouch/contracts';
import { answerMinutes } from '@vouch/contracts/references-rules';
import { type ChangeEvent, type TextareaHTMLAttributes, useId, useLayoutEffect, useRef } from 'react';
import { type Strings, stringsFor } from '../strings.ts';
import './questionnaire.css';

export type QuestionnaireFormProps = {
  content: TQuestionnaireContent;
  answers: TAnswers;
  onChange: (questionId: string, value: TAnswerValue | null) => void;
  language: TLanguage;
  /** Messages by question id, shown under the question. */
  errors?: Record<string, string>;
  readOnly?: boolean;
  /** Only this section (the referee page shows one per screen); all sections when left out. */
  sectionIndex?: number;
  /** Shows the questionnaire's intro above the first section (on by default when all sections show). */
  showIntro?: boolean;
};

/**
 * A questionnaire as the referee answers it. Plain React and its own `vr-` styles, so the recruiter
 * app can show the same thing as a live preview. Everything people typed is rendered as text.
 */
export function QuestionnaireForm({
  content,
  answers,
  onChange,
  language,
  errors = {},
  readOnly = false,
  sectionIndex,
  showIntro,
}: QuestionnaireFormProps) {
  const s = stringsFor(language);
  const baseId = useId();
  const sections =
    sectionIndex === undefined ? content.sections : content.sections.slice(sectionIndex, sectionIndex + 1);
  const intro = (showIntro ?? sectionIndex === undefined) && content.intro;
  return (
    <div className="vr-questionnaire" lang={language}>
      {(showIntro ?? sectionIndex === undefined) && (
        <p className="vr-intro vr-time" data-testid="preview-time-promise">
          {s.timePromise(answerMinutes(content))}
        </p>
      )}
      {intro && <p className="vr-intro">{intro}</p>}
      {sections.map((section) => (
        <Section
          key={section.id}
          section={section}
          answers={answers}
          onChange={onChange}
          errors={errors}
          readOnly={readOnly}
          s={s}
          baseId={`${baseId}-${section.id}`}
        />
      ))}
    </div>
  );
}

type SectionProps = {
  section: TQuestionnaireSection;
  answers: TAnswers;
  onChange: QuestionnaireFormProps['onChange'];
  errors: Record<string, string>;
  readOnly: boolean;
  s: Strings;
  baseId: string;
};

function Section({ section, answers, onChange, errors, readOnly, s, baseId }: SectionProps) {
  return (
    <section className="vr-section" aria-labelledby={`${baseId}-title`}>
      <h2 className="vr-section-title" id={`${baseId}-title`}>
        {section.title}
      </h2>
      {section.help && <p className="vr-section-help">{section.help}</p>}
      {section.questions.map((question) => (
        <Question
          key={question.id}
          question={question}
          value={answers[question.id]}
          onChange={onChange}
          error={errors[question.id]}
          readOnly={readOnly}
          s={s}
          baseId={`${baseId}-${question.id}`}
        />
      ))}
    </section>
  );
}

type QuestionProps = {
  question: TQuestion;
  value: TAnswerValue | undefined;
  onChange: QuestionnaireFormProps['onChange'];
  error: string | undefined;
  readOnly: boolean;
  s: Strings;
  baseId: string;
};

function QuestionLabel({ question, s }: { question: TQuestion; s: Strings }) {
  return (
    <>
      <span className="vr-label-text">{question.label}</span>
      {question.required ? (
        <span className="vr-required" title={s.required}>
          <span aria-hidden="true"> *</span>
          <span className="vr-sr-only"> ({s.required})</span>
        </span>
      ) : (
        <span className="vr-optional"> ({s.optional})</span>
      )}
    </>
  );
}

function Question(props: QuestionProps) {
  const { question, error, s, baseId } = props;
  const helpId = question.help ? `${baseId}-help` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const below = (
    <>
      {question.help && (
        <p className="vr-help" id={helpId}>
          {question.help}
        </p>
      )}
      {error && (
        <p className="vr-error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
  const className = `vr-question${error ? ' vr-question-invalid' : ''}`;

  if (question.type === 'short_text' || question.type === 'long_text') {
    const inputId = `${baseId}-input`;
    return (
      <div className={className} data-question={question.id}>
        <label className="vr-label" htmlFor={inputId}>
          <QuestionLabel question={question} s={s} />
        </label>
        {question.help && (
          <p className="vr-help" id={helpId}>
            {question.help}
          </p>
        )}
        <TextAnswer {...props} inputId={inputId} describedBy={describedBy} />
        {error && (
          <p className="vr-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <fieldset
      className={className}
      data-question={question.id}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="vr-label">
        <QuestionLabel question={question} s={s} />
      </legend>
      <ChoiceAnswer {...props} />
      {below}
    </fieldset>
  );
}

function TextAnswer({
  question,
  value,
  onChange,
  error,
  readOnly,
  inputId,
  describedBy,
}: QuestionProps & { inputId: string; describedBy: string | undefined }) {
  const text = typeof value === 'string' ? value : '';
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onChange(question.id, event.target.value === '' ? null : event.target.value);
  const common = {
    id: inputId,
    value: text,
    onChange: change,
    readOnly,
    required: question.required,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };
  if (question.type === 'short_text') {
    return <input className="vr-input" type="text" maxLength={500} {...common} />;
  }
  return <AutoGrowTextarea {...common} />;
}

/** A textarea that grows with its text, so a long answer never scrolls inside a small box on a phone. */
function AutoGrowTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the text
  useLayoutEffect(() => {
    const element = ref.current;
    // Not laid out (a hidden tab): leave the height to the style sheet.
    if (!element?.offsetParent) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [props.value]);
  return <textarea ref={ref} className="vr-input vr-textarea" rows={4} maxLength={10_000} {...props} />;
}

function ChoiceAnswer({ question, value, onChange, readOnly, s, baseId }: QuestionProps) {
  const name = `${baseId}-choice`;
  if (question.type === 'rating') {
    const steps = Array.from({ length: question.scale }, (_, i) => i + 1);
    return (
      <div className="vr-rating">
        <div className="vr-rating-row" style={{ gridTemplateColumns: `repeat(${question.scale}, minmax(0, 1fr))` }}>
          {steps.map((n) => (
            <label key={n} className="vr-rating-option">
              <input
                type="radio"
                className="vr-visually-hidden-input"
                name={name}
                value={n}
                checked={value === n}
                disabled={readOnly}
                onChange={() => onChange(question.id, n)}
                aria-label={
                  n === 1
                    ? `${n} – ${question.minLabel}`
                    : n === question.scale
                      ? `${n} – ${question.maxLabel}`
                      : s.ratingOf(n, question.scale)
                }
              />
              <span className="vr-rating-box" aria-hidden="true">
                {n}
              </span>
            </label>
          ))}
        </div>
        <div className="vr-rating-ends" aria-hidden="true">
          <span>{question.minLabel}</span>
          <span>{question.maxLabel}</span>
        </div>
      </div>
    );
  }
  if (question.type === 'yes_no') {
    return (
      <div className="vr-yesno">
        {[
          { v: true, label: s.yes },
          { v: false, label: s.no },
        ].map((option) => (
          <label key={String(option.v)} className="vr-pill">
            <input
              type="radio"
              className="vr-visually-hidden-input"
              name={name}
              value={String(option.v)}
              checked={value === option.v}
              disabled={readOnly}
              onChange={() => onChange(question.id, option.v)}
            />
            <span className="vr-pill-box">{option.label}</span>
          </label>
        ))}
      </div>
    );
  }
  if (question.type === 'single_choice') {
    return (
      <div className="vr-options">
        {question.options.map((option) => (
          <label key={option.id} className="vr-option">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={value === option.id}
              disabled={readOnly}
              onChange={() => onChange(question.id, option.id)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    );
  }
  if (question.type === 'multiple_choice') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <div className="vr-options">
        {question.options.map((option) => (
          <label key={option.id} className="vr-option">
            <input
              type="checkbox"
              name={name}
              value={option.id}
              checked={chosen.includes(option.id)}
              disabled={readOnly}
              onChange={(event) => {
                // Kept in the questionnaire's order, whatever order they were ticked in.
                const next = question.options
                  .map((o) => o.id)
                  .filter((id) => (id === option.id ? event.target.checked : chosen.includes(id)));
                onChange(question.id, next.length ? next : null);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    );
  }
  return null;
}

import type { TAnswers, TRefereePage } from '@vouch/contracts';
import { answerProblem, missingRequired } from '@vouch/contracts/references-rules';
import { useEffect, useRef, useState } from 'react';
import { call, type FieldError, PageError } from '../api.ts';
import { QuestionnaireForm } from '../questionnaire/QuestionnaireForm.tsx';
import type { Strings } from '../strings.ts';
import { useAutosave } from './useAutosave.ts';

/** The section to resume at: the first with a required question unanswered, else the last. */
function resumeSection(page: TRefereePage): number {
  const missing = new Set(missingRequired(page.questionnaire, page.answers));
  const index = page.questionnaire.sections.findIndex((section) => section.questions.some((q) => missing.has(q.id)));
  return index === -1 ? page.questionnaire.sections.length - 1 : index;
}

function answerErrors(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const match = /^answers\.([^.]+)/.exec(error.field);
    if (match) out[match[1]] ??= error.message;
  }
  return out;
}

/** The questionnaire one section per screen, saved as the referee goes, then submitted. */
export function AnswerSteps({
  page,
  s,
  base,
  onSubmitted,
  onGone,
  onDecline,
}: {
  page: TRefereePage;
  s: Strings;
  base: string;
  onSubmitted: () => void;
  onGone: (error: PageError) => void;
  onDecline: () => void;
}) {
  const content = page.questionnaire;
  const total = content.sections.length;
  const [index, setIndex] = useState(() => resumeSection(page));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const { answers, change, flush, state } = useAutosave(
    `${base}/answers`,
    page.answers,
    (fieldErrors) => setErrors((current) => ({ ...current, ...answerErrors(fieldErrors) })),
    onGone,
  );
  const heading = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  // A new section: back to its top, with the screen reader at "Part n of N".
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the section changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [index]);

  const sectionProblems = (at: number, current: TAnswers) => {
    const problems: Record<string, string> = {};
    for (const question of content.sections[at].questions) {
      const value = current[question.id];
      const blank =
        value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length);
      if (blank) {
        if (question.required) problems[question.id] = s.requiredMissing;
      } else {
        const problem = answerProblem(question, value);
        if (problem) problems[question.id] = problem;
      }
    }
    return problems;
  };

  const showProblems = (problems: Record<string, string>) => {
    setErrors(problems);
    setSummary(Object.keys(problems).length ? s.fixBelow : null);
    const firstId = Object.keys(problems)[0];
    if (firstId) {
      requestAnimationFrame(() => {
        const element = document.querySelector<HTMLElement>(`[data-question="${CSS.escape(firstId)}"]`);
        element?.scrollIntoView({ block: 'center' });
        element?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
      });
    }
  };

  const next = () => {
    const problems = sectionProblems(index, answers);
    if (Object.keys(problems).length) return showProblems(problems);
    setErrors({});
    setSummary(null);
    void flush();
    setIndex(index + 1);
  };

  const submit = async () => {
    const problems = sectionProblems(index, answers);
    if (Object.keys(problems).length) return showProblems(problems);
    // A required answer missing elsewhere (e.g. cleared on another device): go there.
    const missing = missingRequired(content, answers);
    if (missing.length) {
      const at = content.sections.findIndex((section) => section.questions.some((q) => q.id === missing[0]));
      setIndex(at);
      return showProblems(Object.fromEntries(missing.map((id) => [id, s.requiredMissing])));
    }
    setSubmitting(true);
    try {
      if (!(await flush())) {
        setSummary(s.saveFailed);
        return;
      }
      await call('POST', `${base}/submit`, {});
      onSubmitted();
    } catch (e) {
      const problem = e instanceof PageError ? e : new PageError(0, {});
      if (problem.isGone) return onGone(problem);
      const fieldErrors = answerErrors(problem.errors);
      const firstId = Object.keys(fieldErrors)[0];
      if (firstId) {
        const at = content.sections.findIndex((section) => section.questions.some((q) => q.id === firstId));
        if (at >= 0) setIndex(at);
        showProblems(fieldErrors);
      } else {
        setSummary(problem.isNetwork ? s.networkBody : problem.message);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const last = index === total - 1;
  const percent = Math.round(((index + 1) / total) * 100);
  return (
    <div className="vr-card vr-steps">
      <div className="vr-progress-head">
        <div ref={heading} tabIndex={-1} className="vr-progress-label">
          {s.progress(index + 1, total)}
        </div>
        <output className={`vr-save-state vr-save-${state}`} aria-live="polite" data-testid="save-state">
          {state === 'saving' ? s.saving : state === 'saved' ? s.saved : state === 'failed' ? s.saveFailed : ''}
        </output>
      </div>
      <div
        className="vr-progress"
        role="progressbar"
        aria-label={s.progress(index + 1, total)}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
      >
        <div className="vr-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      {index === 0 && (
        <p className="vr-intro-text vr-time" data-testid="questionnaire-time-promise">
          {s.timePromise(page.minutes)}
        </p>
      )}
      {index === 0 && content.intro && <p className="vr-intro-text">{content.intro}</p>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (last) void submit();
          else next();
        }}
      >
        <QuestionnaireForm
          content={content}
          answers={answers}
          onChange={(id, value) => {
            change(id, value);
            if (errors[id]) {
              setErrors((current) => {
                const { [id]: _, ...rest } = current;
                return rest;
              });
            }
          }}
          language={page.language}
          errors={errors}
          sectionIndex={index}
        />
        {summary && (
          <p className="vr-error vr-summary" role="alert">
            {summary}
          </p>
        )}
        <div className="vr-actions">
          {index > 0 && (
            <button
              type="button"
              className="vr-button vr-button-secondary"
              onClick={() => {
                setErrors({});
                setSummary(null);
                void flush();
                setIndex(index - 1);
              }}
            >
              {s.back}
            </button>
          )}
          <button type="submit" className="vr-button" disabled={submitting}>
            {last ? (submitting ? s.sending : s.submit) : s.next}
          </button>
        </div>
      </form>
      <button type="button" className="vr-link-button" onClick={onDecline}>
        {s.decline}
      </button>
    </div>
  );
}

import type { TCandidatePage, TLanguage } from '@vouch/contracts';
import { useState } from 'react';
import { call, fieldErrorsUnder, PageError } from '../api.ts';
import type { Strings } from '../strings.ts';
import { draftProblems, draftToInput, emptyDraft, type RefereeDraft, RefereeFields } from './RefereeFields.tsx';

type Errors = Record<string, string | undefined>[];

/** `count` referee forms sent together; the server's `referees.<i>.<field>` errors land on the right field. */
export function NewRefereesForm({
  count,
  language,
  s,
  path,
  onSaved,
  onGone,
  onCancel,
  existing = [],
}: {
  count: number;
  language: TLanguage;
  s: Strings;
  path: string;
  onSaved: (page: TCandidatePage) => void;
  onGone: (error: PageError) => void;
  onCancel?: () => void;
  /** Referees already named, so the same person is not given twice. */
  existing?: RefereeDraft[];
}) {
  const [drafts, setDrafts] = useState<RefereeDraft[]>(() => Array.from({ length: count }, () => emptyDraft(language)));
  const [errors, setErrors] = useState<Errors>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const focusFirstError = () =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async () => {
    const found = drafts.map((draft, i) =>
      draftProblems(draft, s, [...existing, ...drafts.filter((_, j) => j !== i && j < i)]),
    );
    if (found.some((p) => Object.keys(p).length)) {
      setErrors(found);
      setSummary(null);
      focusFirstError();
      return;
    }
    setBusy(true);
    setErrors([]);
    setSummary(null);
    try {
      onSaved(await call<TCandidatePage>('POST', path, { referees: drafts.map(draftToInput) }));
    } catch (e) {
      const problem = e instanceof PageError ? e : new PageError(0, {});
      if (problem.isGone) return onGone(problem);
      const mapped = drafts.map((_, i) => fieldErrorsUnder(problem.errors, `referees.${i}.`));
      if (mapped.some((m) => Object.keys(m).length)) {
        setErrors(mapped);
        focusFirstError();
      } else {
        setSummary(problem.isNetwork ? s.networkBody : problem.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {drafts.map((draft, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed number of forms, never reordered
        <fieldset key={i} className="vr-referee-form" data-referee={i}>
          <legend className="vr-referee-legend">{count > 1 ? s.refereeN(i + 1) : s.addReferee}</legend>
          <RefereeFields
            draft={draft}
            onChange={(next) => setDrafts((all) => all.map((d, j) => (j === i ? next : d)))}
            errors={errors[i] ?? {}}
            s={s}
          />
        </fieldset>
      ))}
      {summary && (
        <p className="vr-error vr-summary" role="alert">
          {summary}
        </p>
      )}
      <div className="vr-actions">
        {onCancel && (
          <button type="button" className="vr-button vr-button-secondary" onClick={onCancel}>
            {s.cancel}
          </button>
        )}
        <button type="submit" className="vr-button" disabled={busy}>
          {busy ? s.sending : count > 1 ? s.sendReferees : s.save}
        </button>
      </div>
    </form>
  );
}

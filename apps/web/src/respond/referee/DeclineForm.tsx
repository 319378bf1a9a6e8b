import { useId, useState } from 'react';
import { call, PageError } from '../api.ts';
import type { Strings } from '../strings.ts';

/** "I do not want to give a reference", with an optional reason for the hiring team. */
export function DeclineForm({
  s,
  path,
  onDone,
  onCancel,
  onGone,
}: {
  s: Strings;
  path: string;
  onDone: () => void;
  onCancel: () => void;
  onGone: (error: PageError) => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="vr-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          await call('POST', path, { reason: reason.trim() || null });
          onDone();
        } catch (e) {
          const problem = e instanceof PageError ? e : new PageError(0, {});
          if (problem.isGone) onGone(problem);
          else setError(problem.errors[0]?.message ?? (problem.isNetwork ? s.networkBody : problem.message));
        } finally {
          setBusy(false);
        }
      }}
    >
      <h1>{s.declineTitle}</h1>
      <div className="vr-field">
        <label className="vr-field-label" htmlFor={id}>
          {s.declineReason}
        </label>
        <p className="vr-help" id={`${id}-help`}>
          {s.declineReasonHelp}
        </p>
        <textarea
          id={id}
          className="vr-input vr-textarea"
          rows={4}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        />
        {error && (
          <p className="vr-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="vr-actions">
        <button type="button" className="vr-button vr-button-secondary" onClick={onCancel}>
          {s.cancel}
        </button>
        <button type="submit" className="vr-button vr-button-danger" disabled={busy}>
          {busy ? s.sending : s.declineConfirm}
        </button>
      </div>
    </form>
  );
}

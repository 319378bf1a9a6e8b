import { useState } from 'react';

/** A button that asks once more before an act that cannot be undone. */
export function ConfirmAction({
  label,
  confirmLabel,
  cancelLabel,
  failedText,
  onConfirm,
  testId,
}: {
  label: string;
  confirmLabel: string;
  cancelLabel: string;
  failedText: string;
  onConfirm: () => Promise<void>;
  testId: string;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className="vr-button vr-button-secondary"
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        {label}
      </button>
    );
  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await onConfirm();
      setAsking(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <div className="vr-actions vr-actions-inline">
        <button
          type="button"
          className="vr-button vr-button-danger"
          disabled={busy}
          onClick={confirm}
          data-testid={`${testId}-confirm`}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="vr-button vr-button-secondary"
          disabled={busy}
          onClick={() => setAsking(false)}
        >
          {cancelLabel}
        </button>
      </div>
      {failed && (
        <p className="vr-privacy-error" role="alert">
          {failedText}
        </p>
      )}
    </div>
  );
}

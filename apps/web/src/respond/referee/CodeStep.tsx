import type { TRefereePage } from '@vouch/contracts';
import { useState } from 'react';
import { call, PageError } from '../api.ts';
import type { Strings } from '../strings.ts';
import { TextField } from '../ui.tsx';

type Verification = NonNullable<TRefereePage['verification']>;

/**
 * Before the questions, when the check asks for it: a one-time code to the email or phone the
 * referee was named with. The server's errors (wrong, expired, too many tries, too soon) are shown
 * in the page's language as they come.
 */
export function CodeStep({
  verification,
  base,
  s,
  onVerified,
  onSent,
  onGone,
}: {
  verification: Verification;
  base: string;
  s: Strings;
  onVerified: (page: TRefereePage) => void;
  onSent: (page: TRefereePage) => void;
  onGone: (error: PageError) => void;
}) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sent = verification.codeSentAt !== null;

  const run = async (path: 'code' | 'verify', body: object, done: (page: TRefereePage) => void) => {
    setBusy(true);
    setError(null);
    try {
      done(await call<TRefereePage>('POST', `${base}/${path}`, body));
    } catch (e) {
      const problem = e instanceof PageError ? e : new PageError(0, {});
      if (problem.isGone && problem.code === 'link_expired') onGone(problem);
      else setError(problem.isNetwork ? s.networkBody : problem.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="vr-code" data-testid="referee-code">
      <h2>{s.codeTitle}</h2>
      <p>{s.codeWhy(verification.channel, verification.sentTo)}</p>
      {sent && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void run('verify', { code }, onVerified);
          }}
        >
          <TextField
            label={s.codeLabel}
            value={code}
            onChange={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={20}
            data-field="code"
          />
          <button type="submit" className="vr-button" disabled={busy || !code.trim()}>
            {s.codeConfirm}
          </button>
        </form>
      )}
      {error && (
        <p className="vr-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className={sent ? 'vr-link-button' : 'vr-button'}
        disabled={busy}
        onClick={() => void run('code', {}, onSent)}
      >
        {sent ? s.codeResend : s.codeSend}
      </button>
    </div>
  );
}

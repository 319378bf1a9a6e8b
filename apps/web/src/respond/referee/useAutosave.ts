import type { TAnswers, TAnswerValue } from '@vouch/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, type FieldError, PageError } from '../api.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const DEBOUNCE_MS = 600;
const RETRY_MS = 4000;

/**
 * Answers live here, in the page; changed ones are sent in one PATCH after a short pause. A save in
 * flight never touches what the person is typing: only the keys it sent, if still unchanged, are
 * marked clean. Field errors (`answers.<id>`) come back through `onFieldErrors`.
 */
export function useAutosave(
  path: string,
  initial: TAnswers,
  onFieldErrors: (errors: FieldError[]) => void,
  onGone: (error: PageError) => void,
) {
  const [answers, setAnswers] = useState<TAnswers>(initial);
  const [state, setState] = useState<SaveState>('idle');
  const dirty = useRef(new Map<string, TAnswerValue | null>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const callbacks = useRef({ onFieldErrors, onGone });
  callbacks.current = { onFieldErrors, onGone };

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    // One save at a time, in order: wait for the one running, then send what changed meanwhile.
    while (inFlight.current) await inFlight.current;
    if (!dirty.current.size) return true;
    const sent = new Map(dirty.current);
    let ok = true;
    const run = (async () => {
      setState('saving');
      try {
        await call('PATCH', path, { answers: Object.fromEntries(sent) });
        for (const [key, value] of sent) if (dirty.current.get(key) === value) dirty.current.delete(key);
        setState(dirty.current.size ? 'saving' : 'saved');
      } catch (error) {
        ok = false;
        const problem = error instanceof PageError ? error : new PageError(0, {});
        if (problem.isGone) {
          callbacks.current.onGone(problem);
        } else if (problem.errors.length) {
          // The server refused some answers: keep them on the page, shown as errors, not re-sent.
          for (const key of sent.keys()) dirty.current.delete(key);
          callbacks.current.onFieldErrors(problem.errors);
          setState('idle');
        } else {
          setState('failed');
          timer.current = setTimeout(() => void flush(), RETRY_MS);
        }
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (ok && dirty.current.size) return flush();
    return ok;
  }, [path]);

  const change = useCallback(
    (questionId: string, value: TAnswerValue | null) => {
      setAnswers((current) => {
        const next = { ...current };
        if (value === null) delete next[questionId];
        else next[questionId] = value;
        return next;
      });
      dirty.current.set(questionId, value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  // Leaving the page with unsaved answers: send them as the page goes away.
  useEffect(() => {
    const leave = () => {
      if (!dirty.current.size) return;
      void fetch(path, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: Object.fromEntries(dirty.current) }),
        keepalive: true,
      }).catch(() => {});
    };
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [path]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { answers, change, flush, state };
}

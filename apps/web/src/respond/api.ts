import type { TRefereeDevice } from '@vouch/contracts';
import { type FieldError, PageError } from './page-error.ts';

export { type FieldError, PageError, setPageLanguage } from './page-error.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** JSON in, JSON out; any failure becomes a `PageError` (status 0 when the network failed). */
export async function call<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new PageError(0, {});
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) throw new PageError(response.status, (json ?? {}) as Record<string, unknown>);
  return json as T;
}

/** What the consent records about the browser, for the same-device check. */
export function deviceInfo(): TRefereeDevice {
  let timeZone = '';
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    timeZone = '';
  }
  return {
    userAgent: navigator.userAgent.slice(0, 500),
    screen: `${screen.width}x${screen.height}`,
    timeZone: timeZone.slice(0, 80),
  };
}

/** Field errors under a prefix (`referees.0.`) keyed by the rest of the field name. */
export function fieldErrorsUnder(errors: FieldError[], prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    if (error.field.startsWith(prefix)) {
      const key = error.field.slice(prefix.length);
      out[key] ??= error.message;
    }
  }
  return out;
}

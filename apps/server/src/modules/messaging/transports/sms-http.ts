import type { SmsTransport } from './types.ts';

export type SmsHttpOptions = {
  url: string;
  username: string | null;
  password: string | null;
  from: string;
  /** Asked of the provider for each message (`whendelivered`), so a late failure reaches us. */
  reportUrl?: string | null;
};

const TIMEOUT_MS = 10_000;

/**
 * SMS through an HTTP provider, in the shape 46elks uses: a form-encoded POST of from, to and
 * message with basic auth. Only a 2xx answer is success; anything else (or a timeout) is a failure
 * the worker retries.
 */
export function smsHttpTransport(options: SmsHttpOptions): SmsTransport {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (options.username !== null || options.password !== null) {
    const credentials = Buffer.from(`${options.username ?? ''}:${options.password ?? ''}`).toString('base64');
    headers.authorization = `Basic ${credentials}`;
  }
  return {
    name: 'sms_http',
    async send(sms) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers,
        body: new URLSearchParams({
          from: options.from,
          to: sms.to,
          message: sms.text,
          ...(options.reportUrl ? { whendelivered: options.reportUrl } : {}),
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
      const body = await response.text().catch(() => '');
      if (!response.ok) {
        // The provider's own words help the admin, but only a little of them: no echoed payloads.
        throw new Error(`SMS provider answered HTTP ${response.status}: ${body.slice(0, 200)}`.trim());
      }
      return { providerId: providerIdOf(body) };
    },
  };
}

function providerIdOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { id?: unknown };
    return typeof parsed?.id === 'string' || typeof parsed?.id === 'number' ? String(parsed.id) : null;
  } catch {
    return null;
  }
}

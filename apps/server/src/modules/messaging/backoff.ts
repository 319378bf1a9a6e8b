const BASE_MS = 30_000;
const CAP_MS = 6 * 60 * 60_000;

/**
 * Wait before the next try after `attempt` failed tries: 30 s, 1 min, 2 min, … up to 6 h, with ±20 %
 * jitter so messages that failed together (a provider outage) do not all come back in the same second.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

const MAX_ERROR_LENGTH = 500;

/**
 * The error as admins see it on the Messages page: short, one line, and with anything that looks
 * like a credential (user:password@ in a URL, an Authorization value) taken out.
 */
export function describeError(error: unknown): string {
  let text: string;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    text = `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${cause}`;
  } else {
    text = String(error);
  }
  return text
    .replace(/\/\/[^/\s@]+@/g, '//[redacted]@')
    .replace(/\b(basic|bearer)\s+[\w+/=.~-]+/gi, '$1 [redacted]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ERROR_LENGTH);
}

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

import type { LoggerOptions } from 'pino';

/** Fields that must never reach a log line, wherever they appear in a logged object. */
const REDACT = [
  'password',
  '*.password',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'csrfToken',
  '*.csrfToken',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: {
      // Paths and query strings can carry link tokens: log the route's pattern (`/api/auth/invites/:token`)
      // when the request matched one, and never the query string.
      req: (req: { method: string; url: string; id: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? '(no route)',
        requestId: req.id,
      }),
    },
  };
}

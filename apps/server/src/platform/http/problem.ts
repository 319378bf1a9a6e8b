import type { TProblem } from '@vouch/contracts';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign in required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Maps anything a handler throws to an RFC 9457 problem; 5xx details stay in the log. */
export function registerProblemHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem: TProblem;
    if (error instanceof AppError) {
      problem = { ...error.extra, ...problemOf(error.status, error.code, error.message, error.fieldErrors) };
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      const errors = error.validation.flatMap((v) => {
        // A strict schema's unknown members: one error for each, named.
        const unknown = v.keyword === 'unrecognized_keys' ? (v.params as { keys?: string[] }).keys : undefined;
        if (unknown?.length) {
          const message = part === 'querystring' ? 'Unknown query parameter' : 'Unknown field';
          return unknown.map((key) => ({ field: fieldPath(part, `${v.instancePath}/${key}`), message }));
        }
        return [{ field: fieldPath(part, v.instancePath), message: v.message ?? 'Invalid value' }];
      });
      const first = errors[0];
      problem = problemOf(400, 'validation_failed', `${first.field}: ${first.message}`, errors);
    } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: bad JSON, too large, wrong content type, rate limit.
      const code =
        error.statusCode === 413
          ? 'payload_too_large'
          : error.statusCode === 415
            ? 'unsupported_media_type'
            : error.statusCode === 429
              ? 'rate_limited'
              : 'bad_request';
      problem = problemOf(error.statusCode, code, error.message);
    } else if (isUnstorableText(error)) {
      problem = problemOf(400, 'bad_request', 'Text may not contain NUL characters or invalid UTF-8');
    } else {
      request.log.error({ err: error }, 'unhandled error');
      problem = problemOf(500, 'internal', 'Something went wrong on our side. It has been logged.');
    }
    if (problem.status === 429 && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
    reply.status(problem.status).type('application/problem+json').send(withRequestId(problem, request));
  });

  app.setNotFoundHandler((request, reply) => {
    const problem = problemOf(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
    reply.status(404).type('application/problem+json').send(withRequestId(problem, request));
  });
}

/** The request's id, for support: `requestId` in the app's problems, `request_id` in the snake_case `/api/v1`. */
function withRequestId(problem: TProblem, request: FastifyRequest) {
  if (request.url.startsWith('/api/v1/')) return { ...problem, request_id: request.id };
  return { ...problem, requestId: request.id };
}

/**
 * PostgreSQL refuses the NUL character (and invalid byte sequences) in text. Those come only from the
 * client, so the whole request is a 400 rather than a crash, whichever field carried it.
 */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);
function isUnstorableText(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && UNSTORABLE_TEXT.has(e.code)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

export function problemOf(status: number, code: string, detail?: string, errors?: TProblem['errors']): TProblem {
  return {
    type: `https://vouch.example/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    ...(errors?.length ? { errors } : {}),
  };
}

/** `/workHistory/0/endDate` in the body → `workHistory.0.endDate`; query and params keep their part name. */
function fieldPath(part: string, instancePath: string) {
  const path = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  if (part === 'body') return path || 'body';
  return path ? path : part;
}

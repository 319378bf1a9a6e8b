import {
  describeProblem,
  reasonOfSchemaIssue,
  type SchemaIssue,
  type TLanguage,
  type TProblem,
} from '@vouch/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError, fieldProblem } from '../errors.ts';
import { languageOf } from './language.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign in required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Maps anything a handler throws to an RFC 9457 problem; 5xx details stay in the log. */
export function registerProblemHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const failure = asAppError(error, request);
    if (failure.status >= 500 && !(error instanceof AppError)) request.log.error({ err: error }, 'unhandled error');
    const problem = { ...failure.extra, ...problemOfError(failure, languageOf(request)) };
    if (problem.status === 429 && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
    reply.status(problem.status).type('application/problem+json').send(withRequestId(problem, request));
  });

  app.setNotFoundHandler((request, reply) => {
    const noRoute = new AppError('request.no_route', { method: request.method, path: request.url.split('?')[0] });
    const problem = problemOfError(noRoute, languageOf(request));
    reply.status(404).type('application/problem+json').send(withRequestId(problem, request));
  });
}

/** Anything a handler threw, as the one error type: 5xx details never reach the problem. */
function asAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    const errors = error.validation.flatMap((v): FieldError[] => {
      // A strict schema's unknown members: one error for each, named.
      const unknown = v.keyword === 'unrecognized_keys' ? (v.params as { keys?: string[] }).keys : undefined;
      if (unknown?.length) {
        const reason = part === 'querystring' ? 'field.unknown_query_parameter' : 'field.unknown';
        return unknown.map((key) => fieldProblem(fieldPath(part, `${v.instancePath}/${key}`), reason));
      }
      const message = v.message ?? 'Invalid value';
      const issue = { ...(v.params as Record<string, unknown>), code: v.keyword, message };
      return [{ field: fieldPath(part, v.instancePath), message, ...reasonOf(issue) }];
    });
    const first = errors[0];
    return new AppError('validation_failed', {}, { fieldErrors: errors, detail: `${first.field}: ${first.message}` });
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors: bad JSON, too large, wrong content type, rate limit.
    const code =
      error.statusCode === 413
        ? 'payload_too_large'
        : error.statusCode === 415
          ? 'unsupported_media_type'
          : error.statusCode === 429
            ? 'rate_limited'
            : 'bad_request';
    return new AppError(code, {}, { detail: error.message, status: error.statusCode });
  }
  const refused = databaseRefusal(error);
  if (refused && refused.code !== 'bad_request') request.log.warn({ err: error }, 'a foreign key refused a write');
  return refused ?? new AppError('internal');
}

/**
 * What a schema's failed check stands for (contracts' `reasonOfSchemaIssue`): a custom check's own
 * reason, or the field reason of a built-in one (`field.too_long {max}`), so clients word it in the
 * person's language; the English message stays as the schema wrote it. None: the message is all.
 */
function reasonOf(issue: SchemaIssue): Pick<FieldError, 'reason' | 'params'> {
  const found = reasonOfSchemaIssue(issue);
  if (!found) return {};
  return { reason: found.reason, ...(Object.keys(found.params).length ? { params: found.params } : {}) };
}

/** The problem for an error, its sentences in the caller's language where the reason has them. */
export function problemOfError(error: AppError, language: TLanguage): TProblem {
  const detail =
    language === 'en' ? error.message : (describeProblem(language, error.reason, error.params) ?? error.message);
  const errors = error.fieldErrors?.map(({ field, message, reason, params }) => ({
    field,
    message: reason && language !== 'en' ? (describeProblem(language, reason, params) ?? message) : message,
    ...(reason ? { reason, ...(params && Object.keys(params).length ? { params } : {}) } : {}),
  }));
  return {
    ...problemOf(error.status, error.code, detail, errors),
    reason: error.reason,
    ...(Object.keys(error.params).length ? { params: error.params } : {}),
  };
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
const FOREIGN_KEY_VIOLATION = new Set(['23503']);

type SqlError = { code?: unknown; detail?: unknown; cause?: unknown };

/**
 * What the database refused because of the client's input, as a problem; null for anything else.
 * Use cases resolve every id in a body within the caller's company first, so a foreign key reached
 * here means one was missed (a bug to fix, hence the warning above); it is still the client's id
 * that names nothing (or a row still in use), never a crash.
 */
function databaseRefusal(error: unknown): AppError | null {
  if (sqlErrorOf(error, UNSTORABLE_TEXT)) return new AppError('request.text_not_storable');
  const foreignKey = sqlErrorOf(error, FOREIGN_KEY_VIOLATION);
  if (!foreignKey) return null;
  if (/still referenced/.test(String(foreignKey.detail))) return new AppError('request.still_in_use');
  return new AppError('unknown_id');
}

/** The database error with one of these SQLSTATEs: the error itself or one it wraps (Drizzle wraps the driver's). */
function sqlErrorOf(error: unknown, states: Set<string>): SqlError | null {
  for (let e = error as SqlError | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && states.has(e.code)) return e;
    e = e.cause as SqlError | undefined;
  }
  return null;
}

/**
 * Errors Fastify meets before a route is found (a broken percent-encoding, a path segment over the
 * length limit): the same problem+json as everything else instead of Fastify's own JSON.
 */
export function sendFrameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const failure = new AppError(
    error.statusCode === 414 ? 'uri_too_long' : error.statusCode === 400 ? 'request.bad_address' : 'internal',
  );
  const problem = problemOfError(failure, languageOf(request));
  if (problem.status >= 500) request.log.error({ err: error }, 'framework error');
  reply
    .status(problem.status)
    .type('application/problem+json')
    .send({ ...problem, requestId: request.id });
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

import { ERROR_STATUS, type TErrorCode } from '@vouch/contracts';

export type FieldError = { field: string; message: string };

/** The one error type use cases throw; the HTTP layer maps `code` to a status and a problem+json body. */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly status: number;
  readonly fieldErrors?: FieldError[];
  /** Extra problem members (RFC 9457 allows them), e.g. whom to contact about an expired link. */
  readonly extra?: Record<string, unknown>;

  constructor(code: TErrorCode, message?: string, fieldErrors?: FieldError[], extra?: Record<string, unknown>) {
    super(message ?? code);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.fieldErrors = fieldErrors;
    this.extra = extra;
  }
}

export const notFound = (what = 'Not found') => new AppError('not_found', what);
export const forbidden = (what = 'You are not allowed to do this') => new AppError('forbidden', what);
export const fieldError = (field: string, message: string, code: TErrorCode = 'validation_failed') =>
  new AppError(code, message, [{ field, message }]);

/**
 * An id in the request body that names nothing in the caller's company: another company's id is
 * answered exactly like one that never existed, so the answer tells nothing about other companies.
 */
export const unknownId = (field: string, message: string) => fieldError(field, message, 'unknown_id');

/** A field error found among others; `unknownId` marks one that names an id the company lacks. */
export type FieldProblem = FieldError & { unknownId?: boolean };

/** Problems found together, as one error: `unknown_id` when any names an id the company lacks. */
export function fieldProblems(problems: FieldProblem[]) {
  const errors = problems.map(({ field, message }) => ({ field, message }));
  return new AppError(
    problems.some((p) => p.unknownId) ? 'unknown_id' : 'validation_failed',
    errors[0].message,
    errors,
  );
}

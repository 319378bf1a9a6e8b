import {
  describeProblem,
  ERROR_STATUS,
  PROBLEM_REASONS,
  type TErrorCode,
  type TProblemParams,
  type TProblemReason,
} from '@vouch/contracts';

export type ProblemParams = Record<string, unknown>;
/** A field's problem: `message` is the English sentence, `reason` and `params` what clients translate. */
export type FieldError = { field: string; message: string; reason?: TProblemReason; params?: ProblemParams };

/** A reason's parameters, left out when it has none. */
type ParamsOf<R extends TProblemReason> =
  Record<string, never> extends TProblemParams<R> ? [params?: TProblemParams<R>] : [params: TProblemParams<R>];

/** The constructor's arguments after the reason: its parameters (optional when it has none), then options. */
type ArgsOf<R extends TProblemReason> =
  Record<string, never> extends TProblemParams<R>
    ? [params?: TProblemParams<R>, options?: ProblemOptions]
    : [params: TProblemParams<R>, options?: ProblemOptions];

type ProblemOptions = {
  fieldErrors?: FieldError[];
  /** Extra problem members (RFC 9457 allows them), e.g. whom to contact about an expired link. */
  extra?: Record<string, unknown>;
  /** English words the catalogue cannot know (a schema's own message); the reason still says what it is. */
  detail?: string;
  /** A status other than the code's own, for the framework's client errors (405, 408, …). */
  status?: number;
};

/** The reason's English sentence with its parameters filled in: the problem's `detail` and the log's message. */
export const englishOf = (reason: TProblemReason, params: ProblemParams = {}): string =>
  describeProblem('en', reason, params) ?? reason;

/**
 * The one error type use cases throw: a reason from the contracts' registry with its typed
 * parameters. The reason decides the problem `code` (and so the HTTP status); the HTTP layer words
 * the `detail` in the caller's language.
 */
export class AppError<R extends TProblemReason = TProblemReason> extends Error {
  readonly code: TErrorCode;
  readonly status: number;
  readonly reason: R;
  readonly params: ProblemParams;
  readonly fieldErrors?: FieldError[];
  readonly extra?: Record<string, unknown>;
  /** The English `detail` came from elsewhere (a schema, a parser) rather than the reason's sentence. */
  readonly hasOwnDetail: boolean;

  constructor(reason: R, ...[params = {} as TProblemParams<R>, options = {}]: ArgsOf<R>) {
    super(options.detail ?? englishOf(reason, params as ProblemParams));
    this.reason = reason;
    this.params = params as ProblemParams;
    this.code = PROBLEM_REASONS[reason].code;
    this.status = options.status ?? ERROR_STATUS[this.code];
    this.fieldErrors = options.fieldErrors;
    this.extra = options.extra;
    this.hasOwnDetail = options.detail !== undefined;
  }

  /** The same failure with other field errors or extra members (the v1 API renames fields, hides ids). */
  with(changes: Pick<ProblemOptions, 'fieldErrors' | 'extra'>): AppError {
    return rebuiltProblem(this.reason, this.params, {
      fieldErrors: this.fieldErrors,
      extra: this.extra,
      ...(this.hasOwnDetail ? { detail: this.message } : {}),
      status: this.status,
      ...changes,
    });
  }
}

/** A failure for a reason, its parameters typed by the registry. */
export function problem<R extends TProblemReason>(reason: R, ...[params]: ParamsOf<R>) {
  return rebuiltProblem(reason, params);
}

/** The same, with extra problem members or field errors. */
export function problemWith<R extends TProblemReason>(reason: R, params: TProblemParams<R>, options: ProblemOptions) {
  return rebuiltProblem(reason, params, options);
}

/**
 * A failure from a reason and parameters already checked against each other where they were made
 * (a copy, a field problem, a parser's error): the one place they are passed on untyped.
 */
export function rebuiltProblem(reason: TProblemReason, params: ProblemParams = {}, options?: ProblemOptions) {
  return new AppError(reason, ...([params, options] as [never, ProblemOptions | undefined]));
}

/** One field's problem, for building a list of them. */
export function fieldProblem<R extends TProblemReason>(
  field: string,
  reason: R,
  ...[params]: ParamsOf<R>
): FieldError & { reason: R } {
  const values = (params ?? {}) as ProblemParams;
  return { field, message: englishOf(reason, values), reason, ...(params ? { params: values } : {}) };
}

export const notFound = <R extends TProblemReason = 'not_found'>(reason?: R, ...[params]: ParamsOf<R>) =>
  rebuiltProblem(reason ?? 'not_found', params);
export const forbidden = <R extends TProblemReason = 'forbidden'>(reason?: R, ...[params]: ParamsOf<R>) =>
  rebuiltProblem(reason ?? 'forbidden', params);

/** A problem with one field; the reason's code is the problem's (`unknown_id`, `conflict`, …). */
export function fieldError<R extends TProblemReason>(field: string, reason: R, ...[params]: ParamsOf<R>) {
  const error = fieldProblem(field, reason, ...([params] as ParamsOf<R>));
  return rebuiltProblem(reason, params, { fieldErrors: [error] });
}

/**
 * An id in the request body that names nothing in the caller's company: another company's id is
 * answered exactly like one that never existed, so the answer tells nothing about other companies.
 * Its reason is one whose code is `unknown_id`.
 */
export const unknownId = fieldError;

/** A field error found among others; `unknownId` marks one that names an id the company lacks. */
export type FieldProblem = FieldError & { unknownId?: boolean };

/**
 * Problems found together, as one error. Its code is `unknown_id` when any names an id the company
 * lacks, else `validation_failed`; its reason is the first problem's when that reason has this code.
 */
export function fieldProblems(problems: FieldProblem[]) {
  const errors = problems.map(({ unknownId: _, ...error }) => error);
  const first = errors[0];
  const code = problems.some((p) => p.unknownId) ? 'unknown_id' : 'validation_failed';
  if (first.reason && PROBLEM_REASONS[first.reason].code === code)
    return rebuiltProblem(first.reason, first.params, { fieldErrors: errors });
  return new AppError(code, {}, { fieldErrors: errors, detail: first.message });
}

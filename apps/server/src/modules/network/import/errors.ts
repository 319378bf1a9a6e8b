import type { PROBLEM_REASONS, TProblemParams, TProblemReason } from '@vouch/contracts';
import { AppError } from '../../../platform/errors.ts';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 200_000;

/**
 * The file is larger than the import accepts. Thrown as soon as the limit is crossed, so the
 * caller must discard what it already received (an import is all or nothing).
 */
export class ImportLimitError extends AppError {
  readonly limit: 'bytes' | 'rows';
  readonly max: number;

  constructor(limit: 'bytes' | 'rows', max: number) {
    const [reason, params] = limitProblem(limit, max);
    // The pair is made together below, so the parameters fit the reason.
    super(reason, params as never);
    this.name = 'ImportLimitError';
    this.limit = limit;
    this.max = max;
  }
}

/** The file cannot be read as the format it claims (binary, empty, no header, broken quoting). */
export class ImportFormatError extends AppError {
  constructor(...[reason, params]: FormatProblem) {
    super(reason, params);
    this.name = 'ImportFormatError';
  }
}

/** The reasons a file is refused as unreadable, each with its parameters. */
type FormatProblem = {
  [R in TProblemReason]: R extends `contact_import.${string}`
    ? (typeof PROBLEM_REASONS)[R]['code'] extends 'unprocessable'
      ? [reason: R, params?: TProblemParams<R>]
      : never
    : never;
}[TProblemReason];

function limitProblem(limit: 'bytes' | 'rows', max: number): [TProblemReason, object] {
  if (limit === 'rows') return ['contact_import.too_many_rows', { max }];
  return ['contact_import.too_large', { size: formatBytes(max) }];
}

function formatBytes(bytes: number): string {
  const round = (value: number) => (Math.round(value * 10) / 10).toLocaleString('en-US');
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

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
    super('payload_too_large', limitMessage(limit, max));
    this.name = 'ImportLimitError';
    this.limit = limit;
    this.max = max;
  }
}

/** The file cannot be read as the format it claims (binary, empty, no header, broken quoting). */
export class ImportFormatError extends AppError {
  constructor(message: string) {
    super('unprocessable', message);
    this.name = 'ImportFormatError';
  }
}

function limitMessage(limit: 'bytes' | 'rows', max: number): string {
  if (limit === 'rows') {
    return `The file has more than ${max.toLocaleString('en-US')} rows; split it into smaller files and import each.`;
  }
  return `The file is larger than ${formatBytes(max)}; split it into smaller files and import each.`;
}

function formatBytes(bytes: number): string {
  const round = (value: number) => (Math.round(value * 10) / 10).toLocaleString('en-US');
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

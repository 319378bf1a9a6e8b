import type { TProblemReason } from '@vouch/contracts';
import { AppError, type FieldError, fieldProblem } from '../../../platform/errors.ts';

/**
 * Caps on what a contact file may hold that is not contacts. A real export has a blank line here and
 * there and a few rows that fail validation; a file of nothing but blank lines, or of rows none of
 * which is a contact, is refused as soon as it shows, rather than read to its last byte.
 */
export const MAX_BLANK_RUN = 1_000;
/** Rejected rows are tolerated up to this many, and beyond it while they stay under half of the rows. */
export const REJECTED_ROWS_TOLERATED = 1_000;

/** The file is mostly blank or unusable lines; `line` is where the run that crossed the cap began. */
export class ImportUnusableError extends AppError {
  readonly line: number;
  constructor(problem: FieldError & { reason: TProblemReason }, line: number) {
    // Made by `fieldProblem`, so its parameters fit its reason.
    super(problem.reason, problem.params as never, { fieldErrors: [problem], extra: { line } });
    this.name = 'ImportUnusableError';
    this.line = line;
  }
}

/** Counts blank lines in a row; adding past the cap throws, a line with content starts over. */
export class BlankRun {
  private start = 0;
  private length = 0;
  /** Which lines the message names: a vCard's can also be text outside any card. */
  private readonly reason: 'contact_import.blank_run' | 'contact_import.unreadable_run';
  constructor(reason: 'contact_import.blank_run' | 'contact_import.unreadable_run' = 'contact_import.blank_run') {
    this.reason = reason;
  }

  /** `lines` blank lines from `line` on. */
  add(line: number, lines = 1) {
    if (lines <= 0) return;
    if (this.length === 0) this.start = line;
    this.length += lines;
    this.check(0);
  }

  /** Throws if `pending` more blank lines (seen by a parser but not yet reported) cross the cap. */
  check(pending: number, nextLine = this.start) {
    if (this.length + pending <= MAX_BLANK_RUN) return;
    const from = this.length > 0 ? this.start : nextLine;
    throw new ImportUnusableError(fieldProblem('file', this.reason, { from, max: MAX_BLANK_RUN }), from);
  }

  reset() {
    this.length = 0;
  }
}

/** Throws once rejected rows pass the tolerance and make up more than half of the rows read. */
export function checkRejectedShare(rejected: number, rows: number, line: number) {
  if (rejected <= REJECTED_ROWS_TOLERATED || rejected * 2 <= rows) return;
  throw new ImportUnusableError(fieldProblem('file', 'contact_import.mostly_rejected', { rejected, rows, line }), line);
}

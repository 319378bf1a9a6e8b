import { AppError } from '../../../platform/errors.ts';

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
  constructor(message: string, line: number) {
    super('contact_import_unusable', message, [{ field: 'file', message }], { line });
    this.name = 'ImportUnusableError';
    this.line = line;
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/** Counts blank lines in a row; adding past the cap throws, a line with content starts over. */
export class BlankRun {
  private start = 0;
  private length = 0;
  /** What the lines are called in the message: a vCard's can also be text outside any card. */
  constructor(private readonly what = 'blank lines') {}

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
    throw new ImportUnusableError(
      `From line ${count(from)} on, the file has more than ${count(MAX_BLANK_RUN)} ${this.what} in a row, so it was not read further. Remove them and import the file again.`,
      from,
    );
  }

  reset() {
    this.length = 0;
  }
}

/** Throws once rejected rows pass the tolerance and make up more than half of the rows read. */
export function checkRejectedShare(rejected: number, rows: number, line: number) {
  if (rejected <= REJECTED_ROWS_TOLERATED || rejected * 2 <= rows) return;
  throw new ImportUnusableError(
    `Most rows cannot be read as contacts (${count(rejected)} of the first ${count(rows)}, up to line ${count(line)}), so the file was not read further. Check the file's format or the column mapping.`,
    line,
  );
}

import { pipeline, Readable } from 'node:stream';
import { CsvError, type Options, parse } from 'csv-parse';
import { ImportFormatError } from './errors.ts';
import type { CsvDelimiter } from './types.ts';
import { BlankRun } from './unusable-lines.ts';

export type CsvRecord = { line: number; cells: string[] };

// A real contact row is well under 2 KB; a longer one means a quote that never closes.
const MAX_RECORD_CHARS = 64 * 1024;
const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * Streams the records of a UTF-8 CSV with the physical line each starts on. Blank lines (and
 * rows of only empty cells, which spreadsheets leave behind) are skipped but still counted, and
 * more than `MAX_BLANK_RUN` of them in a row stop the file (`ImportUnusableError`).
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<Buffer>,
  delimiter: CsvDelimiter,
  firstLine = 1,
): AsyncGenerator<CsvRecord> {
  // Lines are counted as the parser produces records, not as they are consumed, so an error
  // still knows where the record it failed on began.
  let nextLine = firstLine;
  // Empty lines the parser skipped on its own (`skip_empty_lines`), up to the last record it made.
  let emptyLinesSeen = 0;
  const blankRun = new BlankRun();
  // The library's typings only let on_record return arrays; it accepts any object.
  const toRecord = (cells: string[]): CsvRecord | null => {
    const skipped = parser.info.empty_lines - emptyLinesSeen;
    emptyLinesSeen += skipped;
    blankRun.add(nextLine, skipped);
    nextLine += skipped;
    const line = nextLine;
    nextLine += 1 + countLineBreaks(cells);
    if (cells.every((cell) => cell.trim() === '')) {
      blankRun.add(line);
      return null;
    }
    blankRun.reset();
    return { line, cells };
  };
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    // A stray quote inside an unquoted cell (`5" screen`) is text, not a broken file.
    relax_quotes: true,
    // Skipped inside the parser: as records, each blank line cost it an error object for its
    // column count (~50 µs), which made a file of blank lines take half a minute per megabyte.
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: toRecord as unknown as Options['on_record'],
  });
  // A run of blank lines makes no record to count it at until it ends: look before each slice too.
  async function* watched() {
    for await (const chunk of chunks) {
      blankRun.check(parser.info.empty_lines - emptyLinesSeen, nextLine);
      yield chunk;
    }
  }
  // Errors from the source (such as the size limit) destroy the parser and surface in the loop.
  const records = pipeline(Readable.from(watched()), parser, () => {});
  try {
    yield* records as AsyncIterable<CsvRecord>;
  } catch (error) {
    throw error instanceof CsvError ? describeCsvError(error, nextLine) : error;
  } finally {
    records.destroy();
  }
}

function countLineBreaks(cells: string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    if (cell.includes('\n') || cell.includes('\r')) breaks += cell.match(LINE_BREAK)?.length ?? 0;
  }
  return breaks;
}

function describeCsvError(error: CsvError, line: number): ImportFormatError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE') {
    return new ImportFormatError('contact_import.unclosed_quote', { line });
  }
  return new ImportFormatError('contact_import.invalid_csv_at_line', { line, problem: error.message });
}

/**
 * Picks the delimiter that splits the first line into the most cells, preferring one that splits
 * the second line the same way; European spreadsheets write `;`, "Unicode text" exports a tab.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const lines = sample.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const [first = '', second] = lines;
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of [',', ';', '\t'] as const) {
    const count = countOutsideQuotes(first, delimiter);
    const consistent = second === undefined || countOutsideQuotes(second, delimiter) === count;
    const score = count === 0 ? 0 : count + (consistent ? 1000 : 0);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** RFC 4180 CSV: quotes a cell only when it has to, CRLF line ends. */
export function writeCsv(rows: string[][], delimiter: CsvDelimiter = ','): string {
  const needsQuotes = (cell: string) =>
    cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  const writeCell = (cell: string) => (needsQuotes(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  // A row of one empty cell would otherwise be a blank line, which readers skip.
  const writeRow = (row: string[]) => (row.length === 1 && row[0] === '' ? '""' : row.map(writeCell).join(delimiter));
  return rows.map((row) => `${writeRow(row)}\r\n`).join('');
}

import { toParsedRow } from './contact-row.ts';
import type { CsvRecord } from './csv-records.ts';
import { isLinkedinHeader } from './detect-format.ts';
import { ImportFormatError } from './errors.ts';
import type { ParsedRow, RawContact } from './types.ts';

// The export puts a few lines of notes before the header; a header further down than this
// means the file is something else.
const MAX_PREAMBLE_RECORDS = 20;

const COLUMNS = {
  firstName: 'first name',
  lastName: 'last name',
  linkedinUrl: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const satisfies Partial<Record<keyof RawContact, string>>;

type Field = keyof typeof COLUMNS;
type ColumnIndexes = Partial<Record<Field, number>>;

/** Column positions from the header record, or null when the record is not the header. */
function readHeader(cells: string[]): ColumnIndexes | null {
  const names = cells.map((cell) => cell.trim().toLowerCase());
  if (!names.includes(COLUMNS.firstName) || !names.includes(COLUMNS.lastName)) return null;
  const indexes: ColumnIndexes = {};
  for (const [field, name] of Object.entries(COLUMNS) as [Field, string][]) {
    const index = names.indexOf(name);
    if (index >= 0) indexes[field] = index;
  }
  return indexes;
}

/**
 * Where the header line starts in the first bytes of the file (as UTF-8 without byte order mark).
 * Starting the CSV parser there matters for speed: it measures every row against the first one
 * it sees, and a one-cell "Notes:" line would make every row a (tolerated, but costly) error.
 */
export function locateLinkedinHeader(sample: string): { line: number; byteOffset: number } | null {
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (let line = 1; line <= MAX_PREAMBLE_RECORDS; line++) {
    const match = lineBreak.exec(sample);
    // A header cut off by the end of the sample is still recognisable from its first names.
    const end = match ? match.index : sample.length;
    if (isLinkedinHeader(sample.slice(start, end))) {
      return { line, byteOffset: Buffer.byteLength(sample.slice(0, start), 'utf8') };
    }
    if (!match) return null;
    start = lineBreak.lastIndex;
  }
  return null;
}

/** Rows of a LinkedIn Connections.csv, found by its header line wherever the notes end. */
export async function* readLinkedinRows(records: AsyncIterable<CsvRecord>): AsyncGenerator<ParsedRow> {
  let columns: ColumnIndexes | null = null;
  let recordsBeforeHeader = 0;
  for await (const { line, cells } of records) {
    if (!columns) {
      columns = readHeader(cells);
      if (!columns && ++recordsBeforeHeader >= MAX_PREAMBLE_RECORDS) break;
      continue;
    }
    const raw: RawContact = {};
    for (const [field, index] of Object.entries(columns) as [Field, number][]) raw[field] = cells[index];
    yield toParsedRow(raw, line);
  }
  if (!columns) {
    throw new ImportFormatError('contact_import.not_linkedin');
  }
}

import { parse } from 'csv-parse/sync';
import { toParsedRow } from './contact-row.ts';
import { type CsvRecord, detectDelimiter } from './csv-records.ts';
import { decodeSample, detectFormat, unreadableFileReason } from './detect-format.ts';
import { ImportFormatError } from './errors.ts';
import type { ColumnMapping, CsvDelimiter, ParsedRow, RawContact } from './types.ts';

type MappedField = keyof ColumnMapping;

// Header names as people write them, in English and Swedish, compared without case, spaces or
// punctuation ("E-post" → "epost"). Earlier fields win a column, so "Name" is only a full name
// when nothing claimed it as first or last name.
const HEADER_NAMES: [MappedField, RegExp][] = [
  ['firstName', /^(firstname|givenname|first|forename|förnamn|fornamn|tilltalsnamn)$/],
  ['lastName', /^(lastname|surname|familyname|last|efternamn)$/],
  ['fullName', /^(name|fullname|displayname|contact|contactname|namn|fulltnamn|fullständigtnamn|kontakt)$/],
  ['email', /^(e?mail|emailaddress|email\d*(value)?|epost|epostadress|epostadress\d*|mejl|mejladress)$/],
  ['linkedinUrl', /linkedin|^(url|profile|profileurl|profil|profillänk|webpage|website|webbplats|hemsida)$/],
  ['company', /^(company|companyname|organi[sz]ation|employer|företag|foretag|företagsnamn|arbetsgivare)$/],
  ['position', /^(position|title|jobtitle|role|titel|befattning|roll|yrke|tjänst|tjänstetitel)$/],
  ['phone', /^(phone|phonenumber|telephone|mobile|mobilephone|cell|telefon|telefonnummer|mobil|mobilnummer|tel)$/],
];

const normaliseHeader = (header: string) =>
  header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_.:/()]+/g, '');

/** Guesses which column is which from the header row; unknown columns stay unmapped. */
export function suggestMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const names = headers.map(normaliseHeader);
  for (const [field, pattern] of HEADER_NAMES) {
    const index = names.findIndex((name, i) => !taken.has(i) && pattern.test(name));
    if (index < 0) continue;
    mapping[field] = index;
    taken.add(index);
  }
  return mapping;
}

export type CsvPreview = {
  delimiter: CsvDelimiter;
  /** Whether the first row looks like column names; the user may say otherwise. */
  hasHeaderRow: boolean;
  /** The first row's cells when it is a header row, else empty. */
  headers: string[];
  rows: string[][];
  suggestedMapping: ColumnMapping;
};

/** The first rows of a generic CSV, for the step where the user says which column is which. */
export function previewCsv(firstBytes: Uint8Array, rows = 5): CsvPreview {
  const format = detectFormat(firstBytes);
  if (format === 'binary' || format === 'empty') throw new ImportFormatError(unreadableFileReason(format, firstBytes));
  const sample = decodeSample(firstBytes);
  const delimiter = detectDelimiter(sample);
  const cleaned = readSampleRecords(sample, delimiter, rows + 1).map((cells) =>
    cells.map((cell) => cell.normalize('NFC').trim()),
  );
  const [first = [], ...rest] = cleaned;
  const headerMapping = suggestMapping(first);
  const hasHeaderRow = Object.keys(headerMapping).length > 0 && !first.some((cell) => cell.includes('@'));
  return hasHeaderRow
    ? { delimiter, hasHeaderRow, headers: first, rows: rest.slice(0, rows), suggestedMapping: headerMapping }
    : { delimiter, hasHeaderRow, headers: [], rows: cleaned.slice(0, rows), suggestedMapping: {} };
}

function readSampleRecords(sample: string, delimiter: CsvDelimiter, count: number): string[][] {
  const options = {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    to: count,
  };
  // The sample may end inside a quoted field that spans lines: drop lines from the end until
  // what is left parses, since only the first few rows are needed.
  let text = sample;
  for (let attempt = 0; ; attempt++) {
    try {
      return parse(text, options);
    } catch (error) {
      const lastBreak = text.search(/[\r\n][^\r\n]*$/);
      if (lastBreak <= 0 || attempt >= 100) {
        throw new ImportFormatError('contact_import.invalid_csv', { problem: (error as Error).message });
      }
      text = text.slice(0, lastBreak);
    }
  }
}

export function assertUsableMapping(mapping: ColumnMapping): void {
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== undefined && (!Number.isInteger(index) || index < 0)) {
      throw new ImportFormatError('contact_import.unknown_column', { field });
    }
  }
  if (mapping.firstName === undefined && mapping.lastName === undefined && mapping.fullName === undefined) {
    throw new ImportFormatError('contact_import.choose_name_column');
  }
}

/**
 * Rows of a generic CSV through the user's mapping. Without a mapping it is guessed from the
 * header row, and the import is refused when not even a name column can be recognised.
 */
export async function* readMappedRows(
  records: AsyncIterable<CsvRecord>,
  mapping: ColumnMapping | undefined,
  hasHeaderRow: boolean,
): AsyncGenerator<ParsedRow> {
  if (mapping) assertUsableMapping(mapping);
  if (!mapping && !hasHeaderRow) throw new ImportFormatError('contact_import.choose_columns');
  let columns = mapping;
  let headerPending = hasHeaderRow;
  for await (const { line, cells } of records) {
    if (headerPending) {
      headerPending = false;
      if (!columns) {
        columns = suggestMapping(cells);
        assertUsableMapping(columns);
      }
      continue;
    }
    if (!columns) continue;
    const raw: RawContact = {};
    for (const [field, index] of Object.entries(columns) as [MappedField, number | undefined][]) {
      if (index !== undefined) raw[field] = cells[index] ?? '';
    }
    yield toParsedRow(raw, line);
  }
}

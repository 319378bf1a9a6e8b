import type { TEducationEntry, THistoryRowProblem, TWorkHistoryEntry } from '@vouch/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.ts';

/**
 * LinkedIn's Positions.csv and Education.csv, from the same data export as Connections.csv: a
 * header row, then one row per position or school. Dates are "Mar 2019", a bare year, or (after a
 * spreadsheet) ISO. A bad row is reported with its line and left out; the good ones are kept.
 */
export type HistoryRows<T> = {
  entries: T[];
  /** The line each entry came from. */
  lines: number[];
  rejected: { line: number; problem: THistoryRowProblem }[];
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MAX_TEXT = 200;

/** "Mar 2019" → 2019-03-01, "2019" → 2019-01-01, "" → null; undefined when unreadable. */
export function parseLinkedinMonth(value: string): string | null | undefined {
  const text = value.trim();
  if (!text) return null;
  const iso = text.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1));
  const year = text.match(/^(\d{4})$/);
  if (year) return validDate(Number(year[1]), 1, 1);
  const named = text.match(/^([A-Za-zåäöÅÄÖ]{3})[A-Za-zåäö]*\.?[\s-]+(\d{4})$/);
  if (!named) return undefined;
  const month = MONTHS.indexOf(named[1].toLowerCase().replace('maj', 'may').replace('okt', 'oct')) + 1;
  if (month === 0) return undefined;
  return validDate(Number(named[2]), month, 1);
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const ok = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return ok && year >= 1900 && year <= 2100 ? date.toISOString().slice(0, 10) : undefined;
}

type Table = { header: string[]; rows: { line: number; cells: Record<string, string> }[] };

/**
 * The file's records keyed by its header's names. Blank lines are skipped by the parser itself (a
 * file of nothing but blank lines is empty, at once); a byte-order mark is dropped.
 */
function readTable(csv: string): Table | null {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      max_record_size: 64 * 1024,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) throw new AppError('history_import.unreadable', { problem: error.message });
    throw error;
  }
  const meaningful = records.filter((r) => r.record.some((cell) => cell.trim() !== ''));
  if (!meaningful.length) return null;
  const [first, ...rest] = meaningful;
  const header = first.record.map((h) => h.trim().toLowerCase());
  return {
    header,
    rows: rest.map((r) => ({
      line: r.info.lines,
      cells: Object.fromEntries(header.map((name, i) => [name, (r.record[i] ?? '').trim()])),
    })),
  };
}

function tableOf(
  csv: string,
  required: string[],
  notIt: 'history_import.not_positions' | 'history_import.not_education',
) {
  const table = readTable(csv);
  if (!table) throw new AppError('history_import.empty_file');
  if (!required.every((name) => table.header.includes(name))) throw new AppError(notIt);
  return table;
}

type Dated = { startDate: string | null; endDate: string | null };

/** The row's dates, or why they cannot be used. */
function datesOf(start: string, end: string): Dated | THistoryRowProblem {
  const startDate = parseLinkedinMonth(start);
  const endDate = parseLinkedinMonth(end);
  if (startDate === undefined || endDate === undefined) return 'bad_date';
  if (startDate && endDate && endDate < startDate) return 'end_before_start';
  return { startDate, endDate };
}

const tooLong = (...values: string[]) => values.some((v) => v.length > MAX_TEXT);
const orNull = (value: string) => value || null;

export function parsePositionsCsv(csv: string): HistoryRows<TWorkHistoryEntry> {
  const table = tableOf(csv, ['company name', 'title', 'started on', 'finished on'], 'history_import.not_positions');
  const result: HistoryRows<TWorkHistoryEntry> = { entries: [], lines: [], rejected: [] };
  for (const { line, cells } of table.rows) {
    const companyName = cells['company name'];
    const title = cells.title;
    if (!companyName) result.rejected.push({ line, problem: 'missing_name' });
    else if (tooLong(companyName, title)) result.rejected.push({ line, problem: 'too_long' });
    else {
      const dates = datesOf(cells['started on'], cells['finished on']);
      if (typeof dates === 'string') result.rejected.push({ line, problem: dates });
      else {
        result.entries.push({ companyName, title: orNull(title), ...dates });
        result.lines.push(line);
      }
    }
  }
  return result;
}

export function parseEducationCsv(csv: string): HistoryRows<TEducationEntry> {
  const table = tableOf(csv, ['school name', 'start date', 'end date', 'degree name'], 'history_import.not_education');
  const result: HistoryRows<TEducationEntry> = { entries: [], lines: [], rejected: [] };
  for (const { line, cells } of table.rows) {
    const schoolName = cells['school name'];
    const degree = cells['degree name'];
    // LinkedIn's export has no field of study of its own; "Notes" is free text and stays out.
    if (!schoolName) result.rejected.push({ line, problem: 'missing_name' });
    else if (tooLong(schoolName, degree)) result.rejected.push({ line, problem: 'too_long' });
    else {
      const dates = datesOf(cells['start date'], cells['end date']);
      if (typeof dates === 'string') result.rejected.push({ line, problem: dates });
      else {
        result.entries.push({ schoolName, degree: orNull(degree), fieldOfStudy: null, ...dates });
        result.lines.push(line);
      }
    }
  }
  return result;
}

import type { TBoardReferral, TLanguage } from '@vouch/contracts';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../../platform/http/context.ts';
import { auditAct } from '../audit/index.ts';

/** A download holds at most this many rows; the last line says when there were more. */
export const EXPORT_ROW_LIMIT = 10_000;

const TRUNCATED_NOTE: Record<TLanguage, string> = {
  en: `Only the first ${EXPORT_ROW_LIMIT.toLocaleString('en')} rows are exported; narrow the filters for the rest.`,
  sv: `Bara de första ${EXPORT_ROW_LIMIT.toLocaleString('sv')} raderna exporteras; smalna av filtren för resten.`,
};

const YES_NO = { en: ['yes', 'no'], sv: ['ja', 'nej'] } as const;

/**
 * A list of referrals as a spreadsheet in the reader's language: a header row, a row per item, and a
 * last line when rows were left out. `cellsOf` gives an item's cells, with `yesNo` for flags. Cells
 * that begin with = + - @ are prefixed with a quote so a spreadsheet shows them as text instead of
 * running them as formulas; the byte order mark makes Excel read the file as UTF-8.
 */
export function referralsCsv<Item, Column extends string>(
  sheet: { columns: readonly Column[]; headers: Record<TLanguage, Record<Column, string>> },
  items: readonly Item[],
  cellsOf: (item: Item, yesNo: (flag: boolean) => string) => Record<Column, string>,
  { language, truncated }: { language: TLanguage; truncated: boolean },
): string {
  const { columns } = sheet;
  const headers = sheet.headers[language];
  const [yes, no] = YES_NO[language];
  const yesNo = (flag: boolean) => (flag ? yes : no);
  const rows = items.map((item) => {
    const cells = cellsOf(item, yesNo);
    return columns.map((column) => cells[column]);
  });
  // A full-width row, so tools that insist on equal column counts still read the file.
  if (truncated) rows.push(columns.map((_, i) => (i === 0 ? TRUNCATED_NOTE[language] : '')));
  return stringify([columns.map((column) => headers[column]), ...rows], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}

/** The columns every referral list exports, keyed as the lists name them. */
type SharedColumn =
  | 'firstName'
  | 'lastName'
  | 'position'
  | 'company'
  | 'referrer'
  | 'source'
  | 'status'
  | 'job'
  | 'department'
  | 'createdAt';

/**
 * The cells of the columns every referral list exports. A cold prospect's referrer cell is empty
 * because the row never carries one (see board.repo.ts and network-referrals.repo.ts).
 */
export function sharedReferralCells(r: Pick<TBoardReferral, SharedColumn>): Record<SharedColumn, string> {
  return {
    firstName: r.firstName,
    lastName: r.lastName,
    position: r.position ?? '',
    company: r.company ?? '',
    referrer: r.referrer?.name ?? '',
    source: r.source,
    status: r.status,
    job: r.job?.title ?? '',
    department: r.department?.name ?? '',
    createdAt: r.createdAt,
  };
}

/** A list exported for download: the file, how many rows it holds, and whether rows were left out. */
export type CsvExport = { csv: string; rows: number; truncated: boolean };

/** The schema of a list's CSV download route; `querystring` is the list's query without paging. */
export function csvExportSchema<Query extends z.ZodTypeAny>(tags: string[], querystring: Query) {
  return {
    tags,
    querystring,
    produces: ['text/csv'],
    response: { 200: z.string().describe(`CSV, at most ${EXPORT_ROW_LIMIT} rows`) },
  };
}

/**
 * Sends `file` as a download named `<baseName>-<today>.csv`. The x-export headers say how many rows
 * it holds and whether the limit cut the list, so a client knows without parsing the file.
 */
export function sendCsv(reply: FastifyReply, file: CsvExport, baseName: string) {
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${baseName}-${day}.csv"`)
    .header('cache-control', 'no-store')
    .header('x-export-rows', String(file.rows))
    .header('x-export-row-limit', String(EXPORT_ROW_LIMIT))
    .header('x-export-truncated', String(file.truncated))
    .send(file.csv);
}

/** Which list a download was of, as the audit log names it. */
export type ExportedList = 'referral_board' | 'network_referrals' | 'referral_payouts';

/** Records the download in the audit log (who took which list, how many rows; never the rows) and returns it. */
export async function auditedExport(ctx: Ctx, list: ExportedList, file: CsvExport): Promise<CsvExport> {
  await auditAct(ctx, {
    action: 'data.exported',
    target: null,
    detail: { list, rows: file.rows, truncated: file.truncated },
  });
  return file;
}

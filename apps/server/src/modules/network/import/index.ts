/**
 * Contact import, parsing layer: turns an uploaded LinkedIn Connections.csv, a generic CSV (with
 * a column mapping the user chose after `previewCsv`) or a vCard file into validated contact
 * rows, or rejections with the line a user can find them on.
 *
 * Everything streams: a file is read chunk by chunk and rows are yielded as they are found, so
 * memory does not grow with the file. The size and row limits throw `ImportLimitError` the moment
 * they are crossed and stop reading; rows yielded before that must be discarded by the caller,
 * since an import is all or nothing. Files that cannot be read at all (binary, empty, missing
 * header, broken quoting) throw `ImportFormatError` with a sentence meant for the uploader, and
 * files that are mostly blank or unusable lines throw `ImportUnusableError` once that shows.
 * The bytes reach the format's reader in slices with a turn of the event loop between them, so
 * parsing never holds the server for longer than one slice takes.
 */
import { detectDelimiter, readCsvRecords } from './csv-records.ts';
import { decodeSample, detectFormat, SNIFF_BYTES, unreadableFileReason } from './detect-format.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, ImportFormatError, ImportLimitError } from './errors.ts';
import { readMappedRows } from './generic-csv.ts';
import { locateLinkedinHeader, readLinkedinRows } from './linkedin.ts';
import { type ByteSource, inTurns, limitBytes, peek, skipBytes, toUtf8 } from './source.ts';
import type { ImportFormat, ParsedRow, ParseOptions } from './types.ts';
import { checkRejectedShare } from './unusable-lines.ts';
import { readVcardRows } from './vcard.ts';

export { normaliseLinkedinUrl, splitFullName } from './contact-row.ts';
export { type CsvRecord, detectDelimiter, readCsvRecords, writeCsv } from './csv-records.ts';
export { detectFormat } from './detect-format.ts';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, ImportFormatError, ImportLimitError } from './errors.ts';
export { type CsvPreview, previewCsv, suggestMapping } from './generic-csv.ts';
export { type ByteSource, nextTurn } from './source.ts';
export type * from './types.ts';
export { ImportUnusableError, MAX_BLANK_RUN } from './unusable-lines.ts';

/**
 * Streams the rows of a contact file. `line` on each row is the physical line it starts on.
 * Throws `ImportFormatError` for an unreadable file and `ImportLimitError` past the limits.
 */
export async function* parseContacts(source: ByteSource, options: ParseOptions): AsyncGenerator<ParsedRow> {
  const maxBytes = options.limits?.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.limits?.maxRows ?? DEFAULT_MAX_ROWS;
  const peeked = await peek(limitBytes(source, maxBytes), SNIFF_BYTES);
  try {
    const detected = detectFormat(peeked.head);
    if (detected === 'binary' || detected === 'empty') {
      throw new ImportFormatError(unreadableFileReason(detected, peeked.head));
    }
    const format: ImportFormat = options.format === 'auto' ? detected : options.format;
    if (detected === 'vcard' && format !== 'vcard') {
      throw new ImportFormatError('contact_import.vcard_not_csv');
    }
    const text = inTurns(toUtf8(peeked.chunks, peeked.head));
    let rows = 0;
    let rejected = 0;
    for await (const row of readRows(format, text, peeked.head, options)) {
      if (++rows > maxRows) throw new ImportLimitError('rows', maxRows);
      if (row.kind === 'rejected') checkRejectedShare(++rejected, rows, row.line);
      yield row;
    }
  } finally {
    await peeked.close();
  }
}

function readRows(
  format: ImportFormat,
  text: AsyncIterable<Buffer>,
  head: Buffer,
  options: ParseOptions,
): AsyncIterable<ParsedRow> {
  switch (format) {
    case 'linkedin': {
      const header = locateLinkedinHeader(decodeSample(head));
      if (!header) return readLinkedinRows(readCsvRecords(text, ','));
      return readLinkedinRows(readCsvRecords(skipBytes(text, header.byteOffset), ',', header.line));
    }
    case 'csv': {
      const delimiter = options.delimiter ?? detectDelimiter(decodeSample(head));
      return readMappedRows(readCsvRecords(text, delimiter), options.mapping, options.hasHeaderRow ?? true);
    }
    case 'vcard':
      return readVcardRows(text);
  }
}

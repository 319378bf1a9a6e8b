import type { DetectedFormat } from './types.ts';

/** How many leading bytes the importer inspects to recognise the format and encoding. */
export const SNIFF_BYTES = 16 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Guesses the encoding from a byte order mark, else from whether the bytes are valid UTF-8.
 * Excel on Windows saves "CSV" in windows-1252 and "Unicode text" in UTF-16, so both are read
 * rather than refused.
 */
export function detectEncoding(firstBytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  const [a, b, c] = firstBytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(firstBytes, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

/** The first bytes as text, without a byte order mark. */
export function decodeSample(firstBytes: Uint8Array): string {
  const { encoding } = detectEncoding(firstBytes);
  return new TextDecoder(encoding).decode(firstBytes, { stream: true });
}

/** True for control characters that never occur in text; tab, line feed, form feed and carriage return do. */
function isBinaryControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isBinaryControl(code)) controls++;
  }
  return controls > text.length / 100;
}

export function detectFormat(firstBytes: Uint8Array): DetectedFormat {
  const text = decodeSample(firstBytes);
  if (text.trim() === '') return 'empty';
  if (looksBinary(text)) return 'binary';
  const lines = text.split(/\r\n|\n|\r/, 40);
  const firstLine = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  if (/^begin:vcard$/i.test(firstLine)) return 'vcard';
  if (/^"?notes:/i.test(firstLine)) return 'linkedin';
  if (lines.some(isLinkedinHeader)) return 'linkedin';
  return 'csv';
}

/** True for the header line of a LinkedIn Connections.csv, in whatever column order. */
export function isLinkedinHeader(line: string): boolean {
  const cells = line.split(',').map((cell) => cell.replace(/"/g, '').trim().toLowerCase());
  return (
    cells.includes('first name') &&
    cells.includes('last name') &&
    (cells.includes('url') || cells.includes('connected on'))
  );
}

/** A sentence for the person uploading, for the formats the importer refuses. */
export function unreadableFileReason(format: 'binary' | 'empty', firstBytes: Uint8Array) {
  if (format === 'empty') return 'contact_import.empty_file';
  // An .xlsx or .zip file starts with the ZIP signature "PK\x03\x04".
  const isZip = firstBytes[0] === 0x50 && firstBytes[1] === 0x4b && firstBytes[2] === 0x03 && firstBytes[3] === 0x04;
  if (isZip) return 'contact_import.spreadsheet';
  return 'contact_import.not_text';
}

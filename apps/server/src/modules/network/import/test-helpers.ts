import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ParsedRow, type ParseOptions, parseContacts } from './index.ts';

export const fixturePath = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export async function collect(rows: AsyncIterable<ParsedRow>): Promise<ParsedRow[]> {
  const all: ParsedRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** Parses a fixture read in small chunks, so characters and line ends get split across chunks. */
export function parseFixture(name: string, options: ParseOptions, chunkSize = 64 * 1024): Promise<ParsedRow[]> {
  return collect(parseContacts(createReadStream(fixturePath(name), { highWaterMark: chunkSize }), options));
}

export async function* chunksOf(bytes: Buffer | string, chunkSize = 16 * 1024): AsyncGenerator<Buffer> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
  for (let start = 0; start < buffer.length; start += chunkSize) yield buffer.subarray(start, start + chunkSize);
}

export const contacts = (rows: ParsedRow[]) => rows.flatMap((row) => (row.kind === 'contact' ? [row.contact] : []));
export const rejections = (rows: ParsedRow[]) =>
  rows.flatMap((row) => (row.kind === 'rejected' ? [{ line: row.line, reason: row.reason }] : []));

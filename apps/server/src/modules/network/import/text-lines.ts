import { ImportFormatError } from './errors.ts';

export type TextLine = { line: number; text: string };

// Far beyond any sensible line; the cap stops a file without line breaks from filling memory.
const MAX_LINE_CHARS = 4 * 1024 * 1024;

/** Splits UTF-8 chunks into lines (CRLF, LF or CR) numbered from 1, holding only one line at a time. */
export async function* readTextLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let lineNumber = 0;
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (!/[\r\n]/.test(text)) {
      pending += text;
      if (pending.length > MAX_LINE_CHARS) {
        throw new ImportFormatError('contact_import.line_too_long', { line: lineNumber + 1 });
      }
      continue;
    }
    pending += text;
    // A CR at the very end may be the first half of a CRLF split across chunks: keep it for later.
    const end = pending.endsWith('\r') ? pending.length - 1 : pending.length;
    const lines = pending.slice(0, end).split(/\r\n|\n|\r/);
    pending = lines.pop()! + pending.slice(end);
    for (const line of lines) yield { line: ++lineNumber, text: line };
  }
  pending += decoder.decode();
  if (pending === '') return;
  const lines = pending.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) yield { line: ++lineNumber, text: line };
}

import type { Readable } from 'node:stream';
import { detectEncoding, type TextEncoding } from './detect-format.ts';
import { ImportLimitError } from './errors.ts';

export type ByteSource = Readable | AsyncIterable<Uint8Array | string>;

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Passes chunks on and throws as soon as more than `maxBytes` have arrived. Leaving the loop
 * by throwing closes the source, so nothing past the limit is ever read.
 */
export async function* limitBytes(source: ByteSource, maxBytes: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    const buffer = toBuffer(chunk);
    total += buffer.length;
    if (total > maxBytes) throw new ImportLimitError('bytes', maxBytes);
    yield buffer;
  }
}

export type PeekedSource = {
  head: Buffer;
  /** Every chunk, the peeked ones included. */
  chunks: AsyncIterable<Buffer>;
  /** Closes the underlying source; safe to call after it was read to the end. */
  close: () => Promise<void>;
};

/** Reads just enough to look at the first `wanted` bytes, without losing them for the parser. */
export async function peek(source: AsyncIterable<Buffer>, wanted: number): Promise<PeekedSource> {
  const iterator = source[Symbol.asyncIterator]();
  const peeked: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < wanted) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    peeked.push(next.value);
    size += next.value.length;
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    yield* peeked.splice(0);
    while (!done) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return {
    head: Buffer.concat(peeked).subarray(0, wanted),
    chunks: chunks(),
    close: async () => {
      await iterator.return?.();
    },
  };
}

/** Re-encodes the text as UTF-8 without a byte order mark, which is what the parsers expect. */
export async function* toUtf8(chunks: AsyncIterable<Buffer>, head: Buffer): AsyncGenerator<Buffer> {
  const { encoding, bomLength } = detectEncoding(head);
  if (encoding === 'utf-8') {
    let bomLeft = bomLength;
    for await (const chunk of chunks) {
      const skip = Math.min(bomLeft, chunk.length);
      bomLeft -= skip;
      if (chunk.length > skip) yield chunk.subarray(skip);
    }
    return;
  }
  yield* transcode(chunks, encoding);
}

async function* transcode(chunks: AsyncIterable<Buffer>, encoding: TextEncoding): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest) yield Buffer.from(rest, 'utf8');
}

/** Drops the first `count` bytes, such as a preamble already read from the peeked start. */
export async function* skipBytes(chunks: AsyncIterable<Buffer>, count: number): AsyncGenerator<Buffer> {
  let left = count;
  for await (const chunk of chunks) {
    if (left >= chunk.length) {
      left -= chunk.length;
      continue;
    }
    yield left > 0 ? chunk.subarray(left) : chunk;
    left = 0;
  }
}

/** The most bytes a parser is handed at once: its work on one slice is the longest the server is busy. */
export const SLICE_BYTES = 8 * 1024;

/** One turn of the event loop, so requests waiting on timers and sockets run before more parsing. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Hands the chunks on in slices of at most `SLICE_BYTES`, giving the event loop a turn after each.
 * A parser works through whatever it is given without pausing, and promises alone never let timers
 * or sockets run: without the turns, one 64 KB chunk of costly lines held every other request.
 */
export async function* inTurns(chunks: AsyncIterable<Buffer>, sliceBytes = SLICE_BYTES): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += sliceBytes) {
      yield chunk.subarray(at, at + sliceBytes);
      await nextTurn();
    }
  }
}

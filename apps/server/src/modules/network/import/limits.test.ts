import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, ImportFormatError, ImportLimitError, parseContacts } from './index.ts';
import { collect } from './test-helpers.ts';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n';

/** An endless LinkedIn export made on demand, which records how much of it was read. */
function endlessExport(rowsPerChunk = 100) {
  const state = { bytesPulled: 0, closed: false };
  async function* generate(): AsyncGenerator<Buffer> {
    try {
      yield Buffer.from(HEADER);
      for (let row = 0; ; row += rowsPerChunk) {
        let text = '';
        for (let i = row; i < row + rowsPerChunk; i++) {
          text += `Åsa,Öberg ${i},https://www.linkedin.com/in/asa-${i},,"Spotify, AB",Engineer,12 Mar 2024\r\n`;
        }
        const chunk = Buffer.from(text);
        state.bytesPulled += chunk.length;
        yield chunk;
      }
    } finally {
      state.closed = true;
    }
  }
  return { source: generate(), state };
}

test('stops reading and throws once the file passes the size limit', async () => {
  const { source, state } = endlessExport();
  const maxBytes = 1024 * 1024;
  await assert.rejects(
    collect(parseContacts(source, { format: 'linkedin', limits: { maxBytes } })),
    (error: unknown) => {
      assert.ok(error instanceof ImportLimitError);
      assert.equal(error.limit, 'bytes');
      assert.equal(error.code, 'payload_too_large');
      assert.match(error.message, /larger than 1 MB; split it/);
      return true;
    },
  );
  assert.ok(state.bytesPulled < maxBytes + 20_000, `read ${state.bytesPulled} bytes`);
  assert.ok(state.closed, 'the source was closed');
});

test('stops reading and throws once the file passes the row limit', async () => {
  const { source, state } = endlessExport();
  const yielded: number[] = [];
  const readAll = async () => {
    for await (const row of parseContacts(source, { format: 'auto', limits: { maxRows: 1000 } }))
      yielded.push(row.line);
  };
  await assert.rejects(readAll(), /^ImportLimitError: The file has more than 1,000 rows; split it/);
  assert.equal(yielded.length, 1000);
  // About 90 KB of rows were needed; the parser may read a little ahead, never on and on.
  assert.ok(state.bytesPulled < 2 * 1024 * 1024, `read ${state.bytesPulled} bytes`);
  assert.ok(state.closed, 'the source was closed');
});

test('closes a stream source when the caller stops early', async () => {
  const { source, state } = endlessExport();
  const stream = Readable.from(source);
  for await (const row of parseContacts(stream, { format: 'linkedin' })) {
    if (row.line >= 10) break;
  }
  assert.ok(stream.destroyed);
  assert.ok(state.closed);
});

test('gives up on a quoted field that never ends instead of buffering it', async () => {
  let bytesPulled = 0;
  async function* unclosedQuote(): AsyncGenerator<Buffer> {
    yield Buffer.from(`${HEADER}Åsa,Öberg,,,"Spotify`);
    for (;;) {
      bytesPulled += 16_384;
      yield Buffer.alloc(16_384, 'x');
    }
  }
  await assert.rejects(collect(parseContacts(unclosedQuote(), { format: 'linkedin' })), ImportFormatError);
  assert.ok(bytesPulled < 1024 * 1024, `read ${bytesPulled} bytes`);
});

test('defaults to 50 MB and 200,000 rows, with messages that say what to do', () => {
  assert.equal(DEFAULT_MAX_BYTES, 50 * 1024 * 1024);
  assert.equal(
    new ImportLimitError('rows', DEFAULT_MAX_ROWS).message,
    'The file has more than 200,000 rows; split it into smaller files and import each.',
  );
  assert.equal(
    new ImportLimitError('bytes', DEFAULT_MAX_BYTES).message,
    'The file is larger than 50 MB; split it into smaller files and import each.',
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImportUnusableError, MAX_BLANK_RUN, parseContacts } from './index.ts';
import { chunksOf, collect } from './test-helpers.ts';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n';
const ROW = (i: number) => `Åsa,Öberg ${i},https://www.linkedin.com/in/asa-${i},,Spotify,Engineer,12 Mar 2024\r\n`;

/** A file that starts with `head` and then repeats `line` for ever, recording how much was read. */
function endless(head: string, line: string) {
  const state = { bytesPulled: 0, closed: false };
  async function* generate(): AsyncGenerator<Buffer> {
    try {
      yield Buffer.from(head);
      const chunk = Buffer.from(line.repeat(Math.ceil((64 * 1024) / line.length)));
      for (;;) {
        state.bytesPulled += chunk.length;
        yield chunk;
      }
    } finally {
      state.closed = true;
    }
  }
  return { source: generate(), state };
}

const refusedAt = (line: number, what: RegExp) => (error: unknown) => {
  assert.ok(error instanceof ImportUnusableError, String(error));
  assert.equal(error.code, 'contact_import_unusable');
  assert.equal(error.line, line);
  assert.deepEqual(
    error.fieldErrors?.map((e) => e.field),
    ['file'],
  );
  assert.match(error.message, what);
  return true;
};

for (const [what, line] of [
  ['empty lines', '\r\n'],
  ['lines of spaces', '  \r\n'],
  ['rows of empty cells', ',,,,,,\n'],
] as const) {
  test(`a CSV that goes on with ${what} stops at the cap, with the line the run began on`, async () => {
    const { source, state } = endless(`${HEADER}${ROW(1)}`, line);
    await assert.rejects(
      collect(parseContacts(source, { format: 'linkedin' })),
      refusedAt(3, /^From line 3 on, the file has more than 1,000 blank lines in a row/),
    );
    assert.ok(state.bytesPulled < 1024 * 1024, `read ${state.bytesPulled} bytes`);
    assert.ok(state.closed, 'the source was closed');
  });
}

test('blank lines between rows are skipped and counted, under the cap', async () => {
  const blanks = '\r\n'.repeat(MAX_BLANK_RUN);
  const rows = await collect(
    parseContacts(chunksOf(`${HEADER}${ROW(1)}${blanks}${ROW(2)}\r\n ,\r\n${ROW(3)}`, 100), { format: 'auto' }),
  );
  assert.deepEqual(
    rows.map((r) => r.line),
    [2, 3 + MAX_BLANK_RUN, 6 + MAX_BLANK_RUN],
  );
});

test('a vCard file that goes on with blank lines stops at the cap', async () => {
  const { source, state } = endless('BEGIN:VCARD\r\nFN:Åsa Öberg\r\nEND:VCARD\r\n', '\r\n');
  await assert.rejects(
    collect(parseContacts(source, { format: 'vcard' })),
    refusedAt(4, /more than 1,000 blank or unreadable lines in a row/),
  );
  assert.ok(state.bytesPulled < 1024 * 1024, `read ${state.bytesPulled} bytes`);
});

test('a file whose rows are mostly rejected stops once they pass the tolerance', async () => {
  const { source, state } = endless(HEADER, 'Åsa,Öberg,,not-an-email,Spotify,Engineer,\r\n');
  await assert.rejects(
    collect(parseContacts(source, { format: 'linkedin' })),
    refusedAt(1_002, /^Most rows cannot be read as contacts \(1,001 of the first 1,001, up to line 1,002\)/),
  );
  assert.ok(state.bytesPulled < 1024 * 1024, `read ${state.bytesPulled} bytes`);
});

test('parsing one big chunk gives the event loop turns, so other requests are not held', async () => {
  const rowCount = 20_000;
  const file = HEADER + Array.from({ length: rowCount }, (_, i) => ROW(i)).join('');
  let turns = 0;
  const ticker = setInterval(() => turns++, 0);
  try {
    // One chunk of ~1.8 MB, as a fast upload may arrive.
    const rows = await collect(parseContacts(chunksOf(file, Buffer.byteLength(file)), { format: 'linkedin' }));
    assert.equal(rows.length, rowCount);
  } finally {
    clearInterval(ticker);
  }
  assert.ok(turns > 10, `timers ran ${turns} times while the file was parsed`);
});

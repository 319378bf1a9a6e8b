import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type CsvDelimiter, parseContacts, readCsvRecords, writeCsv } from './index.ts';
import { chunksOf, collect, contacts } from './test-helpers.ts';

// Any unicode, biased towards the characters that make CSV hard.
const cell = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(',', ';', '\t', '"', '\n', '\r', ' ', 'a', 'Å', 'ö', '李', '😀') }),
);
const delimiter = fc.constantFrom<CsvDelimiter>(',', ';', '\t');
const chunkSize = fc.integer({ min: 1, max: 64 });

const isBlank = (row: string[]) => row.every((value) => value.trim() === '');
const lineBreaks = (row: string[]) => row.reduce((sum, value) => sum + (value.match(/\r\n|\n|\r/g)?.length ?? 0), 0);

test('whatever the CSV writer writes, the CSV reader reads back, with the line each row starts on', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
      delimiter,
      chunkSize,
      async (rows, sep, size) => {
        const expected: { line: number; cells: string[] }[] = [];
        let line = 1;
        for (const row of rows) {
          if (!isBlank(row)) expected.push({ line, cells: row });
          line += 1 + lineBreaks(row);
        }
        const read = [];
        for await (const record of readCsvRecords(chunksOf(writeCsv(rows, sep), size), sep)) read.push(record);
        assert.deepEqual(read, expected);
      },
    ),
    { numRuns: 300 },
  );
});

// Values as the importer stores them: trimmed, single-spaced, NFC.
const cleanValue = fc
  .string({ unit: fc.constantFrom(',', ';', '"', '\n', ' ', 'a', 'Z', 'Å', 'ö', 'ñ', '李', '雷', '😀'), minLength: 1 })
  .map((value) => value.normalize('NFC').replace(/\s+/gu, ' ').trim())
  .filter((value) => value !== '');

test('contacts written as a generic CSV come back through parseContacts unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(cleanValue, cleanValue, cleanValue), { minLength: 1, maxLength: 20 }),
      delimiter,
      async (rows, sep) => {
        const parsed = await collect(
          parseContacts(chunksOf(writeCsv(rows, sep), 7), {
            format: 'csv',
            delimiter: sep,
            hasHeaderRow: false,
            mapping: { firstName: 0, lastName: 1, company: 2 },
          }),
        );
        assert.deepEqual(
          contacts(parsed).map((contact) => [contact.firstName, contact.lastName, contact.company]),
          rows,
        );
      },
    ),
    { numRuns: 200 },
  );
});

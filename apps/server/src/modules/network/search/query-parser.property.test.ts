import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatQuery, QuerySyntaxError } from './query-ast.ts';
import { parseQuery } from './query-parser.ts';
import { toTsQueryText } from './tsquery-text.ts';

// Random text rarely forms a valid query, so half the inputs are built from the language's own pieces.
const piece = fc.constantFrom(
  ' ',
  '  ',
  '(',
  ')',
  '"',
  '-',
  '*',
  ':',
  'AND',
  'OR',
  'NOT',
  'and',
  'title:',
  'company:',
  'skill:',
  'name:',
  'titel:',
  'dev',
  'Åsa',
  '李雷',
  'c++',
  "o'brien",
  '\\',
  '&',
  '!',
  '<->',
  '\u0000',
  'İ',
);
const queryLike = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('').slice(0, 200));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), queryLike);

function parseOrNull(input: string) {
  try {
    return parseQuery(input);
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      assert.ok(error.position >= 0 && error.position <= input.length, `${input}: position ${error.position}`);
      assert.ok(error.length >= 1);
      return null;
    }
    throw error;
  }
}

test('any text either parses or is refused with a QuerySyntaxError', () => {
  fc.assert(
    fc.property(anyText, (input) => {
      const node = parseOrNull(input);
      if (node) assert.equal(typeof toTsQueryText(node), 'string');
    }),
    { numRuns: 3000 },
  );
});

test('a formatted query parses back to the same tree', () => {
  fc.assert(
    fc.property(anyText, (input) => {
      const node = parseOrNull(input);
      if (node) assert.deepEqual(parseQuery(formatQuery(node)), node, formatQuery(node));
    }),
    { numRuns: 3000 },
  );
});

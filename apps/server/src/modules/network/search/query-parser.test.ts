import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatQuery, type QueryNode, QuerySyntaxError, type SearchField } from './query-ast.ts';
import { parseQuery } from './query-parser.ts';

const word = (text: string, field: SearchField | null = null, prefix = false): QueryNode => ({
  kind: 'term',
  text,
  field,
  prefix,
});
const phrase = (text: string, field: SearchField | null = null): QueryNode => ({ kind: 'phrase', text, field });
const and = (...children: QueryNode[]): QueryNode => ({ kind: 'and', children });
const or = (...children: QueryNode[]): QueryNode => ({ kind: 'or', children });
const not = (child: QueryNode): QueryNode => ({ kind: 'not', child });

function syntaxError(input: string) {
  try {
    parseQuery(input);
  } catch (error) {
    assert.ok(error instanceof QuerySyntaxError, `${input}: ${error}`);
    return { message: error.message, position: error.position, length: error.length };
  }
  assert.fail(`${input} parsed`);
}

describe('parseQuery', () => {
  test('NOT binds tighter than AND, AND tighter than OR; adjacent terms are ANDed', () => {
    assert.deepEqual(parseQuery('a b OR c'), or(and(word('a'), word('b')), word('c')));
    assert.deepEqual(parseQuery('a OR b c'), or(word('a'), and(word('b'), word('c'))));
    assert.deepEqual(parseQuery('a AND b OR c AND d'), or(and(word('a'), word('b')), and(word('c'), word('d'))));
    assert.deepEqual(parseQuery('NOT a b'), and(not(word('a')), word('b')));
    assert.deepEqual(parseQuery('a b'), parseQuery('a AND b'));
    assert.deepEqual(parseQuery('(a OR b) c'), and(or(word('a'), word('b')), word('c')));
    assert.deepEqual(parseQuery('a (b c) d'), and(word('a'), word('b'), word('c'), word('d')));
    assert.deepEqual(parseQuery('a OR (b OR c)'), or(word('a'), word('b'), word('c')));
  });

  test('quoted phrases keep their words, lower-cased, with spaces collapsed', () => {
    assert.deepEqual(parseQuery('"Staff   Engineer" remote'), and(phrase('staff engineer'), word('remote')));
    assert.deepEqual(parseQuery('"a OR b"'), phrase('a or b'));
    assert.deepEqual(parseQuery('"title:x (y)"'), phrase('title:x (y)'));
  });

  test('a field applies to a term, a phrase, a prefix or every term of a group', () => {
    assert.deepEqual(parseQuery('title:engineer'), word('engineer', 'title'));
    assert.deepEqual(parseQuery('Company:"Acme AB"'), phrase('acme ab', 'company'));
    assert.deepEqual(parseQuery('skill:type*'), word('type', 'skill', true));
    assert.deepEqual(
      parseQuery('title:(engineer OR developer -junior) name:åsa'),
      and(
        or(word('engineer', 'title'), and(word('developer', 'title'), not(word('junior', 'title')))),
        word('åsa', 'name'),
      ),
    );
    assert.deepEqual(parseQuery('10:30 a1:b'), and(word('10:30'), word('a1:b')));
  });

  test('negation by NOT, by a leading dash, on phrases, fields and groups; inner dashes stay words', () => {
    assert.deepEqual(parseQuery('a -b'), and(word('a'), not(word('b'))));
    assert.deepEqual(parseQuery('a NOT b'), parseQuery('a -b'));
    assert.deepEqual(parseQuery('a -"b c"'), and(word('a'), not(phrase('b c'))));
    assert.deepEqual(parseQuery('a -company:acme'), and(word('a'), not(word('acme', 'company'))));
    assert.deepEqual(parseQuery('a -(b OR c)'), and(word('a'), not(or(word('b'), word('c')))));
    assert.deepEqual(parseQuery('a --b'), and(word('a'), not(not(word('b')))));
    assert.deepEqual(parseQuery('e-commerce a - b'), and(word('e-commerce'), word('a'), word('b')));
  });

  test('unicode words, prefixes and stray punctuation', () => {
    assert.deepEqual(parseQuery('Åsa Öberg 李雷'), and(word('åsa'), word('öberg'), word('李雷')));
    assert.deepEqual(parseQuery('dev* c++ node.js'), and(word('dev', null, true), word('c++'), word('node.js')));
    assert.deepEqual(parseQuery('sales & marketing'), and(word('sales'), word('marketing')));
  });

  test('only upper-case AND, OR and NOT are operators', () => {
    assert.deepEqual(parseQuery('research and development'), and(word('research'), word('and'), word('development')));
    assert.deepEqual(parseQuery('a or b not c'), and(word('a'), word('or'), word('b'), word('not'), word('c')));
    assert.deepEqual(parseQuery('a Or b'), and(word('a'), word('or'), word('b')));
  });

  test('every error names the problem and points at it', () => {
    const cases: Array<[string, string, number, number]> = [
      ['a (b OR c', 'Unclosed parenthesis opened at character 3', 2, 1],
      ['(', 'Unclosed parenthesis opened at character 1', 0, 1],
      ['a b)', 'Unmatched closing parenthesis at character 4', 3, 1],
      ['a ()', 'Empty parentheses at character 3', 2, 2],
      ['engineer OR', 'Expected a term after OR at character 10', 9, 2],
      ['a OR OR b', 'Expected a term after OR at character 3', 2, 2],
      ['a AND', 'Expected a term after AND at character 3', 2, 3],
      ['OR a', 'Expected a term before OR at character 1', 0, 2],
      ['(AND a)', 'Expected a term before AND at character 2', 1, 3],
      ['a "staff eng', 'Unclosed quote at character 3', 2, 1],
      ['a " "', 'Put words between the quotes at character 3', 2, 3],
      ['titel:engineer', 'Unknown field "titel:" — use title:, company:, skill: or name:', 0, 6],
      ['a title: b', 'title: needs a word, "phrase" or (group) right after it at character 3', 2, 6],
      ['a title:', 'title: needs a word, "phrase" or (group) right after it at character 3', 2, 6],
      ['title:(company:x)', "company: can't be used inside title:( … )", 7, 8],
      ['a NOT', 'NOT needs something to exclude at character 3', 2, 3],
      ['a -)', 'Unmatched closing parenthesis at character 4', 3, 1],
      ['a NOT OR b', 'NOT needs something to exclude at character 3', 2, 3],
      ['a d*', 'Type at least 2 letters before * at character 3', 2, 2],
      ['-foo', 'Add something to search for besides exclusions', 0, 4],
      ['NOT a NOT b', 'Add something to search for besides exclusions', 0, 11],
      ['a OR -b', 'Add something to search for besides exclusions', 0, 7],
      ['   ', 'Type something to search for', 0, 3],
      ['& -', 'Type something to search for', 0, 3],
    ];
    for (const [input, message, position, length] of cases) {
      assert.deepEqual(syntaxError(input), { message, position, length }, input);
    }
  });

  test('limits: 500 characters, 30 words, 10 levels of nesting', () => {
    assert.ok(parseQuery('a'.repeat(500)));
    assert.deepEqual(syntaxError('a'.repeat(503)), {
      message: 'Keep the query under 500 characters (this one has 503)',
      position: 500,
      length: 3,
    });
    const words = Array.from({ length: 31 }, (_, i) => `w${i}`);
    assert.ok(parseQuery(words.slice(0, 30).join(' ')));
    const tooMany = words.join(' ');
    assert.deepEqual(syntaxError(tooMany), {
      message: 'Too many words: use at most 30',
      position: tooMany.indexOf('w30'),
      length: 3,
    });
    assert.deepEqual(parseQuery(`${'('.repeat(10)}a${')'.repeat(10)}`), word('a'));
    assert.deepEqual(syntaxError(`${'('.repeat(11)}a${')'.repeat(11)}`), {
      message: 'Too deeply nested at character 11: use at most 10 levels',
      position: 10,
      length: 1,
    });
    assert.equal(syntaxError(`b ${'-'.repeat(11)}a`).position, 12);
  });

  test('formatting writes a query that parses back to the same tree', () => {
    for (const input of ['title:(a OR b) -company:"acme ab" dev*', 'NOT (a OR b) c', 'a --b', 'x (y OR z -w)']) {
      const node = parseQuery(input);
      assert.deepEqual(parseQuery(formatQuery(node)), node, formatQuery(node));
    }
    assert.equal(formatQuery(parseQuery('title:(a OR b) -(c d)')), '(title:a OR title:b) -(c d)');
  });
});

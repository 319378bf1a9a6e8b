import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { compileQuery, highlightTerms, rankOf } from './query-compiler.ts';
import { parseQuery } from './query-parser.ts';
import { quoteLexeme, toRankTsQueryText, toTsQueryText } from './tsquery-text.ts';

const tsQuery = (input: string) => toTsQueryText(parseQuery(input));

describe('tsquery text', () => {
  test('operators, fields as weight labels, prefixes and phrases', () => {
    assert.equal(tsQuery('a b OR c'), "(('a' & 'b') | 'c')");
    assert.equal(tsQuery('title:engineer -company:acme'), "('engineer':A & !'acme':B)");
    // Accents are folded on both sides (stored and typed text), so "asa" finds Åsa and "åsa" finds Asa.
    assert.equal(tsQuery('skill:type* name:åsa'), "('type':*C & 'asa':D)");
    assert.equal(tsQuery('dev*'), "'dev':*");
    assert.equal(tsQuery('title:"staff engineer"'), "'staff engineer':A");
    assert.equal(tsQuery('"staff engineer"'), "'staff engineer'");
  });

  test('quotes and backslashes are escaped; text is NFKC-normalised and lower-cased; NUL is dropped', () => {
    assert.equal(quoteLexeme("O'Brien"), "'o''brien'");
    assert.equal(quoteLexeme('a\\b'), "'a\\\\b'");
    assert.equal(quoteLexeme('ＡＢＣ'), "'abc'");
    assert.equal(quoteLexeme('a\u0000b'), "'a b'");
    assert.equal(tsQuery("x'|!&:*<->"), "'x''|!&:*<->'");
  });

  test('ranking uses the positive terms only', () => {
    assert.equal(toRankTsQueryText(parseQuery('title:a (b OR c) -d')), "'a':A | 'b' | 'c'");
  });
});

describe('SQL', () => {
  const dialect = new PgDialect();
  const columns = { searchVector: sql`c.search_vector` };

  test('user text reaches SQL only as a bound parameter', () => {
    const query = dialect.sqlToQuery(compileQuery(parseQuery(`"'; drop table x; --" dev*`), columns));
    assert.equal(query.sql, `c.search_vector @@ to_tsquery('simple', $1)`);
    assert.deepEqual(query.params, ["('''; drop table x; --' & 'dev':*)"]);
    const rank = dialect.sqlToQuery(rankOf(parseQuery('a -b'), columns));
    assert.equal(rank.sql, `ts_rank($1::float4[], c.search_vector, to_tsquery('simple', $2))`);
    assert.deepEqual(rank.params, ['{0.5, 0.6, 0.8, 1.0}', "'a'"]);
  });
});

describe('highlightTerms', () => {
  test('lists the positive words and phrases once each, without exclusions', () => {
    assert.deepEqual(highlightTerms(parseQuery('title:(dev* OR "staff engineer") acme -google acme NOT (x y)')), [
      { text: 'dev', prefix: true, field: 'title' },
      { text: 'staff engineer', prefix: false, field: 'title' },
      { text: 'acme', prefix: false, field: null },
    ]);
  });
});

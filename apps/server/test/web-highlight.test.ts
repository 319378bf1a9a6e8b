import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightSegments } from '../../web/src/features/referrals/highlight.ts';

test('highlights fold accents as the search does, and cut the original text', () => {
  const term = (text: string, prefix = false) => ({ text, prefix, field: null });
  assert.deepEqual(highlightSegments('Jürgen Müller', [term('muller')], 'name'), [
    { text: 'Jürgen ', marked: false },
    { text: 'Müller', marked: true },
  ]);
  assert.deepEqual(highlightSegments('Anna Muller', [term('MÜLLER')], 'name'), [
    { text: 'Anna ', marked: false },
    { text: 'Muller', marked: true },
  ]);
  assert.deepEqual(highlightSegments('Søren Straße', [term('sor', true), term('strasse')], 'name'), [
    { text: 'Sør', marked: true },
    { text: 'en ', marked: false },
    { text: 'Straße', marked: true },
  ]);
  assert.deepEqual(highlightSegments('Åsa', [term('bob')], 'name'), [{ text: 'Åsa', marked: false }]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SLUG_PATTERN } from '@vouch/contracts';
import { firstFreeSlug, slugFromName } from './company-slug.ts';

test('a careers address from a company name: folded, dashed, short, never empty', () => {
  const cases: [string, string][] = [
    ['Acme AB', 'acme-ab'],
    ['  Ölands Bröd & Co. ', 'olands-brod-co'],
    ['Müller–Straße GmbH', 'muller-strasse-gmbh'],
    ['Ærø Øl', 'aero-ol'],
    ['株式会社', 'company'],
    ['X', 'x-company'],
    ['--', 'company'],
    ['A'.repeat(80), 'a'.repeat(50)],
    [`${'ab '.repeat(30)}`, 'ab-'.repeat(17).slice(0, 50).replace(/-+$/, '')],
  ];
  for (const [name, slug] of cases) {
    assert.equal(slugFromName(name), slug, name);
    assert.match(slugFromName(name), SLUG_PATTERN, name);
  }
});

test('a taken address gets the first free number', () => {
  assert.equal(firstFreeSlug('acme-ab', []), 'acme-ab');
  assert.equal(firstFreeSlug('acme-ab', ['acme-ab']), 'acme-ab-2');
  assert.equal(firstFreeSlug('acme-ab', ['acme-ab', 'acme-ab-2', 'acme-ab-4']), 'acme-ab-3');
});

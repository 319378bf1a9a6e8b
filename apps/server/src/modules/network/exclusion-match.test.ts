import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ExclusionRule, exclusionKeysOf, indexExclusions, isExcluded } from './exclusion-match.ts';

const rules: ExclusionRule[] = [
  { kind: 'company_name', value: 'Initech AB', variants: ['Initech Sverige', 'INITECH'] },
  { kind: 'email_domain', value: '@Initrode.com' },
  { kind: 'email', value: 'Peter@Gibbons.example' },
  { kind: 'linkedin_url', value: 'https://www.linkedin.com/in/bill-lumbergh/' },
];

test('a company name matches however the contact writes it, and through its variants', () => {
  for (const company of ['Initech', 'initech ab', 'INITECH AB (publ)', 'Initech Sverige AB', ' initech  ']) {
    assert.equal(isExcluded({ company }, rules), true, company);
  }
  for (const company of ['Initrode', 'Initech Labs', '', null, undefined, 'AB']) {
    assert.equal(isExcluded({ company }, rules), false, String(company));
  }
});

test('an email matches by address and by domain; LinkedIn by profile, whatever the URL dress', () => {
  assert.equal(isExcluded({ email: ' peter@GIBBONS.example' }, rules), true);
  assert.equal(isExcluded({ email: 'joanna@initrode.com' }, rules), true);
  assert.equal(isExcluded({ email: 'joanna@mail.initrode.com' }, rules), false, 'exact domain only');
  assert.equal(isExcluded({ email: 'samir@gibbons.example' }, rules), false);
  assert.equal(isExcluded({ linkedinUrl: 'se.linkedin.com/in/Bill-Lumbergh?trk=abc' }, rules), true);
  assert.equal(isExcluded({ linkedinUrl: 'https://linkedin.com/in/bill-lumbergh-2' }, rules), false);
});

test('any one matching field excludes; none given never does', () => {
  assert.equal(isExcluded({ email: 'x@free.example', company: 'Initech' }, rules), true);
  assert.equal(isExcluded({}, rules), false);
  assert.equal(isExcluded({ email: 'peter@gibbons.example' }, []), false);
});

test('a prepared index answers the same as the rule list', () => {
  const index = indexExclusions(rules);
  for (const contact of [{ company: 'Initech Sverige' }, { email: 'a@initrode.com' }, { company: 'Globex' }]) {
    assert.equal(isExcluded(contact, index), isExcluded(contact, rules));
  }
});

test('keys are folded and each given once', () => {
  assert.deepEqual(exclusionKeysOf(rules[0]), ['initech', 'initech sverige']);
  assert.deepEqual(exclusionKeysOf(rules[1]), ['initrode.com']);
  assert.deepEqual(exclusionKeysOf(rules[3]), ['linkedin.com/in/bill-lumbergh']);
  assert.deepEqual(exclusionKeysOf({ kind: 'company_name', value: '!!!' }), []);
});

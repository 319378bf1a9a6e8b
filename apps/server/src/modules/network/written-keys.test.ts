import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valuesOf } from './contact-merge.ts';
import { keysOf, trackWrittenKeys } from './written-keys.ts';

const row = (slug: string, email: string | null = null) =>
  valuesOf({
    firstName: 'A',
    lastName: slug,
    email,
    linkedinUrl: `https://www.linkedin.com/in/${slug}`,
    company: null,
    position: null,
    connectedOn: null,
  });

test('into an empty network, only keys written earlier in the import may match', () => {
  const tracker = trackWrittenKeys(true);
  assert.equal(tracker.mayMatch(keysOf([row('a')])), false);
  tracker.remember([row('a', 'a@x.example')]);
  assert.equal(tracker.mayMatch(keysOf([row('b', 'A@x.example')])), true, 'by email');
  assert.equal(tracker.mayMatch(keysOf([row('a')])), true, 'by profile');
  assert.equal(tracker.mayMatch(keysOf([row('c')])), false);
});

test('a network that had contacts, or too many keys to remember, always asks', () => {
  assert.equal(trackWrittenKeys(false).mayMatch(keysOf([row('a')])), true);
  const tracker = trackWrittenKeys(true, 2);
  tracker.remember([row('a', 'a@x.example'), row('b')]);
  assert.equal(tracker.mayMatch(keysOf([row('z')])), true);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planBatch, type StoredContact, valuesOf } from './contact-merge.ts';
import type { Contact } from './import/index.ts';

const person = (over: Partial<Contact> = {}): Contact => ({
  firstName: 'Åsa',
  lastName: 'Öberg',
  email: null,
  linkedinUrl: 'https://www.linkedin.com/in/asa-oberg',
  company: 'Spotify',
  position: 'Engineer',
  connectedOn: '2024-03-12',
  ...over,
});
const stored = (id: string, over: Partial<Contact> = {}): StoredContact => ({ id, ...valuesOf(person(over)) });

test('a new person is added; the same row twice in one file is one contact', () => {
  const plan = planBatch([valuesOf(person()), valuesOf(person())], []);
  assert.equal(plan.inserts.length, 1);
  assert.deepEqual(plan.counts, { added: 1, updated: 0, unchanged: 1, excluded: 0 });
});

test('a changed company updates; an empty value keeps what is stored', () => {
  const plan = planBatch([valuesOf(person({ company: 'Klarna', position: null }))], [stored('a')]);
  assert.deepEqual(plan.counts, { added: 0, updated: 1, unchanged: 0, excluded: 0 });
  assert.equal(plan.updates[0].company, 'Klarna');
  assert.equal(plan.updates[0].companyKey, 'klarna');
  assert.equal(plan.updates[0].position, 'Engineer');
});

test('an unchanged person is counted and moved to the new import, not rewritten', () => {
  const plan = planBatch([valuesOf(person({ linkedinUrl: 'https://se.linkedin.com/in/Asa-Oberg/' }))], [stored('a')]);
  assert.deepEqual(plan.counts, { added: 0, updated: 0, unchanged: 1, excluded: 0 });
  assert.deepEqual(plan.untouchedIds, ['a']);
});

test('an email match merges; an email owned by another contact is not moved over', () => {
  const byEmail = planBatch(
    [valuesOf(person({ linkedinUrl: null, email: 'ASA@example.se', position: 'CTO' }))],
    [stored('a', { email: 'asa@example.se' })],
  );
  assert.equal(byEmail.updates[0].position, 'CTO');
  const clash = planBatch(
    [valuesOf(person({ email: 'bo@example.se' }))],
    [stored('a'), stored('b', { linkedinUrl: null, email: 'bo@example.se', firstName: 'Bo' })],
  );
  assert.deepEqual(clash.counts, { added: 0, updated: 0, unchanged: 1, excluded: 0 });
  assert.deepEqual(clash.untouchedIds, ['a']);
});

test('an excluded row updates the person the owner has, and never adds one', () => {
  const initech = (row: { companyKey: string | null }) => row.companyKey === 'initech';
  const plan = planBatch(
    [
      valuesOf(person({ company: 'Initech', position: 'Director' })),
      valuesOf(person({ linkedinUrl: 'https://www.linkedin.com/in/someone-new', company: 'Initech' })),
      valuesOf(person({ linkedinUrl: 'https://www.linkedin.com/in/kept', company: 'Initech' })),
    ],
    [stored('a'), stored('b', { linkedinUrl: 'https://www.linkedin.com/in/kept', company: 'Initech' })],
    initech,
  );
  assert.deepEqual(plan.counts, { added: 0, updated: 0, unchanged: 0, excluded: 3 });
  assert.equal(plan.inserts.length, 0, 'an excluded stranger is not stored');
  assert.deepEqual(
    plan.updates.map((u) => [u.id, u.company, u.position]),
    [['a', 'Initech', 'Director']],
    'the stored contact moves to the new employer, where the exclusion hides it',
  );
  assert.deepEqual(plan.untouchedIds, ['b']);
  assert.deepEqual(plan.excludedIds, ['a', 'b'], 'both are people the owner has who are now excluded');
});

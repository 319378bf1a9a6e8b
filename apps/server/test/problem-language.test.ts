import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

test('a problem names its reason and parameters, and words its detail in the language asked for', async () => {
  const english = (await t.anonymous.get('/api/nope')).json();
  assert.equal(english.code, 'not_found');
  assert.equal(english.reason, 'request.no_route');
  assert.deepEqual(english.params, { method: 'GET', path: '/api/nope' });
  assert.equal(english.detail, 'No route GET /api/nope');

  const swedish = (await t.anonymous.get('/api/nope', { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.8' })).json();
  assert.equal(swedish.code, 'not_found');
  assert.equal(swedish.reason, 'request.no_route');
  assert.equal(swedish.detail, 'Ingen route GET /api/nope');

  const other = (await t.anonymous.get('/api/nope', { 'accept-language': 'de-DE' })).json();
  assert.equal(other.detail, 'No route GET /api/nope');
});

test('a shared report link that names nothing answers in the reader’s language', async () => {
  const swedish = await t.anonymous.get('/shared/reports/no-such-token', { 'accept-language': 'sv' });
  assert.equal(swedish.statusCode, 404);
  assert.match(swedish.body, /Länken hittades inte/);
  const english = await t.anonymous.get('/shared/reports/no-such-token');
  assert.match(english.body, /Link not found/);
});

test('a search the person can fix says where, in Swedish, on the field and in the detail', async () => {
  const company = await makeCompany(t.db);
  const member = await makeMember(t.db, company.id, 'recruiter');
  const recruiter = await t.signIn(member.email);
  const res = await recruiter.get(`/api/referrals/network?q=${encodeURIComponent('(engineer')}`, {
    'accept-language': 'sv',
  });
  assert.equal(res.statusCode, 422, res.body);
  const problem = res.json();
  assert.equal(problem.code, 'unprocessable');
  assert.equal(problem.reason, 'search.unclosed_parenthesis');
  assert.deepEqual(problem.params, { at: 1 });
  assert.equal(problem.detail, 'Parentesen som öppnas vid tecken 1 stängs aldrig');
  assert.deepEqual(problem.errors, [
    {
      field: 'q',
      message: 'Parentesen som öppnas vid tecken 1 stängs aldrig',
      reason: 'search.unclosed_parenthesis',
      params: { at: 1 },
    },
  ]);
  const english = (await recruiter.get(`/api/referrals/network?q=${encodeURIComponent('(engineer')}`)).json();
  assert.equal(english.detail, 'The search could not be read: Unclosed parenthesis opened at character 1');
});

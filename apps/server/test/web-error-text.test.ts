import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemText } from '../../web/src/app/problem-text.ts';
import { PageError, setPageLanguage } from '../../web/src/respond/page-error.ts';

// The web entries word failures by the problem's reason and parameters, never by its English words.

test('the app words a reason in the language asked for, with its parameters', () => {
  assert.equal(problemText('sv', 'search.unclosed_quote', { at: 4 }), 'Citattecknet vid tecken 4 stängs aldrig');
  assert.equal(problemText('en', 'search.unclosed_quote', { at: 4 }), 'Unclosed quote at character 4');
  assert.equal(problemText('sv', 'a.reason_from_a_newer_server', {}), null);
  assert.equal(problemText('sv', undefined), null);
});

test('the candidate and referee pages word the problem and its fields by reason', () => {
  setPageLanguage('sv');
  const error = new PageError(400, {
    code: 'validation_failed',
    reason: 'candidate_page.referees_left',
    params: { count: 2 },
    detail: 'Name at most 2 more referees',
    errors: [
      { field: 'referees.0.email', message: 'This is your own email address', reason: 'referee.your_own_email' },
      { field: 'referees.0.name', message: 'Required' },
      { field: 'referees.0.note', message: 'Some words only a newer server knows' },
    ],
  });
  assert.equal(error.message, 'Du kan ange högst 2 till');
  assert.deepEqual(
    error.errors.map((e) => e.message),
    ['Det här är din egen e-postadress', 'Obligatoriskt', 'Some words only a newer server knows'],
  );

  // A generic reason says less than the server's own words, which are kept.
  const generic = new PageError(409, { code: 'conflict', reason: 'conflict', detail: 'Ändrat' });
  assert.equal(generic.message, 'Ändrat');
  setPageLanguage('en');
  assert.equal(new PageError(410, { code: 'link_expired', reason: 'link_expired' }).message, 'HTTP 410');
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { retryDelayMs } from '../../platform/retry.ts';
import { describeError } from './backoff.ts';
import { renderEmail, renderSms } from './templates/index.ts';

const invite = {
  inviterName: 'Anna <b>Admin</b>',
  companyName: 'Acme & "Sons"',
  role: 'hiring_manager' as const,
  url: 'https://vouch.example/invite?token=abc&x=1',
  expiresInDays: 14,
};

describe('email templates', () => {
  test('every email has a subject, plain text and HTML in English and Swedish', () => {
    for (const language of ['en', 'sv'] as const) {
      const reset = renderEmail(
        'password_reset',
        { name: 'Eva', url: 'https://v.example/r?token=t', expiresInMinutes: 60 },
        language,
      );
      const inv = renderEmail('invite', invite, language);
      for (const email of [reset, inv]) {
        assert.ok(email.subject.length > 5);
        assert.ok(email.text.length > 50);
        assert.match(email.html, new RegExp(`^<!doctype html>\\n<html lang="${language}">`));
      }
    }
  });

  test('English and Swedish words, and the role in words', () => {
    const en = renderEmail('invite', invite, 'en');
    const sv = renderEmail('invite', invite, 'sv');
    assert.equal(en.subject, 'You are invited to Acme & "Sons" on Vouch');
    assert.equal(sv.subject, 'Du är inbjuden till Acme & "Sons" på Vouch');
    assert.match(en.text, /as a hiring manager\./);
    assert.match(sv.text, /som rekryterande chef\./);
    assert.match(en.text, /valid for 14 days/);
    assert.match(sv.text, /gäller i 14 dagar/);
    const reset = renderEmail(
      'password_reset',
      { name: 'Eva', url: 'https://v.example/r', expiresInMinutes: 30 },
      'sv',
    );
    assert.match(reset.text, /^Hej Eva,/);
    assert.match(reset.text, /gäller i 30 minuter/);
  });

  test('HTML escapes every piece of data; the text part keeps it as written', () => {
    const email = renderEmail('invite', invite, 'en', { senderName: 'Acme <HR>' });
    assert.ok(!email.html.includes('<b>Admin</b>'));
    assert.ok(email.html.includes('Anna &lt;b&gt;Admin&lt;/b&gt;'));
    assert.ok(email.html.includes('Acme &amp; &quot;Sons&quot;'));
    assert.ok(email.html.includes('href="https://vouch.example/invite?token=abc&amp;x=1"'));
    assert.ok(email.html.includes('Sent by Acme &lt;HR&gt; with Vouch'));
    assert.ok(email.text.includes('Anna <b>Admin</b> has invited you'));
    assert.ok(email.text.includes('https://vouch.example/invite?token=abc&x=1'));
    assert.ok(email.text.endsWith('--\nSent by Acme <HR> with Vouch\n'));
  });

  test('the button never links to anything but http(s)', () => {
    const email = renderEmail('password_reset', { name: '', url: 'javascript:alert(1)', expiresInMinutes: 5 }, 'en');
    assert.ok(!email.html.includes('href="javascript:'));
    assert.match(email.text, /^Hi,/);
  });

  test('the footer names Vouch when the company has no sender name', () => {
    assert.match(renderEmail('invite', invite, 'sv').html, /Skickat av Vouch via Vouch/);
  });
});

describe('SMS templates', () => {
  test('test_message in both languages', () => {
    assert.deepEqual(renderSms('test_message', { text: 'hello' }, 'en'), { text: 'Test message from Vouch: hello' });
    assert.deepEqual(renderSms('test_message', { text: 'hej' }, 'sv'), { text: 'Testmeddelande från Vouch: hej' });
  });
});

describe('backoff and errors', () => {
  test('messages retry on the app’s one schedule: 30 s, 2 min, 10 min … 8 h, with jitter of at most 20 %', () => {
    assert.equal(
      retryDelayMs(1, () => 0.5),
      30_000,
    );
    assert.equal(
      retryDelayMs(2, () => 0.5),
      120_000,
    );
    assert.equal(
      retryDelayMs(3, () => 0.5),
      600_000,
    );
    assert.equal(
      retryDelayMs(30, () => 0.5),
      8 * 3600_000,
    );
    assert.equal(
      retryDelayMs(1, () => 0),
      24_000,
    );
    assert.equal(
      retryDelayMs(1, () => 1),
      36_000,
    );
  });

  test('error text is one short line without credentials', () => {
    const error = new Error('connect to smtp://mailer:hunter2@mail.example failed\nAuthorization: Basic dTpw');
    const text = describeError(error);
    assert.ok(!text.includes('hunter2'));
    assert.ok(!text.includes('dTpw'));
    assert.ok(!text.includes('\n'));
    assert.equal(describeError(new Error('x'.repeat(2000))).length, 500);
  });
});

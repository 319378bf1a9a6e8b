import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderEmail } from './templates/index.ts';

const request = {
  referrerName: 'Jake',
  recruiterName: 'Claire <b>R</b>',
  recruiterEmail: 'claire@acme.example',
  companyName: 'Acme',
  person: { name: 'Raymond Holt', position: null, company: 'Initech' },
  jobTitle: null,
  message: '<script>alert(1)</script>',
  introducedUrl: 'https://v.example/introductions/answer?token=t&answer=introduced',
  declinedUrl: 'https://v.example/introductions/answer?token=t&answer=declined',
  expiresInDays: 30,
};

describe('introduction email templates', () => {
  test('the request has two buttons in both languages, and the recruiter’s words are escaped', () => {
    for (const language of ['en', 'sv'] as const) {
      const email = renderEmail('introduction_request', request, language);
      assert.equal((email.html.match(/<a href="https:\/\/v\.example\/introductions\/answer/g) ?? []).length, 4);
      assert.ok(!email.html.includes('<script>'));
      assert.ok(email.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(email.text.includes('answer=introduced') && email.text.includes('answer=declined'));
    }
    const en = renderEmail('introduction_request', request, 'en');
    assert.match(en.text, /Who: Raymond Holt, Initech\n/);
    assert.doesNotMatch(en.text, /The role in mind/, 'no job, no role line');
    assert.match(en.html, /If the buttons do not work/);
  });

  test('the overdue reminder counts, lists in the company’s time zone, and caps a long list', () => {
    const item = (i: number) => ({
      name: `Person ${i}`,
      position: 'Engineer',
      company: 'Initech',
      referrerName: 'Eve',
      dueAt: '2026-03-10T09:00:00Z',
    });
    const one = renderEmail(
      'introductions_overdue',
      { recruiterName: 'Anna', timeZone: 'Europe/Stockholm', items: [item(1)], url: 'https://v.example/referrals' },
      'en',
    );
    assert.equal(one.subject, 'An email introduction is overdue');
    assert.match(one.text, /Person 1, Engineer at Initech — passed on by Eve, due 10 Mar 2026, 10:00/);
    const many = renderEmail(
      'introductions_overdue',
      {
        recruiterName: 'Anna',
        timeZone: 'Europe/Stockholm',
        items: Array.from({ length: 25 }, (_, i) => item(i)),
        url: 'https://v.example/referrals',
      },
      'sv',
    );
    assert.equal(many.subject, '25 introduktioner via mejl är försenade');
    assert.equal((many.text.match(/^• /gm) ?? []).length, 20);
    assert.match(many.text, /…och 5 till\./);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { REFERRAL_REQUEST_SAMPLE, REFERRAL_REQUEST_VARIABLES } from '@vouch/contracts';
import { renderEmail } from '../src/modules/messaging/templates/index.ts';
import { DEFAULT_REFERRAL_REQUEST, renderReferralRequest } from '../src/modules/referrals/request-templates/index.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';

const PATH = '/api/company/message-templates/referral-request';

describe('the referral request template language', () => {
  test('the defaults render in both languages, with and without a role and a reason', () => {
    const { job: _job, ...withoutJob } = REFERRAL_REQUEST_SAMPLE;
    const en = renderReferralRequest(DEFAULT_REFERRAL_REQUEST.en, REFERRAL_REQUEST_SAMPLE);
    assert.equal(en.subject, 'Could you refer Raymond Okafor for our Legal Counsel role?');
    assert.match(
      en.body,
      /^Hi Erik,\n\nI'm looking for great people for our Legal Counsel role in Stockholm, and Raymond/,
    );
    assert.match(en.body, /\(Senior Associate at Dentons LLP\) stood out\. You worked with Raymond at Dentons LLP/);
    assert.match(en.body, /Why I think Raymond may fit: Raymond led the contract work/);
    assert.match(en.body, /Thanks,\nClaire$/);
    const sv = renderReferralRequest(DEFAULT_REFERRAL_REQUEST.sv, { ...withoutJob, reason: null });
    assert.equal(sv.subject, 'Kan du rekommendera Raymond Okafor?');
    assert.match(
      sv.body,
      /^Hej Erik!\n\nJag letar efter starka kandidater, och Raymond Okafor \(Senior Associate på Dentons LLP\)/,
    );
    assert.doesNotMatch(sv.body, /Därför tror jag/, 'no reason, no line about it');
    assert.doesNotMatch(sv.body, /\n{3}/, 'no blank lines left behind by empty tags');
    assert.match(sv.body, /höra av dig till Raymond och berätta lite om hur det är att jobba på Acme\?/);
  });

  test('an unknown variable, an unknown filter and a syntax error are 422 field errors with a position', () => {
    const refused = (template: { subject: string; body: string }) => {
      try {
        renderReferralRequest(template, REFERRAL_REQUEST_SAMPLE);
      } catch (error) {
        return error as { status: number; fieldErrors: { field: string; message: string }[] };
      }
      assert.fail('expected the template to be refused');
    };
    const nickname = refused({ subject: 'Hi', body: 'Hello\nthere {{ candidate.nickname }}' });
    assert.equal(nickname.status, 422);
    assert.deepEqual(nickname.fieldErrors, [
      {
        field: 'body',
        message: 'Line 2, column 10: unknown variable “candidate.nickname”',
        reason: 'template.unknown_variable_at',
        params: { line: 2, column: 10, name: 'candidate.nickname' },
      },
    ]);
    const filter = refused({ subject: '{{ candidate.first_name | shout }}', body: 'ok' });
    assert.deepEqual(filter.fieldErrors, [
      {
        field: 'subject',
        message: 'Line 1, column 1: unknown filter “shout”',
        reason: 'template.unknown_filter_at',
        params: { line: 1, column: 1, name: 'shout' },
      },
    ]);
    const syntax = refused({ subject: 'Hi', body: '{% if job %}no end' });
    assert.equal(syntax.fieldErrors[0].field, 'body');
    assert.match(syntax.fieldErrors[0].message, /^Line 1, column 1: tag .*not closed/);
    const files = refused({ subject: 'Hi', body: '{% include "/etc/passwd" %}' });
    assert.equal(files.fieldErrors[0].field, 'body', 'no template can read a file');
    const loop = refused({ subject: 'Hi', body: '{% for i in (1..100000000) %}{{ i }}{% endfor %}' });
    assert.equal(loop.fieldErrors[0].field, 'body', 'a huge loop is stopped, not run');
  });

  test('a role used outside {% if job %} is an error when no role was chosen, never an empty gap', () => {
    const { job: _job, ...withoutJob } = REFERRAL_REQUEST_SAMPLE;
    assert.throws(
      () => renderReferralRequest({ subject: 'For {{ job.title }}', body: 'x' }, withoutJob),
      (error: { fieldErrors: { field: string; message: string }[] }) =>
        error.fieldErrors[0].field === 'subject' &&
        /Line 1, column 8: unknown variable “job”/.test(error.fieldErrors[0].message),
    );
  });

  test('markup in the data is escaped in the email’s HTML and kept as text in its plain part', () => {
    const data = {
      ...REFERRAL_REQUEST_SAMPLE,
      candidate: { ...REFERRAL_REQUEST_SAMPLE.candidate, first_name: '<script>alert(1)</script>' },
    };
    const rendered = renderReferralRequest(
      { subject: 'About {{ candidate.first_name }}', body: 'Hi\n{{ candidate.first_name }}' },
      data,
    );
    const email = renderEmail(
      'referral_request',
      {
        ...rendered,
        recruiterFirstName: 'Claire',
        recruiterEmail: 'claire@acme.example',
        companyName: 'Acme',
        willReachOutUrl: 'https://vouch.test/a',
        notWellEnoughUrl: 'https://vouch.test/b',
        expiresInDays: 30,
      },
      'en',
    );
    assert.doesNotMatch(email.html, /<script>/);
    assert.match(email.html, /Hi<br>&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(email.text, /Hi\n<script>alert\(1\)<\/script>/);
  });
});

/** Templates of a few hundred characters that once rendered hundreds of megabytes. */
const EXPLODING_TEMPLATES = {
  // Each round doubles the captured text: 23 rounds make ~120 million characters.
  capture:
    '{% capture s %}{{ candidate.full_name }}{% endcapture %}{% for i in (1..23) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s }}',
  // 90,000 rounds of a short line: 1.6 MB of email, well inside the engine's own time and memory limits.
  nestedLoops: '{% for a in (1..300) %}{% for b in (1..300) %}{{ candidate.full_name }}, {% endfor %}{% endfor %}',
  // An empty loop body never reaches the engine's time check.
  emptyLoops: '{% for a in (1..900) %}{% for b in (1..900) %}{% endfor %}{% endfor %}Hi',
};

describe('templates that would expand without limit', () => {
  const refusal = (body: string) => {
    const began = performance.now();
    try {
      renderReferralRequest({ subject: 'Hi', body }, REFERRAL_REQUEST_SAMPLE);
    } catch (error) {
      return { error: error as { status: number; fieldErrors: { field: string; message: string }[] }, began };
    }
    assert.fail('expected the template to be refused');
  };

  for (const [name, body] of Object.entries(EXPLODING_TEMPLATES)) {
    test(`${name}: refused quickly with a message on the field`, () => {
      const { error, began } = refusal(body);
      const ms = performance.now() - began;
      assert.equal(error.status, 422);
      assert.equal(error.fieldErrors[0].field, 'body');
      assert.match(
        error.fieldErrors[0].message,
        /^The template (makes more than 100 KB of text|repeats more than 10,000 times|takes too long)/,
      );
      assert.ok(ms < 1_000, `took ${ms.toFixed(0)} ms`);
    });
  }

  test('a long but reasonable template still renders', () => {
    const body = '{% for i in (1..200) %}{{ candidate.first_name }} {{ i }}\n{% endfor %}';
    assert.equal(renderReferralRequest({ subject: 'Hi', body }, REFERRAL_REQUEST_SAMPLE).body.split('\n').length, 200);
  });
});

describe('admins keep the referral request template per language', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  async function admin() {
    const company = await makeCompany(t.db);
    const member = await makeMember(t.db, company.id, 'admin');
    return { company, client: await t.signIn(member.email) };
  }

  test('both defaults come with their flags and the variable list', async () => {
    const { client } = await admin();
    const res = await client.get(PATH);
    assert.equal(res.statusCode, 200, res.body);
    const { items, variables } = res.json();
    assert.deepEqual(
      items.map((i: { language: string; isDefault: boolean; subject: string }) => [i.language, i.isDefault, i.subject]),
      [
        ['en', true, DEFAULT_REFERRAL_REQUEST.en.subject],
        ['sv', true, DEFAULT_REFERRAL_REQUEST.sv.subject],
      ],
    );
    assert.deepEqual(variables, [...REFERRAL_REQUEST_VARIABLES]);
  });

  test('an override is checked, kept for its language and company only, and reset to the default', async () => {
    const { client } = await admin();
    const other = await admin();
    const bad = await client.put(`${PATH}/sv`, { subject: 'Hej', body: 'Hej {{ candidate.nickname }}' });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(bad.json().errors, [
      {
        field: 'body',
        message: 'Line 1, column 8: unknown variable “candidate.nickname”',
        reason: 'template.unknown_variable_at',
        params: { line: 1, column: 8, name: 'candidate.nickname' },
      },
    ]);
    const broken = await client.put(`${PATH}/sv`, { subject: '{{ candidate.first_name', body: 'Hej' });
    assert.equal(broken.statusCode, 422);
    assert.equal(broken.json().errors[0].field, 'subject');
    assert.equal((await client.put(`${PATH}/sv`, { subject: ' ', body: 'Hej' })).statusCode, 400);
    assert.equal((await client.put(`${PATH}/de`, { subject: 'Hallo', body: 'Hallo' })).statusCode, 400);
    assert.equal((await client.get(PATH)).json().items[1].isDefault, true, 'a refused text is not kept');

    const saved = await client.put(`${PATH}/sv`, {
      subject: 'Känner du {{ candidate.full_name }}?',
      body: 'Hej {{ colleague.first_name }}!',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json(), {
      language: 'sv',
      subject: 'Känner du {{ candidate.full_name }}?',
      body: 'Hej {{ colleague.first_name }}!',
      isDefault: false,
    });
    const again = await client.put(`${PATH}/sv`, { subject: 'Känner du {{ candidate.first_name }}?', body: 'Hej!' });
    assert.equal(again.statusCode, 200, 'saving twice updates the one row');
    const listed = (await client.get(PATH)).json().items;
    assert.deepEqual(
      listed.map((i: { language: string; isDefault: boolean; subject: string }) => [
        i.language,
        i.isDefault,
        i.subject,
      ]),
      [
        ['en', true, DEFAULT_REFERRAL_REQUEST.en.subject],
        ['sv', false, 'Känner du {{ candidate.first_name }}?'],
      ],
    );
    assert.equal((await other.client.get(PATH)).json().items[1].isDefault, true, 'another company keeps the default');

    const reset = await client.delete(`${PATH}/sv`);
    assert.equal(reset.statusCode, 200);
    assert.deepEqual(reset.json(), { language: 'sv', ...DEFAULT_REFERRAL_REQUEST.sv, isDefault: true });
    assert.equal((await client.get(PATH)).json().items[1].isDefault, true);
  });

  test('an exploding template is refused on its field and not stored', async () => {
    const { client } = await admin();
    const res = await client.put(`${PATH}/en`, { subject: 'Hi', body: EXPLODING_TEMPLATES.capture });
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().code, 'template_too_large');
    assert.equal(res.json().errors[0].field, 'body');
    assert.equal((await client.get(PATH)).json().items[0].isDefault, true, 'nothing was stored');
  });

  test('only admins edit the template', async () => {
    const { company } = await admin();
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const client = await t.signIn(recruiter.email);
    assert.equal((await client.get(PATH)).statusCode, 403);
    assert.equal((await client.put(`${PATH}/en`, { subject: 'Hi', body: 'Hi' })).statusCode, 403);
    assert.equal((await client.delete(`${PATH}/en`)).statusCode, 403);
  });
});

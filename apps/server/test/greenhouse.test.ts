import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { candidates } from '../src/modules/hiring/hiring.tables.ts';
import { ratingScore } from '../src/modules/integrations/greenhouse-protocol.ts';
import { apiKeys } from '../src/modules/integrations/integrations.tables.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { ensureDefaultQuestionnaires } from '../src/modules/references/index.ts';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { referenceChecks } from '../src/modules/references/references.tables.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';
import { makeQuestionnaire, makeReferee, makeSubAccount } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

type Caught = { method: string; url: string; body: string; contentType: string | undefined };

/** Greenhouse's side: keeps every request to its callback URLs and answers 200 (or what `status` says). */
async function startGreenhouse() {
  const inbox: Caught[] = [];
  const state = { status: 200 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      inbox.push({ method: req.method ?? '', url: req.url ?? '', body, contentType: req.headers['content-type'] });
      res.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    inbox,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
const device = { userAgent: 'Mozilla/5.0 Test', screen: '1280x800', timeZone: 'Europe/Stockholm' };

describe('Greenhouse assessment partner API', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test', WEBHOOK_ALLOW_PRIVATE: 'on' });
  let greenhouse: Awaited<ReturnType<typeof startGreenhouse>>;
  before(async () => {
    greenhouse = await startGreenhouse();
  });
  after(async () => {
    await greenhouse.close();
  });

  let address = 0;
  const remoteAddress = () => `10.7.${Math.floor(++address / 250)}.${address % 250}`;

  async function makeKey(companyId: string, overrides: Partial<typeof apiKeys.$inferInsert> = {}) {
    const key = `vch_${randomBytes(32).toString('base64url')}`;
    assert.equal(key.length, 47);
    await t.db.insert(apiKeys).values({
      companyId,
      name: 'Greenhouse',
      prefix: key.slice(0, 12),
      keyHash: sha256(key),
      scopes: ['read', 'write'],
      ...overrides,
    });
    return key;
  }

  const call = (key: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/partners/greenhouse/${url}`,
      headers: { authorization: basic(key) },
      payload,
      remoteAddress: remoteAddress(),
    });

  async function world() {
    const company = await makeCompany(t.db, { replyTo: 'jobs@acme.example', webhooksAllowPrivateNetworks: true });
    const admin = await makeMember(t.db, company.id, 'admin', { name: 'Ada Admin' });
    await ensureDefaultQuestionnaires(t.db, company.id);
    const key = await makeKey(company.id, { createdById: admin.membership.id });
    return { company, admin, key };
  }

  /** The delivery worker's run, as the server's loop makes it. */
  const deliver = (now?: Date) => runDueWebhooks({ db: t.db, config: t.config, now });

  /** The check completes as a recruiter closes it with one answer in (the callback is queued then). */
  async function complete(w: Awaited<ReturnType<typeof world>>, checkId: string) {
    const [check] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
    await makeReferee(t.db, check, { status: 'answered', answeredAt: new Date(), answers: {} });
    const admin = await t.signIn(w.admin.email);
    const closed = await admin.post(`/api/reference-checks/${checkId}/close`);
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, 'completed');
  }

  const sendBody = (testId: string, url: string, email = 'harry.potter@hogwarts.example') => ({
    partner_test_id: testId,
    candidate: {
      first_name: 'Harry',
      last_name: 'Potter',
      resume_url: 'https://hogwarts.example/resume',
      phone_number: '123-456-7890',
      email,
      greenhouse_profile_url: 'https://app.greenhouse.io/people/17681532?application_id=26234709',
    },
    url,
  });

  test('list_tests → send_test → referees answer → the PATCH arrives → test_status is complete with the score', async () => {
    const w = await world();

    // list_tests: an array of the company's questionnaires, named with their language.
    const list = await call(w.key, 'GET', 'list_tests');
    assert.equal(list.statusCode, 200, list.body);
    const tests = list.json() as { partner_test_id: string; partner_test_name: string }[];
    assert.ok(Array.isArray(tests));
    assert.equal(tests.length, 6);
    assert.ok(tests.some((x) => x.partner_test_name === 'General reference (English)'));
    assert.ok(tests.some((x) => x.partner_test_name === 'Allmän referens (Swedish)'));
    const short = tests.find((x) => x.partner_test_name === 'Short reference (6 questions) (English)');
    assert.ok(short, list.body);

    // send_test
    const callback = `${greenhouse.base}/integrations/testing_partners/take_home_tests/12345`;
    const sent = await call(w.key, 'POST', 'send_test', sendBody(short.partner_test_id, callback));
    assert.equal(sent.statusCode, 200, sent.body);
    const checkId = sent.json().partner_interview_id as string;
    assert.equal(typeof checkId, 'string');
    assert.deepEqual(Object.keys(sent.json()), ['partner_interview_id']);

    const [check] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
    assert.equal(check.companyId, w.company.id);
    assert.equal(check.partner, 'greenhouse');
    assert.equal(check.partnerCallbackUrl, callback);
    assert.equal(check.partnerCallbackSentAt, null);
    assert.equal(check.source, 'api');
    assert.equal(check.externalId, '26234709');
    assert.equal(check.refereesWanted, 3);
    assert.equal(check.candidateChannel, 'email');
    assert.equal(check.refereeChannel, 'email');
    assert.equal(check.language, 'en');
    assert.equal(check.createdById, w.admin.membership.id);
    const [candidate] = await t.db.select().from(candidates).where(eq(candidates.id, check.candidateId));
    assert.equal(candidate.firstName, 'Harry');
    assert.equal(candidate.email, 'harry.potter@hogwarts.example');
    assert.equal(candidate.externalId, '17681532');

    // The candidate is emailed to name referees.
    const queued = await t.db
      .select()
      .from(messages)
      .where(and(eq(messages.companyId, w.company.id), eq(messages.recipient, 'harry.potter@hogwarts.example')));
    assert.deepEqual(
      queued.map((m) => m.template),
      ['reference_candidate_request'],
    );

    // Greenhouse retrying the same send_test gets the same instance, not a second check.
    const again = await call(w.key, 'POST', 'send_test', sendBody(short.partner_test_id, callback));
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().partner_interview_id, checkId);

    // Before completion: not complete, no profile URL or score yet.
    const early = await call(w.key, 'GET', `test_status?partner_interview_id=${checkId}`);
    assert.equal(early.statusCode, 200, early.body);
    assert.equal(early.json().partner_status, 'pending');
    assert.equal(early.json().partner_profile_url, undefined);
    assert.equal(early.json().partner_score, undefined);

    // Nothing is due before completion.
    assert.equal((await deliver()).delivered, 0);
    assert.equal(greenhouse.inbox.length, 0);

    // Three referees answer through the public referee pages: ratings 5, 4 and 2 of 5.
    const ratings = [5, 4, 2];
    for (const [i, overall] of ratings.entries()) {
      const referee = await makeReferee(t.db, check, { name: `Referee ${i}` });
      const token = await issueRefereeToken(t.db, check, referee.id);
      const from = remoteAddress();
      const inject = (method: 'POST' | 'PATCH', path: string, payload: object) =>
        t.app.inject({ method, url: `/api/public/reference-referee/${token}/${path}`, payload, remoteAddress: from });
      const consent = await inject('POST', 'consent', { consentVersion: CONSENT_TEXT_VERSION, device });
      assert.equal(consent.statusCode, 200, consent.body);
      const saved = await inject('PATCH', 'answers', {
        answers: {
          relationship: 'manager',
          overall_performance: overall,
          strengths: 'Careful and kind.',
          development_areas: 'Delegating.',
          rehire: true,
        },
      });
      assert.equal(saved.statusCode, 200, saved.body);
      const submitted = await inject('POST', 'submit', {});
      assert.equal(submitted.statusCode, 200, submitted.body);
    }
    const [done] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
    assert.equal(done.status, 'completed');

    // The callback loop runs once: the PATCH arrives, with no body, at the URL Greenhouse gave.
    const run = await deliver();
    assert.equal(run.delivered, 1, JSON.stringify(run));
    assert.equal(greenhouse.inbox.length, 1);
    assert.equal(greenhouse.inbox[0].method, 'PATCH');
    assert.equal(greenhouse.inbox[0].url, '/integrations/testing_partners/take_home_tests/12345');
    assert.equal(greenhouse.inbox[0].body, '');
    const [marked] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
    assert.ok(marked.partnerCallbackSentAt);
    // Sent once only.
    assert.equal((await deliver()).delivered, 0);
    assert.equal(greenhouse.inbox.length, 1);

    // test_status: complete, the report link, the score (5, 4, 2 of 5 → 100, 75, 25 → 66.7 → 67).
    const status = await call(w.key, 'GET', `test_status?partner_interview_id=${checkId}`);
    assert.equal(status.statusCode, 200, status.body);
    const body = status.json();
    assert.equal(body.partner_status, 'complete');
    assert.equal(body.partner_profile_url, `https://vouch.test/reference-checks/${checkId}/report`);
    assert.equal(body.partner_score, 67);
    assert.equal(body.metadata['Referees answered'], '3');
    assert.equal(body.metadata['Referees wanted'], '3');
    assert.equal(typeof body.metadata['Fraud signals'], 'string');
    for (const value of Object.values(body.metadata)) assert.equal(typeof value, 'string');
  });

  test('a failed PATCH is retried after a backoff until Greenhouse answers 2xx', async () => {
    const w = await world();
    const tests = (await call(w.key, 'GET', 'list_tests')).json() as { partner_test_id: string }[];
    const callback = `${greenhouse.base}/take_home_tests/retry-${randomBytes(4).toString('hex')}`;
    const sent = await call(w.key, 'POST', 'send_test', sendBody(tests[0].partner_test_id, callback, 'r@mail.example'));
    assert.equal(sent.statusCode, 200, sent.body);
    const checkId = sent.json().partner_interview_id;
    await complete(w, checkId);
    const before = greenhouse.inbox.length;
    greenhouse.state.status = 503;
    try {
      assert.equal((await deliver()).failed, 1);
      assert.equal(greenhouse.inbox.length, before + 1);
      // Within the backoff nothing is tried.
      assert.equal((await deliver()).claimed, 0);
      assert.equal(greenhouse.inbox.length, before + 1);
    } finally {
      greenhouse.state.status = 200;
    }
    // After the backoff it goes again and succeeds.
    const later = await deliver(new Date(Date.now() + 120_000));
    assert.equal(later.delivered, 1);
    assert.equal(greenhouse.inbox.length, before + 2);
    const [row] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
    assert.ok(row.partnerCallbackSentAt);
  });

  test('private callback addresses are refused unless the company allows private networks', async () => {
    const w = await world();
    const tests = (await call(w.key, 'GET', 'list_tests')).json() as { partner_test_id: string }[];
    const callback = `${greenhouse.base}/take_home_tests/private-${randomBytes(4).toString('hex')}`;
    const sent = await call(w.key, 'POST', 'send_test', sendBody(tests[0].partner_test_id, callback, 'p@mail.example'));
    assert.equal(sent.statusCode, 200, sent.body);
    const checkId = sent.json().partner_interview_id;

    // The company turns private networks off: a new send_test to a private address is refused at once …
    await t.db.update(companies).set({ webhooksAllowPrivateNetworks: false }).where(eq(companies.id, w.company.id));
    const refused = await call(
      w.key,
      'POST',
      'send_test',
      sendBody(tests[0].partner_test_id, `${callback}-2`, 'p2@mail.example'),
    );
    assert.equal(refused.statusCode, 400, refused.body);
    assert.equal(refused.json().errors[0].field, 'url');
    assert.match(refused.json().errors[0].message, /company does not allow private networks/);

    // … and the callback of the check already running is refused when it is due.
    await complete(w, checkId);
    const before = greenhouse.inbox.length;
    assert.equal((await deliver()).failed, 1);
    assert.equal(greenhouse.inbox.length, before);
    const [row] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
    assert.equal(row.partnerCallbackSentAt, null);
  });

  test('a bad key is 401, another company’s instance 404, an unknown test 422 naming partner_test_id', async () => {
    const w = await world();
    const other = await world();
    const tests = (await call(other.key, 'GET', 'list_tests')).json() as { partner_test_id: string }[];
    const theirs = await call(
      other.key,
      'POST',
      'send_test',
      sendBody(tests[0].partner_test_id, `${greenhouse.base}/x/${randomBytes(4).toString('hex')}`, 'o@mail.example'),
    );
    assert.equal(theirs.statusCode, 200, theirs.body);
    const theirId = theirs.json().partner_interview_id;

    const bad = await call(`vch_${'A'.repeat(43)}`, 'GET', 'list_tests');
    assert.equal(bad.statusCode, 401);
    const none = await t.app.inject({ method: 'GET', url: '/api/partners/greenhouse/list_tests' });
    assert.equal(none.statusCode, 401);

    const foreign = await call(w.key, 'GET', `test_status?partner_interview_id=${theirId}`);
    assert.equal(foreign.statusCode, 404, foreign.body);
    const junk = await call(w.key, 'GET', 'test_status?partner_interview_id=98765');
    assert.equal(junk.statusCode, 404, junk.body);

    // Another company's template is unknown here, as is a made-up id.
    for (const testId of [tests[0].partner_test_id, '12345']) {
      const res = await call(w.key, 'POST', 'send_test', sendBody(testId, `${greenhouse.base}/y`, 'u@mail.example'));
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(res.json().errors[0].field, 'partner_test_id');
      assert.match(res.json().errors[0].message, /list_tests/);
    }
    const missingUrl = await call(w.key, 'POST', 'send_test', {
      ...sendBody(tests[0].partner_test_id, ''),
      url: undefined,
    });
    assert.ok([400, 422].includes(missingUrl.statusCode), missingUrl.body);

    // A read-only key cannot send tests.
    const readOnly = await makeKey(w.company.id, { scopes: ['read'] });
    const mine = (await call(w.key, 'GET', 'list_tests')).json() as { partner_test_id: string }[];
    const forbidden = await call(
      readOnly,
      'POST',
      'send_test',
      sendBody(mine[0].partner_test_id, `${greenhouse.base}/z`),
    );
    assert.equal(forbidden.statusCode, 403, forbidden.body);
  });

  test('a sub-account key lists its own and company-wide tests only, and sees only its checks', async () => {
    const company = await makeCompany(t.db, { webhooksAllowPrivateNetworks: true });
    const brand = await makeSubAccount(t.db, company.id, { name: 'Bright' });
    const otherBrand = await makeSubAccount(t.db, company.id, { name: 'Dim' });
    const shared = await makeQuestionnaire(t.db, company.id, { name: 'Shared' });
    const own = await makeQuestionnaire(t.db, company.id, { name: 'Own', subAccountId: brand.id });
    await makeQuestionnaire(t.db, company.id, { name: 'Theirs', subAccountId: otherBrand.id });
    await makeQuestionnaire(t.db, company.id, { name: 'Old' }).then(({ template }) =>
      t.db.execute(`update questionnaire_templates set archived_at = now() where id = '${template.id}'`),
    );
    const key = await makeKey(company.id, { subAccountId: brand.id });
    const list = (await call(key, 'GET', 'list_tests')).json() as {
      partner_test_id: string;
      partner_test_name: string;
    }[];
    assert.deepEqual(list.map((x) => x.partner_test_name).sort(), ['Own (English)', 'Shared (English)']);
    assert.deepEqual(list.map((x) => x.partner_test_id).sort(), [own.template.id, shared.template.id].sort());

    const sent = await call(
      key,
      'POST',
      'send_test',
      sendBody(shared.template.id, `${greenhouse.base}/s`, 's@mail.example'),
    );
    assert.equal(sent.statusCode, 200, sent.body);
    const [row] = await t.db
      .select()
      .from(referenceChecks)
      .where(eq(referenceChecks.id, sent.json().partner_interview_id));
    assert.equal(row.subAccountId, brand.id);

    const companyKey = await makeKey(company.id);
    assert.equal((await call(companyKey, 'GET', 'list_tests')).json().length, 3);
    const otherKey = await makeKey(company.id, { subAccountId: otherBrand.id });
    const hidden = await call(otherKey, 'GET', `test_status?partner_interview_id=${row.id}`);
    assert.equal(hidden.statusCode, 404);
  });

  test('response_error is accepted and answered with status 200', async () => {
    const w = await world();
    const res = await call(w.key, 'POST', 'response_error', {
      api_call: 'test_status',
      errors: ["partner_status is 'complete' but partner_profile url is missing"],
      partner_test_id: '12345',
      partner_test_name: 'Personality Test',
      partner_interview_id: '299506',
      candidate_email: 'hpotter@hogwarts.edu',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { status: 200 });
  });

  test('the score is the mean of every answered rating normalised to 0–100', () => {
    const content = {
      intro: null,
      sections: [
        {
          id: 's',
          title: 'S',
          help: null,
          questions: [
            {
              id: 'a',
              type: 'rating' as const,
              label: 'A',
              help: null,
              required: true,
              scale: 5,
              minLabel: '-',
              maxLabel: '+',
            },
            {
              id: 'b',
              type: 'rating' as const,
              label: 'B',
              help: null,
              required: false,
              scale: 7,
              minLabel: '-',
              maxLabel: '+',
            },
            { id: 'c', type: 'yes_no' as const, label: 'C', help: null, required: true },
          ],
        },
      ],
    };
    // a: 3/5 → 50, b: 7/7 → 100; second referee a: 1/5 → 0, b unanswered. Mean (50 + 100 + 0) / 3 = 50.
    assert.equal(ratingScore(content, [{ a: 3, b: 7, c: true }, { a: 1 }]), 50);
    assert.equal(ratingScore(content, [{ c: true }]), null);
    assert.equal(ratingScore(content, [{ a: 2, b: 2 }]), Math.round((25 + 100 / 6) / 2));
  });
});

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import type { TApiKeyScope, TV1ReferenceCheck } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { candidates, jobs } from '../src/modules/hiring/hiring.tables.ts';
import { apiKeys } from '../src/modules/integrations/integrations.tables.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { refreshCheckStatus } from '../src/modules/references/index.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { makeCandidate, makeCompany, makeMember, unique } from './helpers/factories.ts';
import { contentOf } from './helpers/outbox.ts';
import { makeQuestionnaire, makeReferee, makeReferenceCheck, makeSubAccount } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

type Db = ReturnType<typeof useTestApp>['db'];

/** An API key row; the key itself is returned to call with. */
async function makeKey(
  db: Db,
  companyId: string,
  options: { scopes?: TApiKeyScope[]; subAccountId?: string | null; createdById?: string | null } = {},
) {
  const key = `vch_${randomBytes(32).toString('base64url')}`;
  await db.insert(apiKeys).values({
    companyId,
    name: unique('Key '),
    prefix: key.slice(0, 12),
    keyHash: sha256(key),
    scopes: options.scopes ?? ['read', 'write'],
    subAccountId: options.subAccountId ?? null,
    createdById: options.createdById ?? null,
  });
  return key;
}

describe('/api/v1: sub-accounts, templates and reference checks', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test' });

  const call = (key: string, method: 'GET' | 'POST', url: string, body?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      payload: body,
    });

  /** A company with an admin who made a key, an English questionnaire and the body to start a check. */
  async function world() {
    const company = await makeCompany(t.db, { name: unique('Acme ') });
    const admin = await makeMember(t.db, company.id, 'admin');
    const key = await makeKey(t.db, company.id, { createdById: admin.membership.id });
    const questionnaire = await makeQuestionnaire(t.db, company.id, { language: 'en', name: 'General' });
    const email = `${unique('sara')}@mail.example`;
    const body = (overrides: Record<string, unknown> = {}) => ({
      external_id: unique('app-'),
      candidate: {
        first_name: 'Sara',
        last_name: 'Lind',
        email,
        phone: '+46709876543',
        language: 'en',
        external_id: unique('cand-'),
      },
      job: { title: 'Backend Developer', external_id: unique('job-') },
      template_id: questionnaire.template.id,
      referees_wanted: 2,
      candidate_channel: 'email_and_sms',
      referee_channel: 'email',
      ...overrides,
    });
    return { company, admin, key, questionnaire, email, body };
  }

  const answer = async (
    refereeId: string,
    answers: Record<string, number | boolean> = { overall: 4, rehire: true },
  ) => {
    await t.db
      .update(referees)
      .set({
        status: 'answered',
        answers,
        startedAt: new Date(Date.now() - 600_000),
        answeredAt: new Date(),
      })
      .where(eq(referees.id, refereeId));
  };

  test('starting a check finds or creates the candidate and job and asks the candidate', async () => {
    const w = await world();
    const first = await call(w.key, 'POST', '/api/v1/reference-checks', w.body());
    assert.equal(first.statusCode, 201, first.body);
    const check: TV1ReferenceCheck = first.json();
    assert.equal(check.status, 'awaiting_referees');
    assert.equal(check.referees_wanted, 2);
    assert.equal(check.report_url, null);
    assert.equal(check.candidate_url, `https://vouch.test/candidates/${check.candidate.id}?tab=references`);
    assert.match(check.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(check.template_id, w.questionnaire.template.id);

    const [candidate] = await t.db.select().from(candidates).where(eq(candidates.id, check.candidate.id));
    assert.equal(candidate.companyId, w.company.id);
    assert.equal(candidate.emailKey, w.email);
    assert.equal(candidate.externalId, check.candidate.external_id);
    assert.equal(candidate.createdById, w.admin.membership.id);
    // Searchable by her name and email, as a candidate added in the app is.
    for (const word of ['sara', 'lind', w.email]) assert.ok(String(candidate.searchVector).includes(`'${word}'`), word);
    const [job] = await t.db.select().from(jobs).where(eq(jobs.id, check.job!.id));
    assert.equal(job.title, 'Backend Developer');
    assert.equal(job.status, 'open');
    const [row] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, check.id));
    assert.equal(row.source, 'api');
    assert.equal(row.createdById, w.admin.membership.id);

    // The candidate is asked by email and SMS, as the process step does.
    const sent = await t.db.select().from(messages).where(eq(messages.companyId, w.company.id));
    const email = sent.find((m) => m.channel === 'email' && m.recipient === w.email);
    assert.ok(email, 'an email to the candidate is queued');
    assert.equal(email.template, 'reference_candidate_request');
    assert.match(contentOf(email).text, /https:\/\/vouch\.test\/c\//);
    assert.ok(
      sent.some((m) => m.channel === 'sms' && m.recipient === '+46709876543'),
      'an SMS is queued',
    );

    // The same job and candidate again: one running check per candidate and job.
    const body = w.body();
    const again = await call(w.key, 'POST', '/api/v1/reference-checks', {
      ...body,
      candidate: { ...body.candidate, external_id: null },
      job: check.job,
    });
    assert.equal(again.statusCode, 409, again.body);

    // Another job: the same email finds the same candidate (and the external id finds them too).
    const other = await call(w.key, 'POST', '/api/v1/reference-checks', {
      ...body,
      candidate: { ...body.candidate, email: null, external_id: check.candidate.external_id },
      job: { title: 'Designer', external_id: null },
    });
    assert.equal(other.statusCode, 201, other.body);
    assert.equal(other.json().candidate.id, check.candidate.id);
    assert.notEqual(other.json().job.id, check.job!.id);
    const byEmail = await call(w.key, 'POST', '/api/v1/reference-checks', {
      ...body,
      external_id: unique('app-'),
      candidate: { ...body.candidate, email: w.email.toUpperCase(), external_id: 'new-ats-id' },
      job: { title: 'Tester', external_id: null },
    });
    assert.equal(byEmail.statusCode, 201, byEmail.body);
    assert.equal(byEmail.json().candidate.id, check.candidate.id);
    const sameEmail = await t.db
      .select()
      .from(candidates)
      .where(and(eq(candidates.companyId, w.company.id), eq(candidates.emailKey, w.email)));
    assert.equal(sameEmail.length, 1);

    // Listed by external id, newest first; the cursor pages.
    const list = await call(
      w.key,
      'GET',
      `/api/v1/reference-checks?external_id=${encodeURIComponent(check.external_id!)}`,
    );
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      list.json().data.map((c: TV1ReferenceCheck) => c.id),
      [check.id],
    );
    const page1 = await call(w.key, 'GET', '/api/v1/reference-checks?limit=2');
    assert.equal(page1.json().data.length, 2);
    assert.equal(page1.json().data[0].id, byEmail.json().id);
    const page2 = await call(w.key, 'GET', `/api/v1/reference-checks?limit=2&cursor=${page1.json().next_cursor}`);
    assert.deepEqual(
      page2.json().data.map((c: TV1ReferenceCheck) => c.id),
      [check.id],
    );
    assert.equal(page2.json().next_cursor, null);
    const bad = await call(w.key, 'GET', '/api/v1/reference-checks?cursor=not-a-cursor');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'cursor');
    const byStatus = await call(w.key, 'GET', '/api/v1/reference-checks?status=completed');
    assert.deepEqual(byStatus.json().data, []);
  });

  test('a known candidate is found as they are (the insert tried first changes nothing), is written to as Vouch knows them, and a bad phone is refused only for someone new', async () => {
    const w = await world();
    const known = await makeCandidate(t.db, w.company.id, { firstName: 'Known', lastName: 'Person', email: w.email });
    const body = w.body();
    // Another name and an unusable phone: the candidate is found by the email, and kept as they were.
    const started = await call(w.key, 'POST', '/api/v1/reference-checks', {
      ...body,
      candidate_channel: 'email',
      candidate: { ...body.candidate, first_name: 'Other', phone: 'not a phone' },
    });
    assert.equal(started.statusCode, 201, started.body);
    assert.equal(started.json().candidate.id, known.id);
    const [row] = await t.db.select().from(candidates).where(eq(candidates.id, known.id));
    assert.equal(row.firstName, 'Known');
    assert.equal(row.externalId, body.candidate.external_id, 'the ATS id is remembered on the known candidate');
    const same = await t.db.select().from(candidates).where(eq(candidates.companyId, w.company.id));
    assert.equal(same.length, 1, 'no second candidate');
    // The start writes to them from what its insert of the check returned: their name as Vouch knows
    // it, the job's title and the company as the sender.
    const [asked] = await t.db
      .select()
      .from(messages)
      .where(and(eq(messages.companyId, w.company.id), eq(messages.recipient, w.email)));
    assert.equal(asked.senderName, w.company.name);
    assert.match(contentOf(asked).text, /Known/);
    assert.doesNotMatch(contentOf(asked).text, /Other/);
    assert.match(contentOf(asked).text, /Backend Developer/);
    // A check runs for them now, without a job: found again, the start is refused and names it.
    const again = await call(w.key, 'POST', '/api/v1/reference-checks', { ...w.body(), job: null });
    assert.equal(again.statusCode, 201, again.body);
    const twice = await call(w.key, 'POST', '/api/v1/reference-checks', { ...w.body(), job: null });
    assert.equal(twice.statusCode, 409, twice.body);
    assert.equal(twice.json().reference_check_id, again.json().id);
    // Started for a sub-account, the candidate hears from it under its sender name.
    const brand = await makeSubAccount(t.db, w.company.id, { senderName: 'Nordic' });
    const newcomer = `${unique('nordic')}@mail.example`;
    const branded = await call(w.key, 'POST', '/api/v1/reference-checks', {
      ...w.body(),
      sub_account_id: brand.id,
      candidate_channel: 'email',
      candidate: { ...body.candidate, email: newcomer, external_id: null, phone: null },
    });
    assert.equal(branded.statusCode, 201, branded.body);
    const [brandMessage] = await t.db.select().from(messages).where(eq(messages.recipient, newcomer));
    assert.equal(brandMessage.senderName, 'Nordic');
    // Someone new with an unusable phone: nothing is created, and the field is named.
    const stranger = await call(w.key, 'POST', '/api/v1/reference-checks', {
      ...body,
      external_id: unique('app-'),
      candidate: { ...body.candidate, email: `${unique('new')}@mail.example`, external_id: null, phone: 'not a phone' },
    });
    assert.equal(stranger.statusCode, 400, stranger.body);
    assert.equal(stranger.json().errors[0].field, 'candidate.phone');
    const after = await t.db.select().from(candidates).where(eq(candidates.companyId, w.company.id));
    assert.deepEqual(after.map((c) => c.emailKey).sort(), [w.email, newcomer].sort());
  });

  test('the status document follows the check: referees, completion, report, cancel', async () => {
    const w = await world();
    const res = await call(
      w.key,
      'POST',
      '/api/v1/reference-checks',
      w.body({
        candidate_channel: 'none',
        referees: [
          { name: 'Maria Chef', email: 'maria@work.example', relationship: 'manager', worked_together: '2019–2022' },
        ],
        referee_consent: { method: 'in_application' },
      }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const check: TV1ReferenceCheck = res.json();
    assert.equal(check.referees.length, 1);
    assert.equal(check.referees[0].status, 'invited');
    assert.equal(check.status, 'in_progress');
    const invite = await t.db.select().from(messages).where(eq(messages.recipient, 'maria@work.example'));
    assert.equal(invite[0]?.template, 'reference_referee_invite');

    const added = await call(w.key, 'POST', `/api/v1/reference-checks/${check.id}/referees`, {
      referees: [{ name: 'Per Kollega', email: 'per@work.example', relationship: 'colleague' }],
      referee_consent: { method: 'verbally' },
    });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().referees.length, 2);
    const [addedRow] = await t.db.select().from(referees).where(eq(referees.email, 'per@work.example'));
    assert.equal(addedRow.addedBy, 'api');

    // Validation errors name the API's fields.
    const twice = await call(w.key, 'POST', `/api/v1/reference-checks/${check.id}/referees`, {
      referees: [{ name: 'Per Again', email: 'per@work.example', relationship: 'colleague', phone: 'nope' }],
      referee_consent: { method: 'verbally' },
    });
    assert.equal(twice.statusCode, 400, twice.body);
    const fields = twice.json().errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('referees.0.phone'), fields.join());
    assert.ok(fields.includes('referees.0.email'), fields.join());

    // Maria thinks more of the candidate than Per does, and would hire them again; Per would not.
    const [maria, per] = added.json().referees;
    await answer(maria.id, { overall: 5, rehire: true });
    await answer(per.id, { overall: 3, rehire: false });
    await refreshCheckStatus(t.db, w.company.id, check.id);
    const done = await call(w.key, 'GET', `/api/v1/reference-checks/${check.id}`);
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().status, 'completed');
    assert.equal(done.json().referees_answered, 2);
    assert.equal(done.json().report_url, `https://vouch.test/reference-checks/${check.id}/report`);
    assert.ok(done.json().completed_at);
    assert.ok(done.json().referees.every((r: { answered_at: string | null }) => r.answered_at));

    const report = await call(w.key, 'GET', `/api/v1/reference-checks/${check.id}/report`);
    assert.equal(report.statusCode, 200, report.body);
    const body = report.json();
    assert.equal(body.check.id, check.id);
    assert.equal(body.responses.length, 2);
    assert.deepEqual(body.responses.map((r: { answers: { overall: number } }) => r.answers.overall).sort(), [3, 5]);
    const overall = body.rating_summaries.find((s: { question_id: string }) => s.question_id === 'overall');
    assert.equal(overall.mean, 4);
    assert.equal(overall.scores.length, 2);
    assert.ok(body.questions.some((q: { id: string; type: string }) => q.id === 'rehire' && q.type === 'yes_no'));
    // The summary block the report page and PDF open with, in the API's names.
    const summary = body.summary;
    assert.equal(summary.referees_wanted, 2);
    assert.equal(summary.referees_answered, 2);
    assert.equal(summary.overall.scale, 5);
    assert.equal(summary.overall.mean, 4);
    assert.equal(summary.overall.spread, 2);
    assert.deepEqual(
      summary.overall.referees.map((r: { referee_name: string; mean: number }) => [r.referee_name, r.mean]).sort(),
      [
        ['Maria Chef', 5],
        ['Per Kollega', 3],
      ],
    );
    assert.deepEqual(summary.rehire, { label: summary.rehire.label, yes: 1, no: 1, unanswered: 0 });
    const overallRow = summary.disagreements.find((d: { question_id: string }) => d.question_id === 'overall');
    assert.deepEqual(overallRow.low, { referee_id: per.id, referee_name: 'Per Kollega', value: 3 });
    assert.deepEqual(overallRow.high, { referee_id: maria.id, referee_name: 'Maria Chef', value: 5 });
    assert.ok(summary.disagreements.some((d: { question_id: string }) => d.question_id === 'rehire'));
    assert.ok(summary.response_hours.median !== null, 'the referees answered after being invited');
    assert.equal(typeof summary.verified_by_code.email, 'number');

    const pdf = await call(w.key, 'GET', `/api/v1/reference-checks/${check.id}/report.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');

    // A completed check cannot be cancelled; a running one can.
    assert.equal((await call(w.key, 'POST', `/api/v1/reference-checks/${check.id}/cancel`)).statusCode, 409);
    const running = await call(w.key, 'POST', '/api/v1/reference-checks', w.body());
    const cancelled = await call(w.key, 'POST', `/api/v1/reference-checks/${running.json().id}/cancel`);
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.equal(cancelled.json().status, 'cancelled');
    const [row] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, running.json().id));
    assert.ok(row.cancelledAt);
  });

  test('validation errors use snake_case names; sub-accounts and templates are checked', async () => {
    const w = await world();
    const post = (body: object) => call(w.key, 'POST', '/api/v1/reference-checks', body);
    const noEmail = await post(w.body({ candidate: { first_name: 'A', last_name: 'B', email: 'not-an-email' } }));
    assert.equal(noEmail.statusCode, 400);
    assert.equal(noEmail.json().errors[0].field, 'candidate.email');
    const tooMany = await post(w.body({ referees_wanted: 11 }));
    assert.equal(tooMany.json().errors[0].field, 'referees_wanted');
    const channel = await post(
      w.body({ candidate: { first_name: 'A', last_name: 'B', email: null }, candidate_channel: 'email' }),
    );
    assert.equal(channel.statusCode, 400, channel.body);
    assert.equal(channel.json().errors[0].field, 'candidate_channel');
    const unknownTemplate = await post(w.body({ template_id: crypto.randomUUID() }));
    assert.equal(unknownTemplate.json().errors[0].field, 'template_id');
    const badReferee = await post(
      w.body({ referees: [{ name: 'X', email: null, phone: '12', relationship: 'manager' }] }),
    );
    assert.equal(badReferee.statusCode, 400, badReferee.body);
    assert.equal(badReferee.json().errors[0].field, 'referees.0.phone');
    const badPhone = await post(
      w.body({ candidate: { first_name: 'A', last_name: 'B', email: `${unique('a')}@x.example`, phone: '1' } }),
    );
    assert.equal(badPhone.json().errors[0].field, 'candidate.phone');
    // Nothing was left behind by the refused calls.
    const made = await t.db.select().from(candidates).where(eq(candidates.companyId, w.company.id));
    assert.equal(made.length, 0);
  });

  test('scopes, other companies and sub-account keys', async () => {
    const w = await world();
    const readOnly = await makeKey(t.db, w.company.id, { scopes: ['read'] });
    assert.equal((await call(readOnly, 'POST', '/api/v1/reference-checks', w.body())).statusCode, 403);
    assert.equal((await call(readOnly, 'GET', '/api/v1/templates')).statusCode, 200);
    assert.equal((await call('vch_nope', 'GET', '/api/v1/templates')).statusCode, 401);

    const started = await call(w.key, 'POST', '/api/v1/reference-checks', w.body());
    const checkId = started.json().id;
    const stranger = await makeCompany(t.db);
    const strangerKey = await makeKey(t.db, stranger.id);
    for (const url of [
      `/api/v1/reference-checks/${checkId}`,
      `/api/v1/reference-checks/${checkId}/report`,
      `/api/v1/reference-checks/${checkId}/report.pdf`,
    ])
      assert.equal((await call(strangerKey, 'GET', url)).statusCode, 404, url);
    assert.equal((await call(strangerKey, 'POST', `/api/v1/reference-checks/${checkId}/cancel`)).statusCode, 404);
    assert.equal(
      (
        await call(strangerKey, 'POST', `/api/v1/reference-checks/${checkId}/referees`, {
          referees: [{ name: 'X', email: 'x@y.example', relationship: 'other' }],
        })
      ).statusCode,
      404,
    );
    assert.deepEqual((await call(strangerKey, 'GET', '/api/v1/reference-checks')).json().data, []);
    // Another company's template is unknown here.
    const foreign = await call(strangerKey, 'POST', '/api/v1/reference-checks', w.body());
    assert.equal(foreign.json().errors[0].field, 'template_id');

    // A sub-account key: its own sub-account, its own and company-wide templates, its own checks.
    const brand = await makeSubAccount(t.db, w.company.id, { name: 'Brand A', senderName: 'A' });
    const otherBrand = await makeSubAccount(t.db, w.company.id, { name: 'Brand B' });
    const brandTemplate = await makeQuestionnaire(t.db, w.company.id, { subAccountId: brand.id, language: 'sv' });
    const otherTemplate = await makeQuestionnaire(t.db, w.company.id, { subAccountId: otherBrand.id });
    const brandKey = await makeKey(t.db, w.company.id, { subAccountId: brand.id });

    const accounts = await call(brandKey, 'GET', '/api/v1/sub-accounts');
    assert.deepEqual(accounts.json(), {
      data: [{ id: brand.id, name: 'Brand A', sender_name: 'A' }],
      next_cursor: null,
    });
    const all = await call(w.key, 'GET', '/api/v1/sub-accounts');
    assert.equal(all.json().data.length, 2);

    const templates = await call(brandKey, 'GET', '/api/v1/templates');
    const ids = templates.json().data.map((x: { id: string }) => x.id);
    assert.deepEqual(ids.sort(), [w.questionnaire.template.id, brandTemplate.template.id].sort());
    assert.ok(!ids.includes(otherTemplate.template.id));
    const swedish = await call(brandKey, 'GET', '/api/v1/templates?language=sv');
    assert.deepEqual(
      swedish.json().data.map((x: { id: string }) => x.id),
      [brandTemplate.template.id],
    );
    assert.deepEqual(swedish.json().data[0], {
      id: brandTemplate.template.id,
      name: brandTemplate.template.name,
      language: 'sv',
      sub_account_id: brand.id,
      version: 1,
    });
    const firstPage = await call(w.key, 'GET', '/api/v1/templates?limit=1');
    const secondPage = await call(w.key, 'GET', `/api/v1/templates?limit=1&cursor=${firstPage.json().next_cursor}`);
    assert.notEqual(secondPage.json().data[0].id, firstPage.json().data[0].id);
    assert.equal((await call(w.key, 'GET', '/api/v1/sub-accounts?cursor=abc')).statusCode, 400);

    // The company's check (no sub-account) is outside the brand key.
    assert.equal((await call(brandKey, 'GET', `/api/v1/reference-checks/${checkId}`)).statusCode, 404);
    assert.equal((await call(brandKey, 'POST', `/api/v1/reference-checks/${checkId}/cancel`)).statusCode, 404);
    const wrongBrand = await call(
      brandKey,
      'POST',
      '/api/v1/reference-checks',
      w.body({ sub_account_id: otherBrand.id }),
    );
    assert.equal(wrongBrand.statusCode, 422);
    assert.equal(wrongBrand.json().errors[0].field, 'sub_account_id');
    const otherBrandsTemplate = await call(
      brandKey,
      'POST',
      '/api/v1/reference-checks',
      w.body({ template_id: otherTemplate.template.id }),
    );
    assert.equal(otherBrandsTemplate.json().errors[0].field, 'template_id');
    const mine = await call(brandKey, 'POST', '/api/v1/reference-checks', w.body({ job: null }));
    assert.equal(mine.statusCode, 201, mine.body);
    assert.equal(mine.json().sub_account_id, brand.id, 'forced to the key’s sub-account');
    assert.equal(mine.json().job, null);
    const brandList = await call(brandKey, 'GET', '/api/v1/reference-checks');
    assert.deepEqual(
      brandList.json().data.map((c: TV1ReferenceCheck) => c.id),
      [mine.json().id],
    );
    assert.equal((await call(w.key, 'GET', `/api/v1/reference-checks/${mine.json().id}`)).statusCode, 200);
  });

  test('a check made elsewhere shows removed referees left out and fraud signals counted', async () => {
    const w = await world();
    const candidate = await makeCandidate(t.db, w.company.id, { externalId: 'ext-c' });
    const check = await makeReferenceCheck(t.db, w.company.id, {
      candidateId: candidate.id,
      versionId: w.questionnaire.version.id,
    });
    await makeReferee(t.db, check, { name: 'Gone', status: 'removed' });
    // The document is JSON text written by PostgreSQL: a name comes back exactly as it was stored.
    const name = 'Kept "K" \\ </script>\n😀';
    const kept = await makeReferee(t.db, check, { name });
    const res = await call(w.key, 'GET', `/api/v1/reference-checks/${check.id}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      res.json().referees.map((r: { id: string; name: string }) => [r.id, r.name]),
      [[kept.id, name]],
    );
    assert.deepEqual(res.json().candidate, { id: candidate.id, external_id: 'ext-c' });
    assert.equal(res.json().external_id, null);
    assert.equal(res.json().fraud_signal_count, 0);
  });

  test('the OpenAPI document lists the v1 routes with the key scheme and examples', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.deepEqual(doc.components.securitySchemes.apiKey, {
      type: 'http',
      scheme: 'bearer',
      description: 'An API key: `Authorization: Bearer vch_…`',
    });
    for (const [path, method] of [
      ['/api/v1/sub-accounts', 'get'],
      ['/api/v1/templates', 'get'],
      ['/api/v1/reference-checks', 'post'],
      ['/api/v1/reference-checks', 'get'],
      ['/api/v1/reference-checks/{id}', 'get'],
      ['/api/v1/reference-checks/{id}/cancel', 'post'],
      ['/api/v1/reference-checks/{id}/referees', 'post'],
      ['/api/v1/reference-checks/{id}/report', 'get'],
      ['/api/v1/reference-checks/{id}/report.pdf', 'get'],
    ]) {
      const op = doc.paths[path]?.[method];
      assert.ok(op, `${method} ${path}`);
      assert.deepEqual(op.tags, ['api v1']);
      assert.deepEqual(op.security, [{ apiKey: [] }]);
    }
    const text = JSON.stringify(doc.paths['/api/v1/reference-checks'].post);
    assert.match(text, /gh-app-55123/, 'the request body has its example');
    const check = JSON.stringify(doc.paths['/api/v1/reference-checks/{id}'].get.responses['200']);
    assert.match(check, /awaiting_referees/);
    assert.match(check, /reference-checks\/.*\/report/, 'the response has its example');
  });
});

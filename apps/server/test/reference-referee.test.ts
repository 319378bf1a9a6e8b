import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { makeCandidate, makeCompany, makeJob, makeMember } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck, makeSubAccount } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

const device = { userAgent: 'Mozilla/5.0 Test', screen: '1280x800', timeZone: 'Europe/Stockholm' };
const GOOD = { overall: 4, rehire: true };

describe('the referee flow', () => {
  const t = useTestApp();
  let address = 0;
  /** Each referee from its own address, so the per-IP rate limits never get in the way of the test. */
  const client = () => {
    const remoteAddress = `10.9.${Math.floor(++address / 250)}.${address % 250}`;
    const request = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      t.app.inject({ method, url, payload, remoteAddress });
    return {
      remoteAddress,
      get: (token: string) => request('GET', `/api/public/reference-referee/${token}`),
      consent: (token: string, version = CONSENT_TEXT_VERSION) =>
        request('POST', `/api/public/reference-referee/${token}/consent`, { consentVersion: version, device }),
      save: (token: string, answers: Record<string, unknown>) =>
        request('PATCH', `/api/public/reference-referee/${token}/answers`, { answers }),
      submit: (token: string) => request('POST', `/api/public/reference-referee/${token}/submit`, {}),
      decline: (token: string, reason: string | null) =>
        request('POST', `/api/public/reference-referee/${token}/decline`, { reason }),
    };
  };

  /** A company with a recruiter, a job, a check started by that recruiter, and one referee with a link. */
  async function world(checkOverrides: Partial<typeof referenceChecks.$inferInsert> = {}) {
    const company = await makeCompany(t.db, { replyTo: 'jobs@acme.example' });
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Rita Recruiter' });
    const { job } = await makeJob(t.db, company.id, { title: 'Head of Sales' });
    const candidate = await makeCandidate(t.db, company.id, {
      firstName: 'Cora',
      lastName: 'Candidate',
      email: 'cora.private@mail.example',
      phone: '+46701112233',
    });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      jobId: job.id,
      createdById: recruiter.membership.id,
      refereesWanted: 1,
      status: 'in_progress',
      ...checkOverrides,
    });
    const referee = await makeReferee(t.db, check, { name: 'Rolf Referee' });
    const token = await issueRefereeToken(t.db, check, referee.id);
    return { company, recruiter, candidate, check, referee, token };
  }

  const refereeRow = async (id: string) => (await t.db.select().from(referees).where(eq(referees.id, id)))[0];
  const checkRow = async (id: string) =>
    (await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, id)))[0];

  test('the page shows the check, the pinned questionnaire and no one else’s details; the first view opens it', async () => {
    const w = await world();
    const other = await makeReferee(t.db, w.check, { name: 'Otto Other', email: 'otto.other@work.example' });
    const c = client();
    const res = await c.get(w.token);
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json();
    assert.equal(page.candidateName, 'Cora Candidate');
    assert.equal(page.jobTitle, 'Head of Sales');
    assert.equal(page.refereeName, 'Rolf Referee');
    assert.equal(page.relationship, 'manager');
    assert.equal(page.namedBy, 'candidate', 'the candidate named this referee: the page says so');
    assert.equal(page.branding.companyName, w.company.name);
    assert.equal(page.branding.contactName, 'Rita Recruiter');
    assert.equal(page.branding.contactEmail, w.recruiter.email);
    assert.equal(page.consentGiven, false);
    assert.equal(page.consentVersion, CONSENT_TEXT_VERSION);
    assert.deepEqual(
      page.questionnaire.sections.map((s: { id: string }) => s.id),
      ['work', 'words'],
    );
    assert.equal(page.status, 'opened');
    for (const secret of ['Otto Other', other.email!, 'cora.private@mail.example', '+46701112233', '46701112233'])
      assert.ok(!res.body.includes(secret), `the page leaks ${secret}`);
    const row = await refereeRow(w.referee.id);
    assert.equal(row.status, 'opened');
    assert.ok(row.openedAt);
  });

  test('a sub-account brands the page, and without a recruiter the company reply-to is the contact', async () => {
    const company = await makeCompany(t.db, { replyTo: 'hello@group.example' });
    const brand = await makeSubAccount(t.db, company.id, {
      name: 'Bright Brand',
      logoDataUrl: 'data:image/png;base64,AAAA',
    });
    const check = await makeReferenceCheck(t.db, company.id, { subAccountId: brand.id, status: 'in_progress' });
    const referee = await makeReferee(t.db, check);
    const page = (await client().get(await issueRefereeToken(t.db, check, referee.id))).json();
    assert.equal(page.branding.senderName, 'Bright Brand');
    assert.equal(page.branding.logoDataUrl, 'data:image/png;base64,AAAA');
    assert.equal(page.branding.contactName, company.name);
    assert.equal(page.branding.contactEmail, 'hello@group.example');
  });

  test('answers need consent first; consent records the IP, device and version', async () => {
    const w = await world();
    const c = client();
    const early = await c.save(w.token, { overall: 3 });
    assert.equal(early.statusCode, 409, early.body);
    const stale = await c.consent(w.token, '1999-1');
    assert.equal(stale.statusCode, 422);
    assert.equal(stale.json().errors[0].field, 'consentVersion');
    const res = await c.consent(w.token);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().consentGiven, true);
    const row = await refereeRow(w.referee.id);
    assert.ok(row.consentAt);
    assert.equal(row.consentVersion, CONSENT_TEXT_VERSION);
    assert.equal(row.ip, c.remoteAddress);
    // What the browser said, plus the first-party cookie the page set on it.
    const { browserId, ...reported } = row.device!;
    assert.deepEqual(reported, device);
    assert.match(browserId ?? '', /^[A-Za-z0-9_-]{43}$/);
  });

  test('partial saves merge, a null clears, and a second visit resumes them', async () => {
    const w = await world();
    const c = client();
    await c.consent(w.token);
    const first = await c.save(w.token, { overall: 3, title: 'Sales lead' });
    assert.equal(first.statusCode, 200, first.body);
    assert.ok(first.json().savedAt);
    const startedAt = (await refereeRow(w.referee.id)).startedAt;
    assert.ok(startedAt);
    assert.equal((await c.save(w.token, { areas: ['sales', 'product'], title: null })).statusCode, 200);
    assert.equal((await c.save(w.token, { overall: 5 })).statusCode, 200);
    const again = (await client().get(w.token)).json();
    assert.deepEqual(again.answers, { overall: 5, areas: ['sales', 'product'] });
    assert.equal(again.consentGiven, true);
    const row = await refereeRow(w.referee.id);
    assert.equal(row.startedAt?.getTime(), startedAt.getTime(), 'the first save sets startedAt once');
  });

  // Speed is measured by `npm run bench` (reference checks), not asserted here.
  test('many saves in a row each succeed, and the last answer of each question wins', async () => {
    const w = await world();
    const c = client();
    await c.consent(w.token);
    for (let i = 0; i < 30; i++) {
      const res = await c.save(w.token, { overall: (i % 5) + 1, summary: `Draft ${i}` });
      assert.equal(res.statusCode, 200);
    }
    assert.deepEqual((await refereeRow(w.referee.id)).answers, { overall: 5, summary: 'Draft 29' });
  });

  test('a value that does not fit its question, or an unknown question, is a 422 naming it', async () => {
    const w = await world();
    const c = client();
    await c.consent(w.token);
    const res = await c.save(w.token, { overall: 9, rehire: 'maybe', strength: 'luck', nope: 1 });
    assert.equal(res.statusCode, 422, res.body);
    const fields = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    assert.deepEqual(fields, ['answers.nope', 'answers.overall', 'answers.rehire', 'answers.strength']);
    assert.deepEqual((await refereeRow(w.referee.id)).answers, {}, 'nothing of a refused save is kept');
  });

  test('submitting with required questions missing lists each; a full submit answers and completes the check', async () => {
    const w = await world({ status: 'in_progress' });
    const c = client();
    await c.consent(w.token);
    await c.save(w.token, { strength: 'craft' });
    const missing = await c.submit(w.token);
    assert.equal(missing.statusCode, 422, missing.body);
    assert.deepEqual(
      missing
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
      ['answers.overall', 'answers.rehire'],
    );
    await c.save(w.token, GOOD);
    await t.db.update(referees).set({ nextReminderAt: new Date() }).where(eq(referees.id, w.referee.id));
    const res = await c.submit(w.token);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'answered');
    const row = await refereeRow(w.referee.id);
    assert.equal(row.status, 'answered');
    assert.ok(row.answeredAt);
    assert.equal(row.nextReminderAt, null, 'reminders stop');
    const check = await checkRow(w.check.id);
    assert.equal(check.status, 'completed');
    // The recruiter hears of the completion.
    const mail = await t.db.select().from(messages).where(eq(messages.recipient, w.recruiter.email));
    assert.equal(mail.filter((m) => m.template === 'reference_check_completed').length, 1);

    // Done: the page still opens with its status; saving or submitting again is a conflict.
    const after = await c.get(w.token);
    assert.equal(after.statusCode, 200);
    assert.equal(after.json().status, 'answered');
    assert.equal((await c.save(w.token, { overall: 1 })).statusCode, 409);
    assert.equal((await c.submit(w.token)).statusCode, 409);
    assert.equal((await c.decline(w.token, null)).statusCode, 409);
    assert.equal((await refereeRow(w.referee.id)).answers.overall, 4);
  });

  test('declining keeps the reason, stops reminders and refreshes the check', async () => {
    const w = await world({ status: 'awaiting_referees' });
    const c = client();
    const res = await c.decline(w.token, 'I only met them once');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'declined');
    const row = await refereeRow(w.referee.id);
    assert.equal(row.status, 'declined');
    assert.equal(row.declineReason, 'I only met them once');
    assert.ok(row.declinedAt);
    assert.equal((await checkRow(w.check.id)).status, 'in_progress');
    assert.equal((await c.get(w.token)).json().status, 'declined');
    assert.equal((await c.consent(w.token)).statusCode, 409);
    assert.equal((await c.submit(w.token)).statusCode, 409);
  });

  test('an expired link, an expired or cancelled check: 410 link_expired saying whom to contact', async () => {
    const w = await world();
    const c = client();
    await t.db
      .update(referenceChecks)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(eq(referenceChecks.id, w.check.id));
    const cancelled = await c.get(w.token);
    assert.equal(cancelled.statusCode, 410, cancelled.body);
    const problem = cancelled.json();
    assert.equal(problem.code, 'link_expired');
    assert.equal(problem.branding.companyName, w.company.name);
    assert.equal(problem.branding.contactName, 'Rita Recruiter');
    assert.equal(problem.branding.contactEmail, w.recruiter.email);
    assert.ok(!cancelled.body.includes('Cora'), 'the problem says nothing of the candidate');
    assert.equal((await c.consent(w.token)).statusCode, 410);

    const late = await world({ linksExpireAt: new Date(Date.now() + 60_000) });
    await t.db
      .update(referenceChecks)
      .set({ linksExpireAt: new Date(Date.now() - 1000) })
      .where(eq(referenceChecks.id, late.check.id));
    const expired = await c.get(late.token);
    assert.equal(expired.statusCode, 410);
    assert.equal(expired.json().branding.contactEmail, late.recruiter.email);

    const expiredCheck = await world({ status: 'expired' });
    assert.equal((await c.get(expiredCheck.token)).statusCode, 410);
  });

  test('an unknown token is a 404', async () => {
    const res = await client().get('x'.repeat(43));
    assert.equal(res.statusCode, 404);
  });

  test('a token only ever opens its own check, whatever company asks', async () => {
    const a = await world();
    const b = await world();
    const c = client();
    const pageA = (await c.get(a.token)).json();
    const pageB = (await c.get(b.token)).json();
    assert.equal(pageA.branding.companyName, a.company.name);
    assert.equal(pageB.branding.companyName, b.company.name);
    // A referee of company A answering does not touch company B's referee.
    await c.consent(a.token);
    await c.save(a.token, GOOD);
    assert.deepEqual((await refereeRow(b.referee.id)).answers, {});
    assert.equal((await refereeRow(b.referee.id)).consentAt, null);
    // A referee row moved to another company (a forged pairing) no longer opens at all.
    const stranger = await makeCompany(t.db);
    const link = await issueRefereeToken(t.db, { ...a.check, companyId: stranger.id }, a.referee.id);
    assert.equal((await c.get(link)).statusCode, 404);
  });
});

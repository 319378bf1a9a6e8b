import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION, type TCandidatePage } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { linkTokens } from '../src/modules/tenancy/tenancy.tables.ts';
import { deliverMail } from './helpers/mail.ts';
import { linkIn, refereeBody, referenceScenario, useReferenceWorld } from './helpers/reference-world.ts';

const device = { userAgent: 'Mozilla/5.0 (iPhone)', screen: '390x844', timeZone: 'Europe/Stockholm' };

describe('reference checks: the candidate’s page', () => {
  const world = useReferenceWorld();
  let address = 0;

  /** Each call from its own address, so the rate limit never decides a test. */
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: object, ip?: string) =>
    world.t.app.inject({
      method,
      url: `/api/public/reference-candidate/${url}`,
      payload: body,
      remoteAddress: ip ?? `10.2.${Math.floor(++address / 250)}.${address % 250}`,
    });

  /** A running check whose candidate link came by email; returns the token from the email. */
  async function started(settings: object = {}) {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    const res = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      jobId: s.job.id,
      candidateChannel: 'email',
      ...settings,
    });
    assert.equal(res.statusCode, 201, res.body);
    await deliverMail(t, mail);
    const token = linkIn(mail.lastTo(s.candidate.email!)!.mail.text ?? '', 'c');
    return { ...s, checkId: res.json().id as string, token };
  }
  const consent = (token: string, ip?: string) =>
    call('POST', `${token}/consent`, { consentVersion: CONSENT_TEXT_VERSION, device }, ip);

  test('page → consent → referees → each referee gets their invitation with a /r/ link', async () => {
    const { t, mail } = world;
    const s = await started();
    const page = await call('GET', s.token);
    assert.equal(page.statusCode, 200, page.body);
    const body: TCandidatePage = page.json();
    assert.equal(body.candidateFirstName, 'Sara');
    assert.equal(body.jobTitle, 'Backend Developer');
    assert.equal(body.refereesWanted, 2);
    assert.equal(body.consentGiven, false);
    assert.equal(body.checkOpen, true);
    assert.equal(body.branding.senderName, s.company.name);
    assert.equal(body.branding.contactName, 'Claire Recruiter');
    assert.equal(body.branding.contactEmail, s.recruiter.email);
    assert.deepEqual(body.referees, []);

    // Referees only after consent.
    const early = await call('POST', `${s.token}/referees`, { referees: [refereeBody()] });
    assert.equal(early.statusCode, 409);

    const consented = await consent(s.token, '203.0.113.9');
    assert.equal(consented.statusCode, 200, consented.body);
    assert.equal(consented.json().consentGiven, true);
    const [check] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, s.checkId));
    assert.ok(check.candidateConsentAt);
    assert.equal(check.candidateConsentVersion, CONSENT_TEXT_VERSION);
    assert.equal(check.candidateIp, '203.0.113.9');
    // What the browser said, plus the first-party cookie the page set on it.
    const { browserId, ...reported } = check.candidateDevice!;
    assert.deepEqual(reported, device);
    assert.match(browserId ?? '', /^[A-Za-z0-9_-]{43}$/);
    const stale = await call('POST', `${s.token}/consent`, { consentVersion: '2020-1', device });
    assert.equal(stale.statusCode, 409);

    const named = await call('POST', `${s.token}/referees`, {
      referees: [
        refereeBody({ name: 'Maria Chef', email: 'maria@work.example', language: 'sv' }),
        refereeBody({ name: 'John Colleague', email: 'john@work.example', relationship: 'colleague', language: 'en' }),
      ],
    });
    assert.equal(named.statusCode, 200, named.body);
    assert.deepEqual(
      named.json().referees.map((r: { name: string; editable: boolean }) => [r.name, r.editable]),
      [
        ['Maria Chef', true],
        ['John Colleague', true],
      ],
    );
    const sent = await deliverMail(t, mail);
    const maria = sent.find((m) => m.to.includes('maria@work.example'));
    const john = sent.find((m) => m.to.includes('john@work.example'));
    assert.ok(maria && john, 'both referees were invited');
    linkIn(maria.mail.text ?? '', 'r');
    linkIn(john.mail.text ?? '', 'r');
    assert.match(maria.mail.text ?? '', /Sara/);
    const rows = await t.db.select().from(referees).where(eq(referees.checkId, s.checkId));
    assert.ok(rows.every((r) => r.invitedAt && r.addedBy === 'candidate' && r.status === 'invited'));
    const [after] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, s.checkId));
    assert.equal(after.status, 'in_progress');

    // No more than wanted.
    const third = await call('POST', `${s.token}/referees`, { referees: [refereeBody()] });
    assert.equal(third.statusCode, 400);
    assert.equal(third.json().errors[0].field, 'referees');

    // Only the candidate's own referees are shown, never the recruiter's.
    await s.client.post(`/api/reference-checks/${s.checkId}/referees`, refereeBody({ name: 'Recruiter Pick' }));
    const names = (await call('GET', s.token)).json().referees.map((r: { name: string }) => r.name);
    assert.deepEqual(names, ['Maria Chef', 'John Colleague']);
  });

  test('a start writes the candidate one link, lasting as the check’s links; none when the candidate is not asked', async () => {
    const { t } = world;
    const s = await started();
    const candidateLinks = (checkId: string) => t.db.select().from(linkTokens).where(eq(linkTokens.subjectId, checkId));
    const [check] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, s.checkId));
    const links = await candidateLinks(s.checkId);
    assert.deepEqual(
      links.map((l) => [l.purpose, l.companyId, l.expiresAt.toISOString(), l.usedAt]),
      [['reference_candidate', s.company.id, check.linksExpireAt.toISOString(), null]],
    );
    // The emailed link is that one: it opens the page.
    assert.equal((await call('GET', s.token)).statusCode, 200);

    const quiet = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      candidateChannel: 'none',
      refereeConsent: { method: 'in_writing' },
      referees: [refereeBody()],
    });
    assert.equal(quiet.statusCode, 201, quiet.body);
    assert.deepEqual(await candidateLinks(quiet.json().id), [], 'no link for a candidate who is not asked');
  });

  test('each rule on referees names its field', async () => {
    const s = await started({ refereeChannel: 'email_and_sms', refereesWanted: 5 });
    await consent(s.token);
    const add = (list: object[]) => call('POST', `${s.token}/referees`, { referees: list });
    const fieldsOf = async (list: object[]) => {
      const res = await add(list);
      assert.equal(res.statusCode, 400, res.body);
      return res.json().errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`);
    };
    assert.deepEqual(await fieldsOf([refereeBody({ email: s.candidate.email!.toUpperCase() })]), [
      'referees.0.email: This is your own email address',
    ]);
    assert.deepEqual(await fieldsOf([refereeBody({ email: null, phone: '070-987 65 43' })]), [
      'referees.0.phone: This is your own phone number',
    ]);
    assert.deepEqual(await fieldsOf([refereeBody(), refereeBody({ email: 'x@work.example', phone: '12' })]), [
      'referees.1.phone: Not a valid phone number',
    ]);
    assert.deepEqual(
      await fieldsOf([
        refereeBody({ email: 'same@work.example' }),
        refereeBody({ email: 'SAME@work.example', name: 'Other' }),
      ]),
      ['referees.1.email: This person is already a referee'],
    );
    assert.deepEqual(await fieldsOf([refereeBody({ email: null, phone: null })]), [
      'referees.0.email: Give an email address or a mobile number',
    ]);
    const bad = await add([refereeBody({ email: 'not-an-email' })]);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'referees.0.email');
    assert.equal((await world.t.db.select().from(referees).where(eq(referees.checkId, s.checkId))).length, 0);

    const good = await add([refereeBody({ email: null, phone: '070-123 45 67' })]);
    assert.equal(good.statusCode, 200, good.body);
    assert.equal(good.json().referees[0].phone, '+46701234567');
    // The same phone again, written another way.
    assert.deepEqual(await fieldsOf([refereeBody({ email: null, phone: '+46 70 123 45 67' })]), [
      'referees.0.phone: This person is already a referee',
    ]);
  });

  test('correcting and withdrawing until the referee starts answering', async () => {
    const { t, mail } = world;
    const s = await started();
    await consent(s.token);
    const named = await call('POST', `${s.token}/referees`, {
      referees: [refereeBody({ email: 'wrong@work.example' })],
    });
    const id = named.json().referees[0].id;
    await deliverMail(t, mail);

    const fixed = await call('PATCH', `${s.token}/referees/${id}`, refereeBody({ email: 'right@work.example' }));
    assert.equal(fixed.statusCode, 200, fixed.body);
    assert.equal(fixed.json().referees[0].email, 'right@work.example');
    const sent = await deliverMail(t, mail);
    assert.deepEqual(
      sent.map((m) => m.to[0]),
      ['right@work.example'],
    );

    // A recruiter's referee cannot be reached through the candidate's link.
    const pick = await s.client.post(`/api/reference-checks/${s.checkId}/referees`, refereeBody());
    const pickId = pick.json().referees.find((r: { addedBy: string }) => r.addedBy === 'recruiter').id;
    assert.equal((await call('PATCH', `${s.token}/referees/${pickId}`, refereeBody())).statusCode, 404);
    assert.equal((await call('DELETE', `${s.token}/referees/${pickId}`)).statusCode, 404);

    await t.db.update(referees).set({ startedAt: new Date() }).where(eq(referees.id, id));
    const page = (await call('GET', s.token)).json();
    assert.equal(page.referees[0].editable, false);
    assert.equal((await call('PATCH', `${s.token}/referees/${id}`, refereeBody())).statusCode, 409);
    assert.equal((await call('DELETE', `${s.token}/referees/${id}`)).statusCode, 409);

    await t.db.update(referees).set({ startedAt: null }).where(eq(referees.id, id));
    const withdrawn = await call('DELETE', `${s.token}/referees/${id}`);
    assert.equal(withdrawn.statusCode, 200);
    assert.deepEqual(withdrawn.json().referees, []);
    const [row] = await t.db.select().from(referees).where(eq(referees.id, id));
    assert.equal(row.status, 'removed');
  });

  test('a cancelled or closed check, an expired link and an unknown token', async () => {
    const { t } = world;
    const s = await started();
    await consent(s.token);

    const closed = await s.client.post(`/api/reference-checks/${s.checkId}/close`);
    assert.equal(closed.json().status, 'completed');
    const page = (await call('GET', s.token)).json();
    assert.equal(page.checkOpen, false);
    assert.equal((await call('POST', `${s.token}/referees`, { referees: [refereeBody()] })).statusCode, 409);

    const other = await started();
    assert.equal((await other.client.post(`/api/reference-checks/${other.checkId}/cancel`)).statusCode, 200);
    assert.equal((await s.client.post(`/api/reference-checks/${other.checkId}/cancel`)).statusCode, 404);
    const gone = await call('GET', other.token);
    assert.equal(gone.statusCode, 410);
    const problem = gone.json();
    assert.equal(problem.code, 'link_expired');
    assert.equal(problem.branding.senderName, other.company.name);
    assert.equal(problem.branding.contactEmail, other.recruiter.email);
    assert.equal(problem.candidateFirstName, undefined, 'nothing about the candidate');
    assert.equal((await consent(other.token)).statusCode, 410);

    // A link past its time, its check still running.
    const third = await started();
    await t.db
      .update(linkTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(linkTokens.subjectId, third.checkId));
    const expired = await call('GET', third.token);
    assert.equal(expired.statusCode, 410);
    assert.equal(expired.json().branding.contactName, 'Claire Recruiter');

    const unknown = await call('GET', 'x'.repeat(43));
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().branding, undefined);
  });

  test('the candidate pages are rate-limited per address', async () => {
    const s = await started();
    let last = 0;
    for (let i = 0; i < 61; i++) last = (await call('GET', s.token, undefined, '198.51.100.7')).statusCode;
    assert.equal(last, 429);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { makeCandidate, makeCompany, makeMember, unique } from './helpers/factories.ts';
import { deliverMail } from './helpers/mail.ts';
import { adminCanRead, storedTo } from './helpers/outbox.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { useReferenceWorld } from './helpers/reference-world.ts';

const device = { userAgent: 'Mozilla/5.0 Test', screen: '1280x800', timeZone: 'Europe/Stockholm' };

/** A referee proves they hold the address or phone they were named with before answering. */
describe('referee one-time codes', () => {
  const w = useReferenceWorld();
  let address = 0;
  const client = () => {
    const remoteAddress = `10.7.${Math.floor(++address / 250)}.${address % 250}`;
    const base = '/api/public/reference-referee';
    const post = (token: string, path: string, payload: object = {}) =>
      w.t.app.inject({ method: 'POST', url: `${base}/${token}/${path}`, payload, remoteAddress });
    return {
      get: (token: string) => w.t.app.inject({ method: 'GET', url: `${base}/${token}`, remoteAddress }),
      sendCode: (token: string) => post(token, 'code'),
      verify: (token: string, code: string) => post(token, 'verify', { code }),
      consent: (token: string) => post(token, 'consent', { consentVersion: CONSENT_TEXT_VERSION, device }),
    };
  };

  async function world(verification: 'none' | 'email' | 'sms', referee: { email?: string; phone?: string } = {}) {
    const company = await makeCompany(w.t.db, { name: unique('Acme ') });
    const admin = await makeMember(w.t.db, company.id, 'admin');
    const candidate = await makeCandidate(w.t.db, company.id, { firstName: 'Cora', lastName: 'Kandidat' });
    const check = await makeReferenceCheck(w.t.db, company.id, {
      candidateId: candidate.id,
      status: 'in_progress',
      refereeVerification: verification,
    });
    const row = await makeReferee(w.t.db, check, {
      name: 'Rolf Referent',
      email: referee.email ?? `${unique('rolf')}@work.example`,
      phone: referee.phone ?? null,
    });
    const token = await issueRefereeToken(w.t.db, check, row.id);
    return { company, admin, check, referee: row, token };
  }

  const refereeRow = async (id: string) => (await w.t.db.select().from(referees).where(eq(referees.id, id)))[0];
  const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)?.[1] ?? assert.fail(`no code in: ${text}`);
  /** As if the last code went out long enough ago to ask for another. */
  const allowResend = (id: string) =>
    w.t.db
      .update(referees)
      .set({ verificationCodeSentAt: new Date(Date.now() - 120_000) })
      .where(eq(referees.id, id));

  test('by email: no consent before the code; the code arrives by SMTP, admins never see it, and it verifies once', async () => {
    const x = await world('email', { email: 'rolf.referent@work.example' });
    const c = client();
    const page = (await c.get(x.token)).json();
    assert.deepEqual(page.verification, {
      channel: 'email',
      sentTo: 'r•••@work.example',
      verified: false,
      codeSentAt: null,
    });
    const early = await c.consent(x.token);
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(early.json().reason, 'referee_page.verify_first');

    const sent = await c.sendCode(x.token);
    assert.equal(sent.statusCode, 200, sent.body);
    assert.ok(sent.json().verification.codeSentAt);
    const again = await c.sendCode(x.token);
    assert.equal(again.statusCode, 429, again.body);
    assert.equal(again.json().reason, 'referee_page.code_resend_too_soon');

    // What an admin reads of the outbox (list and detail) and the stored row hold no code.
    const admin = await w.t.signIn(x.admin.email);
    const arrived = await deliverMail(w.t, w.mail);
    const mail = arrived.find((m) => m.to.includes('rolf.referent@work.example'));
    assert.ok(mail, 'the code email arrived');
    const code = codeIn(mail.mail.text ?? '');
    assert.match(mail.mail.subject ?? '', /Cora Kandidat/);
    const readable = await adminCanRead(admin);
    assert.ok(!readable.text.includes(code), 'the code is readable on the Messages page');
    assert.ok(readable.text.includes('[code hidden'), readable.text.slice(0, 500));
    assert.ok(!(await storedTo(w.t, 'rolf.referent@work.example')).includes(code), 'the code is stored readable');
    const row = await refereeRow(x.referee.id);
    assert.ok(row.verificationCodeHash && !row.verificationCodeHash.includes(code), 'only a hash is kept');

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await c.verify(x.token, wrongCode);
    assert.equal(wrong.statusCode, 422, wrong.body);
    assert.equal(wrong.json().reason, 'referee_page.code_wrong');
    assert.equal(wrong.json().params.attemptsLeft, 4);

    const right = await c.verify(x.token, ` ${code.slice(0, 3)} ${code.slice(3)} `);
    assert.equal(right.statusCode, 200, right.body);
    assert.equal(right.json().verification.verified, true);
    assert.equal((await c.consent(x.token)).statusCode, 200);
    // The code is spent: its hash is gone; the report says how the referee was verified.
    assert.equal((await refereeRow(x.referee.id)).verificationCodeHash, null);
    const view = await admin.get(`/api/reference-checks/${x.check.id}`);
    assert.equal(view.json().referees[0].verifiedBy, 'email');
    assert.equal(view.json().refereeVerification, 'email');
  });

  test('five wrong codes lock it, even the right one; an expired code is refused; a new code works', async () => {
    const x = await world('email');
    const c = client();
    await c.sendCode(x.token);
    const code = codeIn((await deliverMail(w.t, w.mail)).at(-1)?.mail.text ?? '');
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt++) {
      const res = await c.verify(x.token, wrongCode);
      assert.equal(res.json().params?.attemptsLeft, 5 - attempt, res.body);
    }
    const fifth = await c.verify(x.token, wrongCode);
    assert.equal(fifth.statusCode, 429, fifth.body);
    assert.equal(fifth.json().reason, 'referee_page.code_locked');
    const locked = await c.verify(x.token, code);
    assert.equal(locked.json().reason, 'referee_page.code_locked');
    assert.equal((await refereeRow(x.referee.id)).verifiedAt, null);

    await allowResend(x.referee.id);
    await c.sendCode(x.token);
    const second = codeIn((await deliverMail(w.t, w.mail)).at(-1)?.mail.text ?? '');
    await w.t.db
      .update(referees)
      .set({ verificationCodeExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(referees.id, x.referee.id));
    const expired = await c.verify(x.token, second);
    assert.equal(expired.statusCode, 410, expired.body);
    assert.equal(expired.json().reason, 'referee_page.code_expired');

    await allowResend(x.referee.id);
    await c.sendCode(x.token);
    const third = codeIn((await deliverMail(w.t, w.mail)).at(-1)?.mail.text ?? '');
    // The code before the last no longer works.
    if (third !== second) assert.equal((await c.verify(x.token, second)).json().reason, 'referee_page.code_wrong');
    const ok = await c.verify(x.token, third);
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('by SMS through the provider; the report then says phone verified', async () => {
    const x = await world('sms', { phone: '+46705550101' });
    const c = client();
    assert.equal((await c.get(x.token)).json().verification.sentTo, '••••0101');
    assert.equal((await c.sendCode(x.token)).statusCode, 200);
    await deliverMail(w.t, w.mail);
    const sms = w.sms.lastTo('+46705550101');
    assert.ok(sms, 'the code SMS arrived');
    const res = await c.verify(x.token, codeIn(sms.message));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await refereeRow(x.referee.id)).verifiedBy, 'phone');
  });

  test('a check that asks for no code: no code is sent and consent needs none', async () => {
    const x = await world('none');
    const c = client();
    assert.equal((await c.get(x.token)).json().verification, null);
    const res = await c.sendCode(x.token);
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().reason, 'referee_page.no_verification');
    assert.equal((await c.consent(x.token)).statusCode, 200);
  });

  test('a corrected email must be verified again: the code proved the old one', async () => {
    const x = await world('email');
    await w.t.db
      .update(referees)
      .set({ verifiedAt: new Date(), verifiedBy: 'email' })
      .where(eq(referees.id, x.referee.id));
    const admin = await w.t.signIn(x.admin.email);
    const url = `/api/reference-checks/${x.check.id}/referees/${x.referee.id}`;
    const body = { name: 'Rolf Referent', relationship: 'manager', language: 'en' };
    const same = await admin.patch(url, { ...body, email: x.referee.email });
    assert.equal(same.statusCode, 200, same.body);
    assert.equal(same.json().referees[0].verifiedBy, 'email', 'the same address stays verified');
    const moved = await admin.patch(url, { ...body, email: `${unique('new')}@work.example` });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().referees[0].verifiedBy, null);
    assert.equal((await refereeRow(x.referee.id)).verifiedAt, null);
  });

  test('an unknown link is a 404 for both code routes', async () => {
    const c = client();
    assert.equal((await c.sendCode('x'.repeat(43))).statusCode, 404);
    assert.equal((await c.verify('x'.repeat(43), '123456')).statusCode, 404);
    // Another company's check id does not matter here: the token alone names the referee.
    const x = await world('email');
    await w.t.db.update(referenceChecks).set({ status: 'cancelled' }).where(eq(referenceChecks.id, x.check.id));
    assert.equal((await c.sendCode(x.token)).statusCode, 410);
  });
});

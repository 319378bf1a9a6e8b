import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../src/modules/audit/index.ts';
import { linkTokens } from '../src/modules/tenancy/tenancy.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeMember, TEST_PASSWORD, unique } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher, tokenFrom } from './helpers/mail.ts';

const NEW_PASSWORD = 'a-brand-new-passphrase';

describe('auth: sign-in, sessions, CSRF and password reset', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let companyId: string;

  before(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test' });
    companyId = (await makeCompany(t.db)).id;
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  const post = (url: string, payload: object, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress });

  /** Asks for a reset link and returns the token from the email that arrives over SMTP. */
  const requestResetLink = async (email: string) => {
    const res = await post('/api/auth/forgot-password', { email });
    assert.equal(res.statusCode, 200);
    await deliverMail(t, mail);
    return tokenFrom(mail.lastTo(email), '/reset-password');
  };

  test('sign-in sets an httpOnly, SameSite=Lax session cookie on path / and /me answers who is signed in', async () => {
    const { email, user } = await makeMember(t.db, companyId, 'recruiter');
    const res = await post('/api/auth/sign-in', { email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD });
    assert.equal(res.statusCode, 200);
    const raw = String(res.headers['set-cookie']);
    assert.match(raw, /^vouch_session=/);
    assert.match(raw, /HttpOnly/i);
    assert.match(raw, /SameSite=Lax/i);
    assert.match(raw, /Path=\/(;|$)/);
    const cookie = res.cookies.find((c) => c.name === 'vouch_session')!;
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { vouch_session: cookie.value } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().userId, user.id);
    assert.equal(me.json().role, 'recruiter');
    assert.ok(me.json().csrfToken.length >= 20);
  });

  test('every sign-in opens a new session with its own cookie', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee');
    const first = await t.signIn(email);
    const second = await t.signIn(email);
    assert.notEqual(first.cookie, second.cookie);
    assert.equal((await first.get('/api/auth/me')).statusCode, 200);
    assert.equal((await second.get('/api/auth/me')).statusCode, 200);
  });

  test('a wrong password and an unknown email both answer 401 invalid_credentials', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee');
    const wrong = await post('/api/auth/sign-in', { email, password: 'not-the-password' });
    const unknown = await post('/api/auth/sign-in', { email: 'nobody@nowhere.example', password: TEST_PASSWORD });
    for (const res of [wrong, unknown]) {
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().code, 'invalid_credentials');
      assert.equal(res.headers['set-cookie'], undefined);
    }
  });

  test('/me without a session answers 401 unauthenticated', async () => {
    const res = await t.anonymous.get('/api/auth/me');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'unauthenticated');
  });

  test('sign-out revokes the session: the same cookie is refused afterwards', async () => {
    const { email } = await makeMember(t.db, companyId, 'recruiter');
    const client = await t.signIn(email);
    const other = await t.signIn(email);
    const res = await client.post('/api/auth/sign-out');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['set-cookie']), /vouch_session=;/);
    assert.equal((await client.get('/api/auth/me')).statusCode, 401);
    assert.equal((await other.get('/api/auth/me')).statusCode, 200, 'only that one session ends');
  });

  test('a cookie write without or with a wrong x-csrf-token answers 403 csrf_failed and changes nothing', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee', { name: 'Before' });
    const client = await t.signIn(email);
    const body = { name: 'After', language: 'sv', departmentIds: [] };
    const send = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        payload: body,
        headers: { cookie: client.cookie!, ...headers },
      });
    for (const res of [await send({}), await send({ 'x-csrf-token': `${client.csrfToken}x` })]) {
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'csrf_failed');
    }
    assert.equal((await client.get('/api/auth/me')).json().name, 'Before');
    assert.equal((await client.put('/api/me/profile', body)).statusCode, 200);
  });

  test('repeated failed sign-ins for one account answer 429 with Retry-After', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee');
    const codes: number[] = [];
    for (let i = 0; i < 12; i++)
      codes.push((await post('/api/auth/sign-in', { email, password: 'wrong-password' })).statusCode);
    assert.deepEqual(codes.slice(0, 10), Array(10).fill(401));
    const limited = await post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().code, 'rate_limited');
    assert.ok(limited.headers['retry-after']);
  });

  test('one account being rate limited does not lock other people out from the same address', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee');
    const ok = await post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
    assert.equal(ok.statusCode, 200);
  });

  test('forgot → email over SMTP → reset: old sessions end, the old password fails, the new one works', async () => {
    const { email, user } = await makeMember(t.db, companyId, 'recruiter');
    const session = await t.signIn(email);
    const token = await requestResetLink(email);
    const caught = mail.lastTo(email)!;
    assert.match(caught.mail.text ?? '', /https:\/\/vouch\.test\/reset-password\?token=/);
    assert.ok(caught.mail.html, 'the email has an HTML part');
    assert.ok(Buffer.from(token, 'base64url').length >= 16, 'at least 128 bits');
    const [stored] = await t.db
      .select()
      .from(linkTokens)
      .where(eq(linkTokens.tokenHash, sha256(token)));
    assert.equal(stored.purpose, 'password_reset');

    const res = await post('/api/auth/reset-password', { token, password: NEW_PASSWORD }, '198.51.100.7');
    assert.equal(res.statusCode, 200);
    const recorded = await t.db
      .select({ ip: auditLog.ip, targetId: auditLog.targetId })
      .from(auditLog)
      .where(and(eq(auditLog.companyId, companyId), eq(auditLog.action, 'auth.password_reset')));
    assert.ok(
      recorded.some((e) => e.targetId === user.id && e.ip === '198.51.100.7'),
      'the reset is in the audit log, with the address it came from',
    );
    assert.equal((await session.get('/api/auth/me')).statusCode, 401);
    assert.equal((await post('/api/auth/sign-in', { email, password: TEST_PASSWORD })).statusCode, 401);
    assert.equal((await post('/api/auth/sign-in', { email, password: NEW_PASSWORD })).statusCode, 200);
  });

  test('forgot-password for an unknown email answers 200 and sends nothing', async () => {
    const email = `${unique('ghost')}@nowhere.example`;
    const res = await post('/api/auth/forgot-password', { email });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { ok: true });
    const sent = await deliverMail(t, mail);
    assert.equal(sent.filter((m) => m.to.includes(email)).length, 0);
  });

  test('a reset link works once: using it again answers 410', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee');
    const token = await requestResetLink(email);
    assert.equal((await post('/api/auth/reset-password', { token, password: NEW_PASSWORD })).statusCode, 200);
    const again = await post('/api/auth/reset-password', { token, password: 'yet-another-password' });
    assert.equal(again.statusCode, 410);
    assert.equal(again.json().code, 'token_invalid');
    assert.equal((await post('/api/auth/sign-in', { email, password: NEW_PASSWORD })).statusCode, 200);
  });

  test('an expired reset link answers 410 and the password stays', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee');
    const token = await requestResetLink(email);
    await t.db
      .update(linkTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(linkTokens.tokenHash, sha256(token)));
    const res = await post('/api/auth/reset-password', { token, password: NEW_PASSWORD });
    assert.equal(res.statusCode, 410);
    assert.equal((await post('/api/auth/sign-in', { email, password: TEST_PASSWORD })).statusCode, 200);
  });

  test('asking for a new reset link makes the older one stop working', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee');
    const older = await requestResetLink(email);
    const newer = await requestResetLink(email);
    assert.notEqual(older, newer);
    assert.equal((await post('/api/auth/reset-password', { token: older, password: NEW_PASSWORD })).statusCode, 410);
    assert.equal((await post('/api/auth/reset-password', { token: newer, password: NEW_PASSWORD })).statusCode, 200);
  });

  test('two concurrent resets with one token: exactly one succeeds', async () => {
    const { email } = await makeMember(t.db, companyId, 'employee');
    const token = await requestResetLink(email);
    const results = await Promise.all([
      post('/api/auth/reset-password', { token, password: 'first-racer-password' }),
      post('/api/auth/reset-password', { token, password: 'second-racer-password' }),
    ]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 410]);
    const winner = results[0].statusCode === 200 ? 'first-racer-password' : 'second-racer-password';
    assert.equal((await post('/api/auth/sign-in', { email, password: winner })).statusCode, 200);
  });

  test('a too-short new password answers 400 naming the field password', async () => {
    const res = await post('/api/auth/reset-password', { token: 'x'.repeat(43), password: 'short' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'validation_failed');
    assert.equal(res.json().errors[0].field, 'password');
  });

  test('a body over 1 MB answers 413 problem+json', async () => {
    const res = await post('/api/auth/sign-in', { email: 'a@b.example', password: 'x'.repeat(1_100_000) });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().code, 'payload_too_large');
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
  });
});

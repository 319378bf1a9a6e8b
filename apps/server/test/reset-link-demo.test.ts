import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { runDueMessages, transportsFromConfig } from '../src/modules/messaging/index.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeMember, unique } from './helpers/factories.ts';
import { adminCanRead, assertNowhere, storedTo } from './helpers/outbox.ts';

/**
 * The in-app demo has no inbox, so the one place a reset link is shown is the answer to the page that
 * asked for it: never on the Messages page, never in production, never with an email provider.
 */

let address = 0;
/** Each call from its own address, so the link routes' rate limit never decides a test. */
const forgotPassword = (t: TestApp, email: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/forgot-password',
    payload: { email },
    remoteAddress: `10.9.${Math.floor(++address / 250)}.${address % 250}`,
  });

describe('without an email provider (the demo): the reset link goes to the browser that asked', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://vouch.test' });
  });
  after(() => t.close());

  test('the forgot-password answer holds the link, which resets the password; admins see it hidden', async () => {
    const company = await makeCompany(t.db);
    const person = await makeMember(t.db, company.id, 'recruiter');
    const admin = await t.signIn((await makeMember(t.db, company.id, 'admin')).email);
    const res = await forgotPassword(t, person.email);
    assert.equal(res.statusCode, 200, res.body);
    const path: string = res.json().demoResetPath;
    const token = /^\/reset-password\?token=([A-Za-z0-9_-]+)$/.exec(path ?? '')?.[1];
    assert.ok(token, `a reset path: ${path}`);
    await runDueMessages({ db: t.db, transports: transportsFromConfig(t.config) });
    assertNowhere(token, {
      'the admin routes': (await adminCanRead(admin)).text,
      'the stored row': await storedTo(t, person.email),
    });
    const reset = await t.anonymous.post('/api/auth/reset-password', { token, password: 'demo-mode-password' });
    assert.equal(reset.statusCode, 200, reset.body);
    await t.signIn(person.email, 'demo-mode-password');
  });

  test('an unknown address gets the same answer, without a link', async () => {
    const res = await forgotPassword(t, `${unique('nobody')}@test.example`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { ok: true });
  });
});

describe('the reset link is never in the answer in production or with SMTP', () => {
  for (const [label, env] of [
    ['in production', { NODE_ENV: 'production' }],
    ['with SMTP configured', { SMTP_URL: 'smtp://127.0.0.1:9' }],
  ] as const) {
    describe(label, () => {
      let t: TestApp;
      before(async () => {
        t = await startTestApp({ ...env, VOUCH_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') });
      });
      after(() => t.close());

      test('the answer is only "ok"', async () => {
        const company = await makeCompany(t.db);
        const person = await makeMember(t.db, company.id, 'recruiter');
        const res = await forgotPassword(t, person.email);
        assert.equal(res.statusCode, 200, res.body);
        assert.deepEqual(res.json(), { ok: true });
        const [queued] = await t.db.select().from(messages).where(eq(messages.recipient, person.email));
        assert.ok(queued, 'the email is queued all the same');
      });
    });
  }
});

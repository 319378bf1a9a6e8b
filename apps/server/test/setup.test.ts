import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { companies, memberships } from '../src/modules/tenancy/tenancy.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { deliverMail, type MailCatcher, startMailCatcher, tokenFrom } from './helpers/mail.ts';

const PASSWORD = 'first-admin-passphrase';
const setupBody = (email: string, companyName = 'Initech') => ({
  companyName,
  name: 'Ada Admin',
  email,
  password: PASSWORD,
});

/** A fresh production install: no demo company, so nobody could sign in before this existed. */
describe('first-run setup without a mail server', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ NODE_ENV: 'production', SEED_DEMO: 'never' });
  });
  after(() => t.close());

  const setup = (body: object) => t.app.inject({ method: 'POST', url: '/api/setup', payload: body });

  test('an empty database asks for setup; bad input is refused on the field', async () => {
    assert.deepEqual((await t.anonymous.get('/api/setup')).json(), { setupNeeded: true, openSignup: false });
    const bad = await setup({ companyName: ' ', name: 'Ada', email: 'not-an-email', password: 'short' });
    assert.equal(bad.statusCode, 400);
    const fields = bad
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    assert.deepEqual(fields, ['companyName', 'email', 'password']);
  });

  test('two setups at once make exactly one company, whose creator is its signed-in admin; then setup is gone', async () => {
    const [first, second] = await Promise.all([
      setup(setupBody('ada@initech.example')),
      setup(setupBody('bob@initech.example', 'Bobtech')),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    assert.deepEqual(statuses, [200, 409]);
    const winner = first.statusCode === 200 ? first : second;
    assert.equal(winner.json().role, 'admin');
    const session = winner.cookies.find((c) => c.name === 'vouch_session')!;
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { vouch_session: session.value } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().companyName, winner.json().companyName);
    assert.equal((await t.db.select().from(companies)).length, 1);
    assert.equal((await t.db.select().from(memberships)).length, 1);

    assert.deepEqual((await t.anonymous.get('/api/setup')).json(), { setupNeeded: false, openSignup: false });
    const late = await setup(setupBody('mallory@evil.example', 'Takeover Ltd'));
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'conflict');
    await t.signIn(winner.json().email, PASSWORD);
  });
});

describe('first-run setup with a mail server', () => {
  let t: TestApp;
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test', NODE_ENV: 'production' });
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  const post = (url: string, body: object) => t.app.inject({ method: 'POST', url, payload: body });

  test('the address is verified before anyone is admin; a second pending setup loses once the first is done', async () => {
    const email = 'founder@acme-first.example';
    const asked = await post('/api/setup', setupBody(email, 'Acme First'));
    assert.equal(asked.statusCode, 202, asked.body);
    assert.deepEqual(asked.json(), { email, demoLink: null }, 'no link on the page in production');
    assert.equal(asked.cookies.length, 0);
    assert.equal((await t.db.select().from(companies)).length, 0, 'nothing is created before verification');
    assert.equal((await t.anonymous.get('/api/setup')).json().setupNeeded, true);

    // Someone else asks meanwhile; whoever verifies first creates the company.
    const rival = 'rival@elsewhere.example';
    assert.equal((await post('/api/setup', setupBody(rival, 'Rival'))).statusCode, 202);
    await deliverMail(t, mail);
    const token = tokenFrom(mail.lastTo(email), '/verify-email');
    const rivalToken = tokenFrom(mail.lastTo(rival), '/verify-email');
    assert.deepEqual((await t.anonymous.get(`/api/auth/verify-email/${token}`)).json(), {
      purpose: 'first_company',
      email,
      companyName: 'Acme First',
    });

    const verified = await post('/api/auth/verify-email', { token, password: PASSWORD });
    assert.equal(verified.statusCode, 200, verified.body);
    assert.equal(verified.json().role, 'admin');
    assert.equal(verified.json().companyName, 'Acme First');
    assert.equal((await t.anonymous.get('/api/setup')).json().setupNeeded, false);

    const lost = await post('/api/auth/verify-email', { token: rivalToken, password: PASSWORD });
    assert.equal(lost.statusCode, 409);
    assert.equal((await t.db.select().from(companies)).length, 1);
    assert.equal((await post('/api/setup', setupBody('late@x.example'))).statusCode, 409);
  });
});

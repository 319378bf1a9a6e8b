import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeJob, makeMember, TEST_PASSWORD, unique } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher, tokenFrom } from './helpers/mail.ts';

const PASSWORD = 'founders-passphrase';

describe('open sign-up (SIGNUP=open): anyone creates a company once their address is verified', () => {
  let t: TestApp;
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SIGNUP: 'open', SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test' });
    await makeCompany(t.db); // not a fresh install: setup is over, sign-up stays open
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  const post = (url: string, body: object) => t.app.inject({ method: 'POST', url, payload: body });

  /** Asks for a company, verifies the emailed link and answers the founder's signed-in client. */
  const signUp = async (companyName: string, language = 'en'): Promise<{ client: Client; companyId: string }> => {
    const email = `${unique('founder')}@${unique('co')}.example`;
    const asked = await post('/api/auth/new-company', {
      companyName,
      name: 'Fran Founder',
      email,
      password: PASSWORD,
      language,
    });
    assert.equal(asked.statusCode, 202, asked.body);
    assert.equal(
      (await t.db.select().from(companies).where(eq(companies.name, companyName))).length,
      0,
      'no company before verification',
    );
    await deliverMail(t, mail);
    const token = tokenFrom(mail.lastTo(email), '/verify-email');
    const verified = await post('/api/auth/verify-email', { token, password: PASSWORD });
    assert.equal(verified.statusCode, 200, verified.body);
    assert.equal(verified.json().role, 'admin');
    assert.equal(verified.json().companyName, companyName);
    return { client: await t.signIn(email, PASSWORD), companyId: verified.json().companyId };
  };

  test('the sign-in page is told sign-up is open; the company starts in the founder’s language', async () => {
    assert.deepEqual((await t.anonymous.get('/api/setup')).json(), { setupNeeded: false, openSignup: true });
    const { companyId } = await signUp(unique('Svenska '), 'sv');
    const [company] = await t.db.select().from(companies).where(eq(companies.id, companyId));
    assert.equal(company.defaultLanguage, 'sv');
    assert.match(mail.inbox.at(-1)?.mail.subject ?? '', /Bekräfta din e-post/);
  });

  test('a new company gets a careers address from its name at once; a taken one gets a number', async () => {
    const name = unique('Åkerö Bygg AB ');
    const slug = `akero-bygg-ab-${name.split(' ').pop()}`;
    const first = await signUp(name);
    // Another name that folds to the same address.
    const second = await signUp(name.replace('Åkerö', 'Akerö'));
    const settings = (await first.client.get('/api/company/careers-page')).json();
    assert.equal(settings.slug, slug);
    assert.equal(settings.url, `https://vouch.test/careers/${slug}`);
    assert.equal((await second.client.get('/api/company/careers-page')).json().slug, `${slug}-2`);
    const page = await t.anonymous.get(`/careers/${slug}`);
    assert.equal(page.statusCode, 200, 'the careers page works without setup');
    assert.match(page.body, new RegExp(`Jobs at ${name}`));
    // The admin can still choose another address in Company settings.
    const changed = await first.client.put('/api/company/careers-page', { slug: `${slug}-jobs` });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal((await t.anonymous.get(`/careers/${slug}`)).statusCode, 404);
    assert.equal((await t.anonymous.get(`/careers/${slug}-jobs`)).statusCode, 200);
  });

  test('two companies created this way never see each other', async () => {
    const a = await signUp(unique('Alpha '));
    const b = await signUp(unique('Beta '));
    assert.notEqual(a.companyId, b.companyId);
    const job = await makeJob(t.db, a.companyId, { title: 'Alpha secret role' });
    const candidate = await makeCandidate(t.db, a.companyId);
    await makeMember(t.db, a.companyId, 'recruiter');

    for (const url of [`/api/jobs/${job.job.id}`, `/api/candidates/${candidate.id}`]) {
      assert.equal((await b.client.get(url)).statusCode, 404, url);
      assert.equal((await a.client.get(url)).statusCode, 200, url);
    }
    assert.equal((await b.client.get('/api/jobs')).json().items.length, 0);
    assert.equal((await b.client.get('/api/candidates')).json().items.length, 0);
    const members = (await b.client.get('/api/members')).json().items;
    assert.equal(members.length, 1, 'only its own founder');
    const renamed = await b.client.put(`/api/jobs/${job.job.id}`, { title: 'Hijacked', recruiterIds: [] });
    assert.equal(renamed.statusCode, 404);
  });

  test('someone with a login proves its password; a founder of another company keeps one login', async () => {
    const { companyId } = await signUp(unique('First '));
    const existing = await makeMember(t.db, companyId, 'recruiter');
    const body = { companyName: unique('Second '), name: 'R', email: existing.email, password: 'wrong-password-1' };
    const wrong = await post('/api/auth/new-company', body);
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().errors[0].field, 'password');
    assert.equal((await post('/api/auth/new-company', { ...body, password: TEST_PASSWORD })).statusCode, 202);
    await deliverMail(t, mail);
    const token = tokenFrom(mail.lastTo(existing.email), '/verify-email');
    const verified = await post('/api/auth/verify-email', { token, password: TEST_PASSWORD });
    assert.equal(verified.json().memberships.length, 2);
  });

  test('one inbox gets at most five confirmation emails an hour', async () => {
    const email = `${unique('flood')}@victim.example`;
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        (await post('/api/auth/new-company', { companyName: `Spam ${i}`, name: 'S', email, password: PASSWORD }))
          .statusCode,
      );
    assert.deepEqual(codes, [202, 202, 202, 202, 202, 429]);
  });
});

describe('sign-up closed (the default)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('creating a company from the sign-in page answers 404, and the page is told it is closed', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/new-company',
      payload: { companyName: 'Nope', name: 'N', email: 'n@nope.example', password: PASSWORD },
    });
    assert.equal(res.statusCode, 404);
    assert.equal((await t.anonymous.get('/api/setup')).json().openSignup, false);
  });

  test('open sign-up in production needs a mail server to verify addresses', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production', SIGNUP: 'open' }), /SMTP_URL/);
    assert.equal(loadConfig({ NODE_ENV: 'production', SIGNUP: 'open', SMTP_URL: 'smtp://m' }).signup, 'open');
  });
});

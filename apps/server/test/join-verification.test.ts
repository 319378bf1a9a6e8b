import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { linkTokens, memberships, users } from '../src/modules/tenancy/tenancy.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeDomain, makeMember, TEST_PASSWORD, unique } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher, tokenFrom } from './helpers/mail.ts';

const PASSWORD = 'joining-passphrase-1';

/**
 * The company sign-up link admits an address only once its owner uses the link emailed to it: until
 * then nothing is active, no login is created and no password is set on anyone's account.
 */
describe('joining by the sign-up link verifies the address first', () => {
  let t: TestApp;
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test' });
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  /** A company with its sign-up link on and one authorised domain, and its signed-in admin. */
  const linkedCompany = async (name = unique('Linked ')) => {
    const company = await makeCompany(t.db, { name });
    const domain = await makeDomain(t.db, company.id);
    const admin = await makeMember(t.db, company.id, 'admin');
    const client = await t.signIn(admin.email);
    const code = (await client.post('/api/company/signup-link', { enabled: true })).json().signupUrl.split('/join/')[1];
    return { company, domain, code, client };
  };
  const join = (body: object) => t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: body });
  const verify = (token: string, password = PASSWORD) =>
    t.app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token, password } });
  const verificationLink = async (email: string) => {
    await deliverMail(t, mail);
    return tokenFrom(mail.lastTo(email, '/verify-email?token='), '/verify-email');
  };
  const membershipOf = async (email: string, companyId: string) => {
    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    if (!user) return null;
    const rows = await t.db.select().from(memberships).where(eq(memberships.userId, user.id));
    return rows.find((m) => m.companyId === companyId) ?? null;
  };

  test('asking to join sends a verification email and admits nobody until its link is used', async () => {
    const { company, domain, code } = await linkedCompany('Verified Co');
    const email = `${unique('emma')}@${domain}`;
    const asked = await join({ code, email, name: 'Emma', password: PASSWORD });
    assert.equal(asked.statusCode, 202, asked.body);
    assert.equal(asked.json().email, email);
    assert.equal(asked.cookies.length, 0, 'no session before the address is proven');
    assert.equal(await membershipOf(email, company.id), null, 'no membership yet');
    assert.equal((await t.db.select().from(users).where(eq(users.email, email))).length, 0, 'no login yet');
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: PASSWORD },
    });
    assert.equal(early.statusCode, 401);

    const token = await verificationLink(email);
    const caught = mail.lastTo(email)!;
    assert.match(caught.mail.subject ?? '', /Verified Co/);
    assert.match(caught.mail.text ?? '', /https:\/\/vouch\.test\/verify-email\?token=/);
    const info = await t.anonymous.get(`/api/auth/verify-email/${token}`);
    assert.equal(info.statusCode, 200);
    assert.deepEqual(info.json(), { purpose: 'join', email, companyName: 'Verified Co' });
    assert.equal(await membershipOf(email, company.id), null, 'looking at the link changes nothing');

    // The link alone is not enough (a mail scanner or someone forwarded the email has it too).
    const guessed = await verify(token, 'not-the-chosen-password');
    assert.equal(guessed.statusCode, 401);
    assert.equal(guessed.json().errors[0].field, 'password');
    assert.equal(await membershipOf(email, company.id), null);

    const verified = await verify(token);
    assert.equal(verified.statusCode, 200, verified.body);
    assert.equal(verified.json().role, 'employee');
    assert.equal(verified.json().companyId, company.id);
    assert.equal(verified.json().name, 'Emma');
    assert.ok(verified.cookies.some((c) => c.name === 'vouch_session' && c.httpOnly));
    assert.equal((await membershipOf(email, company.id))?.status, 'active');
    assert.equal((await t.signIn(email, PASSWORD).then((c) => c.get('/api/auth/me'))).json().email, email);

    assert.equal((await verify(token)).statusCode, 410, 'the link works once');
    assert.equal((await t.anonymous.get(`/api/auth/verify-email/${token}`)).statusCode, 410);
  });

  test('someone asking with another person’s address gets nothing, even when the owner opens the link', async () => {
    const { company, domain, code } = await linkedCompany();
    const victim = `${unique('victim')}@${domain}`;
    assert.equal((await join({ code, email: victim, name: 'Mallory', password: 'mallorys-password' })).statusCode, 202);
    const mallorysLink = await verificationLink(victim); // lands in the victim's inbox, not Mallory's
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: victim, password: 'mallorys-password' },
    });
    assert.equal(early.statusCode, 401);
    // The owner opens it and, not knowing Mallory's password, cannot complete it with their own.
    assert.equal((await verify(mallorysLink, PASSWORD)).statusCode, 401);
    assert.equal(await membershipOf(victim, company.id), null);

    // The owner asks and verifies their own request: their password is the one that works.
    assert.equal((await join({ code, email: victim, name: 'Vera', password: PASSWORD })).statusCode, 202);
    const own = await verificationLink(victim);
    assert.notEqual(own, mallorysLink);
    assert.equal((await verify(own)).statusCode, 200);
    await t.signIn(victim, PASSWORD);
    assert.equal((await membershipOf(victim, company.id))?.status, 'active');
    // Mallory's request is no use now: only the owner's password completes it, and it changes nothing.
    assert.equal((await verify(mallorysLink, 'mallorys-password')).statusCode, 401);
    await t.signIn(victim, PASSWORD);
  });

  test('someone with a login elsewhere proves its password, then verifies; their password stays', async () => {
    const { company, domain, code } = await linkedCompany();
    const elsewhere = await makeCompany(t.db);
    const { email } = await makeMember(t.db, elsewhere.id, 'recruiter', { email: `${unique('omar')}@${domain}` });
    const wrong = await join({ code, email, name: 'Omar', password: 'not-my-password' });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().errors[0].field, 'password');
    assert.equal(mail.lastTo(email), undefined, 'no email for a wrong password');

    assert.equal((await join({ code, email, name: 'Omar', password: TEST_PASSWORD })).statusCode, 202);
    const verified = await verify(await verificationLink(email), TEST_PASSWORD);
    assert.equal(verified.statusCode, 200);
    assert.equal(verified.json().companyId, company.id);
    assert.equal(verified.json().memberships.length, 2);
    await t.signIn(email, TEST_PASSWORD);
  });

  test('an active member is told to sign in and a deactivated one is refused, before any email', async () => {
    const { company, domain, code } = await linkedCompany();
    const active = await makeMember(t.db, company.id, 'employee', { email: `${unique('here')}@${domain}` });
    const gone = await makeMember(t.db, company.id, 'employee', {
      email: `${unique('gone')}@${domain}`,
      status: 'deactivated',
    });
    const taken = await join({ code, email: active.email, name: 'X', password: TEST_PASSWORD });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().code, 'email_taken');
    const refused = await join({ code, email: gone.email, name: 'X', password: TEST_PASSWORD });
    assert.equal(refused.statusCode, 403);
    await deliverMail(t, mail);
    assert.equal(mail.lastTo(active.email), undefined);
    assert.equal(mail.lastTo(gone.email), undefined);
  });

  test('an invited person who joins through the link starts with the role they were invited to', async () => {
    const { company, domain, code, client } = await linkedCompany();
    const email = `${unique('ivy')}@${domain}`;
    assert.equal((await client.post('/api/members/invite', { email, role: 'recruiter' })).statusCode, 201);
    assert.equal((await join({ code, email, name: 'Ivy', password: PASSWORD })).statusCode, 202);
    assert.equal((await membershipOf(email, company.id))?.status, 'invited', 'still only invited');
    const verified = await verify(await verificationLink(email));
    assert.equal(verified.json().role, 'recruiter');
  });

  test('a link is refused once the member was deactivated, the sign-up link turned off, or the link expired', async () => {
    const { company, domain, code, client } = await linkedCompany();
    const deactivatedMeanwhile = `${unique('dee')}@${domain}`;
    await client.post('/api/members/invite', { email: deactivatedMeanwhile, role: 'employee' });
    await join({ code, email: deactivatedMeanwhile, name: 'Dee', password: PASSWORD });
    const deesLink = await verificationLink(deactivatedMeanwhile);
    const member = (await client.get('/api/members?status=invited')).json().items[0];
    assert.equal((await client.post(`/api/members/${member.id}/deactivate`)).statusCode, 200);
    assert.equal((await verify(deesLink)).statusCode, 403);
    assert.equal((await membershipOf(deactivatedMeanwhile, company.id))?.status, 'deactivated');

    const late = `${unique('late')}@${domain}`;
    await join({ code, email: late, name: 'Late', password: PASSWORD });
    const latesLink = await verificationLink(late);
    await client.post('/api/company/signup-link', { enabled: false });
    assert.equal((await verify(latesLink)).statusCode, 410);
    assert.equal(await membershipOf(late, company.id), null);

    const again = await linkedCompany();
    const slow = `${unique('slow')}@${again.domain}`;
    await join({ code: again.code, email: slow, name: 'Slow', password: PASSWORD });
    const slowLink = await verificationLink(slow);
    await t.db
      .update(linkTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(linkTokens.tokenHash, sha256(slowLink)));
    assert.equal((await verify(slowLink)).statusCode, 410);
    assert.equal(await membershipOf(slow, again.company.id), null);
  });

  test('an address outside the company’s domains is refused on the field, and nothing is sent', async () => {
    const { code } = await linkedCompany();
    const email = `${unique('eve')}@gmail.example`;
    const res = await join({ code, email, name: 'Eve', password: PASSWORD });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().errors[0].field, 'email');
    await deliverMail(t, mail);
    assert.equal(mail.lastTo(email), undefined);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../src/modules/audit/index.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeAgency, makeCompany, makeDomain, makeMember, TEST_PASSWORD, unique } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher, tokenFrom } from './helpers/mail.ts';

const PASSWORD = 'joining-passphrase-1';

describe('members: invites, the sign-up link and user management', () => {
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

  /** A fresh company and its signed-in admin. */
  const newCompany = async (overrides: Parameters<typeof makeCompany>[1] = {}) => {
    const company = await makeCompany(t.db, overrides);
    const admin = await makeMember(t.db, company.id, 'admin', { name: 'Ada Admin' });
    return { company, admin, client: await t.signIn(admin.email) };
  };
  const inviteLink = async (email: string) => {
    await deliverMail(t, mail);
    return tokenFrom(mail.lastTo(email), '/invite');
  };
  const publicPost = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });

  test('invite → email with link → invite info → accept signs the person in with the chosen role', async () => {
    const { company, client } = await newCompany({ name: 'Acme Ltd' });
    const email = `${unique('rita')}@acme.example`;
    const invited = await client.post('/api/members/invite', { email: email.toUpperCase(), role: 'recruiter' });
    assert.equal(invited.statusCode, 201);
    assert.equal(invited.json().status, 'invited');
    assert.equal(invited.json().email, email);

    const token = await inviteLink(email);
    const caught = mail.lastTo(email)!;
    assert.equal(caught.mail.subject, 'You are invited to Acme Ltd on Vouch');
    assert.match(caught.mail.text ?? '', /https:\/\/vouch\.test\/invite\?token=/);

    const info = await t.anonymous.get(`/api/auth/invites/${token}`);
    assert.equal(info.statusCode, 200);
    assert.deepEqual(info.json(), { email, companyName: 'Acme Ltd', role: 'recruiter', name: null, hasAccount: false });

    const accepted = await publicPost('/api/auth/invites/accept', {
      token,
      name: 'Rita Recruiter',
      password: PASSWORD,
    });
    assert.equal(accepted.statusCode, 200);
    assert.equal(accepted.json().role, 'recruiter');
    assert.equal(accepted.json().companyId, company.id);
    assert.equal(accepted.json().name, 'Rita Recruiter');
    assert.ok(accepted.cookies.some((c) => c.name === 'vouch_session' && c.httpOnly));

    const joinedVia = await t.db
      .select({ method: sql<string>`${auditLog.detail}->>'method'` })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.companyId, company.id),
          eq(auditLog.action, 'auth.signed_in'),
          eq(auditLog.targetId, accepted.json().membershipId),
        ),
      );
    assert.deepEqual(
      joinedVia.map((e) => e.method),
      ['invite'],
      'accepting the invitation is a sign-in the audit log records',
    );

    const signedIn = await t.signIn(email, PASSWORD);
    assert.equal((await signedIn.get('/api/auth/me')).json().role, 'recruiter');
    assert.equal((await t.anonymous.get(`/api/auth/invites/${token}`)).statusCode, 410, 'the link is used up');
    const again = await publicPost('/api/auth/invites/accept', {
      token,
      name: 'Mallory',
      password: 'another-password',
    });
    assert.equal(again.statusCode, 410);
  });

  test("the invite email is in the company's default language: a Swedish company's is Swedish", async () => {
    const { client } = await newCompany({ name: 'Bolaget AB', defaultLanguage: 'sv' });
    const email = `${unique('sven')}@bolaget.example`;
    assert.equal((await client.post('/api/members/invite', { email, role: 'employee' })).statusCode, 201);
    await inviteLink(email);
    const caught = mail.lastTo(email)!;
    assert.equal(caught.mail.subject, 'Du är inbjuden till Bolaget AB på Vouch');
    assert.match(caught.mail.text ?? '', /Acceptera inbjudan/);
  });

  test('resending an invite makes the older link stop working', async () => {
    const { client } = await newCompany();
    const email = `${unique('resend')}@acme.example`;
    const member = (await client.post('/api/members/invite', { email, role: 'employee' })).json();
    const older = await inviteLink(email);
    assert.equal((await client.post(`/api/members/${member.id}/resend-invite`)).statusCode, 200);
    const newer = await inviteLink(email);
    assert.notEqual(older, newer);
    assert.equal((await t.anonymous.get(`/api/auth/invites/${older}`)).statusCode, 410);
    assert.equal((await t.anonymous.get(`/api/auth/invites/${newer}`)).statusCode, 200);
    const joined = await publicPost('/api/auth/invites/accept', { token: newer, name: 'Newer', password: PASSWORD });
    assert.equal(joined.statusCode, 200);
    const resent = await client.post(`/api/members/${member.id}/resend-invite`);
    assert.equal(resent.statusCode, 409, 'no invite to resend once they joined');
  });

  test('two concurrent accepts of one invite link: exactly one succeeds', async () => {
    const { client } = await newCompany();
    const email = `${unique('race')}@acme.example`;
    await client.post('/api/members/invite', { email, role: 'employee' });
    const token = await inviteLink(email);
    const results = await Promise.all(
      ['First', 'Second'].map((name) => publicPost('/api/auth/invites/accept', { token, name, password: PASSWORD })),
    );
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 410]);
  });

  test('an invite link stops working once the invited person is deactivated', async () => {
    const { client } = await newCompany();
    const email = `${unique('revoked')}@acme.example`;
    const member = (await client.post('/api/members/invite', { email, role: 'recruiter' })).json();
    const token = await inviteLink(email);
    assert.equal((await client.post(`/api/members/${member.id}/deactivate`)).statusCode, 200);
    assert.equal((await t.anonymous.get(`/api/auth/invites/${token}`)).statusCode, 410);
    const res = await publicPost('/api/auth/invites/accept', { token, name: 'Sneaky', password: PASSWORD });
    assert.equal(res.statusCode, 410);
    const list = (await client.get('/api/members?status=deactivated')).json().items;
    assert.deepEqual(
      list.map((m: { id: string }) => m.id),
      [member.id],
      'still deactivated',
    );
  });

  test('inviting an existing member or an already invited person answers 409 on field email', async () => {
    const { company, client } = await newCompany();
    const { email } = await makeMember(t.db, company.id, 'employee');
    const pending = `${unique('pending')}@acme.example`;
    assert.equal((await client.post('/api/members/invite', { email: pending, role: 'employee' })).statusCode, 201);
    for (const address of [email, pending]) {
      const res = await client.post('/api/members/invite', { email: address, role: 'recruiter' });
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().errors[0].field, 'email');
    }
  });

  test('an agent invite needs an agency of this company (field agencyId)', async () => {
    const { company, client } = await newCompany();
    const other = await makeCompany(t.db);
    const foreignAgency = await makeAgency(t.db, other.id);
    const ownAgency = await makeAgency(t.db, company.id, 'Talent Partners');
    const email = `${unique('agent')}@agency.example`;
    for (const [agencyId, status] of [
      [undefined, 400],
      [foreignAgency.id, 422],
    ] as const) {
      const res = await client.post('/api/members/invite', { email, role: 'agent', agencyId });
      assert.equal(res.statusCode, status);
      assert.equal(res.json().errors[0].field, 'agencyId');
    }
    const ok = await client.post('/api/members/invite', { email, role: 'agent', agencyId: ownAgency.id });
    assert.equal(ok.statusCode, 201);
    assert.equal(ok.json().agencyName, 'Talent Partners');
  });

  test('someone with a login elsewhere accepts with their existing password, not a new one', async () => {
    const { client } = await newCompany({ name: 'Second Co' });
    const elsewhere = await makeCompany(t.db);
    const { email } = await makeMember(t.db, elsewhere.id, 'recruiter');
    assert.equal((await client.post('/api/members/invite', { email, role: 'hiring_manager' })).statusCode, 201);
    const token = await inviteLink(email);
    assert.equal((await t.anonymous.get(`/api/auth/invites/${token}`)).json().hasAccount, true);
    const wrong = await publicPost('/api/auth/invites/accept', { token, name: 'X', password: 'not-my-password' });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().errors[0].field, 'password');
    const ok = await publicPost('/api/auth/invites/accept', { token, name: 'X', password: TEST_PASSWORD });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().role, 'hiring_manager');
    assert.equal(ok.json().memberships.length, 2);
  });

  test('the sign-up link admits authorised domains only, and turning it off or rotating it ends the old link', async () => {
    const { company, client } = await newCompany({ name: 'Linked Co' });
    const domain = await makeDomain(t.db, company.id);
    const on = await client.post('/api/company/signup-link', { enabled: true });
    assert.equal(on.statusCode, 200);
    const url: string = on.json().signupUrl;
    assert.match(url, /^https:\/\/vouch\.test\/join\/[A-Za-z0-9_-]{43}$/);
    const code = url.split('/join/')[1];
    assert.deepEqual((await t.anonymous.get(`/api/auth/signup/${code}`)).json(), {
      companyName: 'Linked Co',
      domains: [domain],
    });

    const outsider = await publicPost('/api/auth/signup', {
      code,
      email: `${unique('eve')}@gmail.example`,
      name: 'Eve',
      password: PASSWORD,
    });
    assert.equal(outsider.statusCode, 422);
    assert.equal(outsider.json().code, 'domain_not_allowed');
    assert.equal(outsider.json().errors[0].field, 'email');

    // Joining verifies the address first (see join-verification.test.ts for the whole flow).
    const email = `${unique('emma')}@${domain}`;
    assert.equal(
      (await publicPost('/api/auth/signup', { code, email, name: 'Emma', password: PASSWORD })).statusCode,
      202,
    );
    await deliverMail(t, mail);
    const token = tokenFrom(mail.lastTo(email), '/verify-email');
    const joined = await publicPost('/api/auth/verify-email', { token, password: PASSWORD });
    assert.equal(joined.statusCode, 200);
    assert.equal(joined.json().role, 'employee');
    assert.equal(joined.json().companyId, company.id);

    const rotated = (await client.post('/api/company/signup-link', { enabled: true })).json().signupUrl;
    assert.notEqual(rotated, url);
    assert.equal((await t.anonymous.get(`/api/auth/signup/${code}`)).statusCode, 404);
    assert.equal((await client.post('/api/company/signup-link', { enabled: false })).json().signupUrl, null);
    const newCode = rotated.split('/join/')[1];
    assert.equal((await t.anonymous.get(`/api/auth/signup/${newCode}`)).statusCode, 404);
    const late = { code: newCode, email: `${unique('late')}@${domain}`, name: 'Late', password: PASSWORD };
    assert.equal((await publicPost('/api/auth/signup', late)).statusCode, 404);
  });

  test('the member list counts invited, joined and active people and filters by status', async () => {
    const { company, client } = await newCompany();
    await makeMember(t.db, company.id, 'recruiter'); // joined, never seen
    await makeMember(t.db, company.id, 'employee', { status: 'deactivated' });
    await client.post('/api/members/invite', { email: `${unique('inv')}@acme.example`, role: 'employee' });
    const res = await client.get('/api/members');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().stats, { invited: 1, joined: 2, active: 1, deactivated: 1 });
    assert.equal(res.json().items.length, 4);
    const invited = (await client.get('/api/members?status=invited')).json().items;
    assert.deepEqual(
      invited.map((m: { status: string }) => m.status),
      ['invited'],
    );
  });

  test('changing a role takes effect on the person’s open session', async () => {
    const { company, client } = await newCompany();
    const member = await makeMember(t.db, company.id, 'employee');
    const session = await t.signIn(member.email);
    const res = await client.put(`/api/members/${member.membership.id}/role`, { role: 'hiring_manager' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().role, 'hiring_manager');
    assert.equal((await session.get('/api/auth/me')).json().role, 'hiring_manager');
  });

  test('the last active admin can neither lose the role nor be deactivated', async () => {
    const { admin, client } = await newCompany();
    const demote = await client.put(`/api/members/${admin.membership.id}/role`, { role: 'recruiter' });
    assert.equal(demote.statusCode, 409);
    assert.equal((await client.post(`/api/members/${admin.membership.id}/deactivate`)).statusCode, 409);
    assert.equal((await client.get('/api/auth/me')).json().role, 'admin');
  });

  test('deactivating someone ends their session at once; reactivating lets them back in', async () => {
    const { company, client } = await newCompany();
    const member = await makeMember(t.db, company.id, 'recruiter');
    const session = await t.signIn(member.email);
    assert.equal((await session.get('/api/jobs')).statusCode, 200);

    const off = await client.post(`/api/members/${member.membership.id}/deactivate`);
    assert.equal(off.statusCode, 200);
    assert.equal(off.json().status, 'deactivated');
    assert.equal((await session.get('/api/jobs')).statusCode, 401);
    assert.equal((await session.get('/api/auth/me')).statusCode, 401);
    const signIn = await publicPost('/api/auth/sign-in', { email: member.email, password: TEST_PASSWORD });
    assert.equal(signIn.statusCode, 401);

    const on = await client.post(`/api/members/${member.membership.id}/reactivate`);
    assert.equal(on.json().status, 'active');
    assert.equal((await session.get('/api/auth/me')).statusCode, 401, 'ended sessions stay ended');
    assert.equal((await t.signIn(member.email)).cookie === null, false);
  });

  test('member management of another company answers 404, and non-admins get 403', async () => {
    const { client } = await newCompany();
    const other = await makeCompany(t.db);
    const stranger = await makeMember(t.db, other.id, 'employee');
    assert.equal((await client.post(`/api/members/${stranger.membership.id}/deactivate`)).statusCode, 404);
    assert.equal((await client.put(`/api/members/${stranger.membership.id}/role`, { role: 'admin' })).statusCode, 404);
    const recruiter = await t.signIn((await makeMember(t.db, other.id, 'recruiter')).email);
    assert.equal((await recruiter.get('/api/members')).statusCode, 403);
  });
});

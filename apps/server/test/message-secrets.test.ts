import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { memberships } from '../src/modules/tenancy/tenancy.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeContact, makeMember, makeReferral, unique } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher, tokenFrom } from './helpers/mail.ts';
import { adminCanRead, assertNowhere, storedTo } from './helpers/outbox.ts';
import { linkIn, refereeBody, referenceScenario, type SmsCatcher, startSmsCatcher } from './helpers/reference-world.ts';

const PLACEHOLDER = '[link hidden: sent only to the recipient]';

describe('with SMTP and SMS providers: a message’s link reaches only its recipient', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let sms: SmsCatcher;

  before(async () => {
    mail = await startMailCatcher();
    sms = await startSmsCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, SMS_PROVIDER_URL: sms.url, PUBLIC_URL: 'https://vouch.test' });
  });
  after(async () => {
    await t.close();
    await mail.close();
    await sms.close();
  });

  test('an admin of one company who asks a reset for an admin of another cannot read the link; the email works', async () => {
    const a = await makeCompany(t.db);
    const b = await makeCompany(t.db);
    const person = await makeMember(t.db, a.id, 'employee');
    await t.db
      .insert(memberships)
      .values({ companyId: b.id, userId: person.user.id, role: 'admin', status: 'active', joinedAt: new Date() });
    const admins = { [a.id]: await makeMember(t.db, a.id, 'admin'), [b.id]: await makeMember(t.db, b.id, 'admin') };

    // Anyone may ask for a reset; the attacker is an admin of the company whose outbox holds the email.
    const asked = await t.anonymous.post('/api/auth/forgot-password', { email: person.email });
    assert.equal(asked.statusCode, 200);
    const [queued] = await t.db.select().from(messages).where(eq(messages.recipient, person.email));
    assert.ok(queued, 'a reset email is queued');
    const attacker = await t.signIn(admins[queued.companyId!].email);
    const beforeDelivery = await adminCanRead(attacker);
    assert.ok(beforeDelivery.ids.includes(queued.id), 'the attacker sees that the message exists');
    const storedBefore = await storedTo(t, person.email);

    await deliverMail(t, mail);
    const token = tokenFrom(mail.lastTo(person.email), '/reset-password');
    const afterDelivery = await adminCanRead(attacker);
    assertNowhere(token, {
      'the admin routes before delivery': beforeDelivery.text,
      'the admin routes after delivery': afterDelivery.text,
      'the stored row before delivery': storedBefore,
      'the stored row after delivery': await storedTo(t, person.email),
    });

    const detail = (await attacker.get(`/api/messages/${queued.id}`)).json();
    assert.equal(detail.visibility, 'links_hidden');
    assert.ok(detail.bodyText.includes(PLACEHOLDER), detail.bodyText);
    assert.equal(detail.status, 'sent');

    // The recipient's link works, and once delivered nothing sealed is kept.
    const reset = await t.anonymous.post('/api/auth/reset-password', { token, password: 'a-brand-new-password' });
    assert.equal(reset.statusCode, 200, reset.body);
    await t.signIn(person.email, 'a-brand-new-password');
    const [row] = await t.db.select().from(messages).where(eq(messages.id, queued.id));
    assert.equal(row.sealedContent, null);
  });

  test('an invitation’s link is hidden from admins, also from the admin who sent it', async () => {
    const company = await makeCompany(t.db);
    const admin = await makeMember(t.db, company.id, 'admin');
    const client = await t.signIn(admin.email);
    const invited = `${unique('new')}@test.example`;
    assert.equal((await client.post('/api/members/invite', { email: invited, role: 'recruiter' })).statusCode, 201);
    const storedBefore = await storedTo(t, invited);
    await deliverMail(t, mail);
    const token = tokenFrom(mail.lastTo(invited), '/invite');
    assertNowhere(token, {
      'the admin routes': (await adminCanRead(client)).text,
      'the stored row before delivery': storedBefore,
      'the stored row after delivery': await storedTo(t, invited),
    });
    assert.equal((await t.anonymous.get(`/api/auth/invites/${token}`)).statusCode, 200, 'the link works');
  });

  test('candidates’ and referees’ links, by email and SMS, are hidden from the company’s admins', async () => {
    const s = await referenceScenario(t);
    const admin = await t.signIn((await makeMember(t.db, s.company.id, 'admin')).email);
    const started = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      refereeChannel: 'email_and_sms',
      jobId: s.job.id,
    });
    assert.equal(started.statusCode, 201, started.body);
    const referee = refereeBody({ phone: '+46701112233' });
    const added = await s.client.post(`/api/reference-checks/${started.json().id}/referees`, referee);
    assert.equal(added.statusCode, 201, added.body);
    const stored = (await storedTo(t, s.candidate.email!)) + (await storedTo(t, referee.email));
    await deliverMail(t, mail);
    const smsToCandidate = sms.lastTo('+46709876543')?.message ?? '';
    const smsToReferee = sms.lastTo('+46701112233')?.message ?? '';
    const tokens = [
      linkIn(mail.lastTo(s.candidate.email!)?.mail.text ?? '', 'c'),
      linkIn(smsToCandidate, 'c'),
      linkIn(mail.lastTo(referee.email)?.mail.text ?? '', 'r'),
      linkIn(smsToReferee, 'r'),
    ];
    const seen = (await adminCanRead(admin)).text;
    const storedAfter = (await storedTo(t, s.candidate.email!)) + (await storedTo(t, referee.email));
    for (const token of tokens)
      assertNowhere(token, {
        'the admin routes': seen,
        'the stored rows before delivery': stored,
        'the stored rows after delivery': storedAfter,
      });
    // The candidate and referee are Swedish: so is the placeholder where their link was.
    assert.ok(
      seen.includes('[länken är dold: den skickas bara till mottagaren]'),
      'the bodies show where the link was',
    );
  });

  test('introduction and referral-request answer links are hidden, and those bodies are the recipient’s alone', async () => {
    const company = await makeCompany(t.db, { name: unique('Nine-Nine ') });
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Claire Recruiter' });
    const employee = await makeMember(t.db, company.id, 'employee', { name: 'Jake Peralta' });
    const admin = await t.signIn((await makeMember(t.db, company.id, 'admin')).email);
    const contact = await makeContact(t.db, company.id, employee.membership.id, {
      firstName: 'Raymond',
      lastName: 'Holt',
      email: 'raymond.holt@private.example',
    });
    const referral = await makeReferral(t.db, company.id, employee.membership.id, {
      contact,
      source: 'email_introduction',
      dueAt: new Date(Date.now() + 3_600_000),
    });
    const client = await t.signIn(recruiter.email);
    const asked = await client.post(`/api/referrals/${referral.id}/request-introduction`, { message: 'Please!' });
    assert.equal(asked.statusCode, 200, asked.body);
    const person = await makeCandidate(t.db, company.id, { firstName: 'Amy', lastName: 'Santiago' });
    const requested = await client.post(`/api/candidates/${person.id}/referral-requests`, {
      colleagueMembershipId: employee.membership.id,
      jobId: null,
      reason: 'She ran the evidence room.',
      subject: 'Could you refer {{ candidate.full_name }}?',
      body: 'Hi {{ colleague.first_name }},\n\nWhy: {{ reason }}\n\n{{ recruiter.first_name }}',
      delivery: 'email',
    });
    assert.equal(requested.statusCode, 201, requested.body);
    const storedBefore = await storedTo(t, employee.email);
    const arrived = await deliverMail(t, mail);
    const links = arrived
      .filter((m) => m.to.includes(employee.email))
      .flatMap((m) => [...(m.mail.text ?? '').matchAll(/https:\/\/vouch\.test\/\S*token=([A-Za-z0-9_-]+)/g)])
      .map((m) => m[1]);
    assert.equal(links.length, 4, 'two answer links in each of the two emails');
    const seen = await adminCanRead(admin);
    for (const token of links)
      assertNowhere(token, {
        'the admin routes': seen.text,
        'the stored rows before delivery': storedBefore,
        'the stored rows after delivery': await storedTo(t, employee.email),
      });
    const rows = await t.db.select().from(messages).where(eq(messages.recipient, employee.email));
    for (const row of rows) {
      const detail = (await admin.get(`/api/messages/${row.id}`)).json();
      assert.equal(detail.visibility, 'private', row.template);
      assert.equal(detail.bodyText, null, row.template);
      assert.equal(detail.bodyHtml, null, row.template);
      assert.ok(detail.subject, 'the subject stays: it says what the message was');
    }
    assert.ok(!seen.text.includes('She ran the evidence room'), 'the recruiter’s letter to the colleague is theirs');
  });
});

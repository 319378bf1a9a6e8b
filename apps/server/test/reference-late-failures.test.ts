import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { notifications } from '../src/modules/notifications/index.ts';
import { sendRefereeLink } from '../src/modules/references/index.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { makeCandidate, makeCompany, makeJob, makeMember } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { type SmsCatcher, startSmsCatcher } from './helpers/reference-world.ts';
import { useTestApp } from './helpers/suite.ts';

const SECRET = 'inbound-secret-0123456789abcdef';
const DSN = readFileSync(new URL('./fixtures/dsn-bounce.eml', import.meta.url), 'utf8');

/** A referee's invitation accepted by our mail server or SMS provider, and reported undeliverable later. */
describe('late delivery failures reach the candidate', () => {
  let mail: MailCatcher;
  let sms: SmsCatcher;
  const env: Record<string, string> = {};
  before(async () => {
    mail = await startMailCatcher();
    sms = await startSmsCatcher();
    Object.assign(env, {
      SMTP_URL: mail.url,
      SMS_PROVIDER_URL: sms.url,
      PUBLIC_URL: 'https://vouch.test',
      BOUNCE_ADDRESS: 'bounces@vouch.test',
      INBOUND_SECRET: SECRET,
    });
  });
  const t = useTestApp(env);
  after(async () => {
    await mail.close();
    await sms.close();
  });

  /** A running check whose one referee was invited by `channel`; the candidate hears by email and SMS. */
  async function world(channel: 'email' | 'sms') {
    const company = await makeCompany(t.db);
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Rita Recruiter' });
    const { job } = await makeJob(t.db, company.id, { title: 'Head of Sales' });
    const candidate = await makeCandidate(t.db, company.id, {
      firstName: 'Cora',
      lastName: 'Kandidat',
      email: `cora.${Date.now()}.${Math.random()}@mail.example`,
      phone: '+46701112233',
      language: 'en',
    });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      jobId: job.id,
      createdById: recruiter.membership.id,
      refereesWanted: 1,
      status: 'in_progress',
      candidateChannel: 'email_and_sms',
      refereeChannel: channel,
      candidateConsentAt: new Date(),
    });
    const referee = await makeReferee(t.db, check, {
      name: 'Rolf Referent',
      phone: '+46702223344',
      ...(channel === 'sms' ? { email: null, emailKey: null } : {}),
    });
    await sendRefereeLink(t.db, t.config, company.id, referee.id, 0);
    await deliverMail(t, mail);
    const [invited] = await t.db.select().from(referees).where(eq(referees.id, referee.id));
    return { company, recruiter, candidate, check, referee: invited };
  }

  const messageOf = async (id: string) => (await t.db.select().from(messages).where(eq(messages.id, id)))[0];
  const refereeOf = async (id: string) => (await t.db.select().from(referees).where(eq(referees.id, id)))[0];
  const candidateAsked = (email: string) => mail.inbox.filter((m) => m.to.includes(email.toLowerCase()));
  const textsTo = (phone: string) => sms.inbox.filter((m) => m.to === phone);

  const bounce = (raw: string, secret = SECRET) =>
    t.app.inject({
      method: 'POST',
      url: '/api/inbound/bounces',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'message/rfc822' },
      payload: raw,
    });
  const dsnFor = (messageId: string, recipient: string) =>
    DSN.replaceAll('MESSAGE_ID', messageId).replaceAll('RECIPIENT', recipient).replace(/\n/g, '\r\n');
  const smsReport = (path: string, form: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
    });

  test('a real DSN bounce for a referee’s invitation marks the referee and asks the candidate; once', async () => {
    const w = await world('email');
    const messageId = w.referee.inviteMessageId!;
    assert.ok(messageId, 'the invitation email is recorded on the referee');
    assert.equal((await messageOf(messageId)).status, 'sent');
    // The invitation went out with the message's own bounce address (VERP), so the bounce names it.
    const invitation = mail.inbox.findLast((m) => m.to.includes(w.referee.email!.toLowerCase()));
    assert.equal(invitation?.from, `bounces+${messageId}@vouch.test`);
    const raw = dsnFor(messageId, w.referee.email!);

    // Without the secret, or with a wrong one: 404 and nothing changes.
    assert.equal((await bounce(raw, 'wrong-secret-0123456789abcdef')).statusCode, 404);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/inbound/bounces', payload: raw });
    assert.equal(anonymous.statusCode, 404);
    assert.equal((await messageOf(messageId)).status, 'sent');
    assert.equal((await refereeOf(w.referee.id)).status, 'invited');

    const res = await bounce(raw);
    assert.equal(res.statusCode, 204, res.body);
    assert.equal((await messageOf(messageId)).status, 'bounced');
    assert.match((await messageOf(messageId)).lastError ?? '', /User\s+unknown/);
    assert.equal((await refereeOf(w.referee.id)).status, 'bounced');

    await deliverMail(t, mail);
    const asked = candidateAsked(w.candidate.email!);
    assert.equal(asked.length, 1, 'the candidate is asked by email');
    assert.match(
      asked[0].mail.text ?? '',
      new RegExp(`email to your reference Rolf Referent \\(${w.referee.email}\\)`),
    );
    assert.equal(textsTo(w.candidate.phone!).length >= 1, true, 'and by SMS');
    const notes = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.companyId, w.company.id), eq(notifications.membershipId, w.recruiter.membership.id)));
    assert.deepEqual(
      notes.map((n) => n.params),
      [{ checkId: w.check.id, attention: 'referee_bounced' }],
    );
    const client = await t.signIn(w.recruiter.email);
    assert.equal((await client.get(`/api/reference-checks/${w.check.id}`)).json().attention, 'referee_bounced');

    // The mail server hands the same bounce over again: nothing more happens.
    const texts = sms.inbox.length;
    assert.equal((await bounce(raw)).statusCode, 204);
    await deliverMail(t, mail);
    assert.equal(candidateAsked(w.candidate.email!).length, 1);
    assert.equal(sms.inbox.length, texts);
  });

  test('a bounce without the VERP address is matched by the returned Message-ID; a delay is not a bounce', async () => {
    const w = await world('email');
    const messageId = w.referee.inviteMessageId!;
    const plain = dsnFor(messageId, w.referee.email!).replace(/bounces\+[^@]+@/g, 'bounces@');
    const delayed = plain.replace('Action: failed', 'Action: delayed').replace('Status: 5.1.1', 'Status: 4.4.1');
    assert.equal((await bounce(delayed)).statusCode, 204);
    assert.equal((await messageOf(messageId)).status, 'sent');
    assert.equal((await refereeOf(w.referee.id)).status, 'invited');

    assert.equal((await bounce(plain)).statusCode, 204);
    assert.equal((await refereeOf(w.referee.id)).status, 'bounced');
  });

  test('bounces about unknown messages, or not bounces at all, are ignored with 2xx', async () => {
    const unknown = dsnFor('0b7c3c1e-5f0e-4c59-9a55-3f7f0a1e2b3c', 'nobody@mail.example');
    assert.equal((await bounce(unknown)).statusCode, 204);
    assert.equal((await bounce('Subject: hello\r\n\r\nNot a bounce at all.\r\n')).statusCode, 204);
    assert.equal((await bounce('')).statusCode, 204);
  });

  test('an SMS delivery report of a failure marks the referee and asks the candidate; guarded by its secret', async () => {
    const w = await world('sms');
    const invitation = sms.inbox.findLast((m) => m.to === w.referee.phone);
    assert.ok(invitation, 'the referee was texted');
    assert.equal(invitation.whendelivered, `https://vouch.test/api/inbound/sms-reports/${SECRET}`);
    assert.equal((await messageOf(w.referee.inviteMessageId!)).providerId, invitation.id);
    const path = new URL(invitation.whendelivered!).pathname;
    const failed = { id: invitation.id, status: 'failed', delivered: '2026-12-03T09:14:07.000000' };

    // A wrong secret: 404, and nothing changes.
    assert.equal((await smsReport('/api/inbound/sms-reports/wrong-secret-0123456789', failed)).statusCode, 404);
    assert.equal((await refereeOf(w.referee.id)).status, 'invited');
    // Unknown ids and delivered messages: 204 and nothing changes.
    assert.equal((await smsReport(path, { ...failed, id: 'no-such-id' })).statusCode, 204);
    assert.equal((await smsReport(path, { ...failed, status: 'delivered' })).statusCode, 204);
    assert.equal((await refereeOf(w.referee.id)).status, 'invited');
    // A report without an id is the provider's mistake: 400, not 500.
    assert.equal((await smsReport(path, { status: 'failed' })).statusCode, 400);

    const texts = textsTo(w.candidate.phone!).length;
    const res = await smsReport(path, failed);
    assert.equal(res.statusCode, 204, res.body);
    assert.equal((await refereeOf(w.referee.id)).status, 'bounced');
    assert.equal((await messageOf(w.referee.inviteMessageId!)).status, 'bounced');
    await deliverMail(t, mail);
    const asked = candidateAsked(w.candidate.email!);
    assert.equal(asked.length, 1);
    assert.match(asked[0].mail.text ?? '', /text message to your reference Rolf Referent \(\+46702223344\)/);
    assert.equal(textsTo(w.candidate.phone!).length, texts + 1, 'the candidate is texted too');

    // The provider retries its callback: idempotent.
    assert.equal((await smsReport(path, failed)).statusCode, 204);
    await deliverMail(t, mail);
    assert.equal(candidateAsked(w.candidate.email!).length, 1);
    assert.equal(textsTo(w.candidate.phone!).length, texts + 1);
  });

  test('a failure in one company touches nothing in another', async () => {
    const a = await world('sms');
    const b = await world('sms');
    const ofA = (await messageOf(a.referee.inviteMessageId!)).providerId!;
    const res = await smsReport(`/api/inbound/sms-reports/${SECRET}`, { id: ofA, status: 'failed' });
    assert.equal(res.statusCode, 204);
    assert.equal((await refereeOf(a.referee.id)).status, 'bounced');
    assert.equal((await refereeOf(b.referee.id)).status, 'invited');
    const [checkB] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, b.check.id));
    assert.equal(checkB.status, 'in_progress');
    const bNotes = await t.db.select().from(notifications).where(eq(notifications.companyId, b.company.id));
    assert.equal(bNotes.length, 0);
    // B's recruiter cannot see A's check.
    const bClient = await t.signIn(b.recruiter.email);
    assert.equal((await bClient.get(`/api/reference-checks/${a.check.id}`)).statusCode, 404);
  });
});

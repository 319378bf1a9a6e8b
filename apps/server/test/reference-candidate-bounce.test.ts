import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { notifications } from '../src/modules/notifications/index.ts';
import { sendCandidateLink } from '../src/modules/references/index.ts';
import { referenceChecks } from '../src/modules/references/references.tables.ts';
import { makeCandidate, makeCompany, makeJob, makeMember } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';
import { makeReferenceCheck } from './helpers/reference-factories.ts';
import { type SmsCatcher, startSmsCatcher } from './helpers/reference-world.ts';
import { useTestApp } from './helpers/suite.ts';

const SECRET = 'inbound-secret-0123456789abcdef';
const DSN = readFileSync(new URL('./fixtures/dsn-bounce.eml', import.meta.url), 'utf8');

/** The candidate's own request for referees is reported undeliverable later: the recruiter must step in. */
describe('a late delivery failure to the candidate', () => {
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

  async function world(channel: 'email' | 'sms') {
    const company = await makeCompany(t.db);
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Rita Recruiter' });
    const { job } = await makeJob(t.db, company.id, { title: 'Head of Sales' });
    const candidate = await makeCandidate(t.db, company.id, {
      firstName: 'Cora',
      lastName: 'Kandidat',
      email: `cora.${Date.now()}.${Math.random()}@mail.example`,
      phone: '+46701112299',
      language: 'en',
    });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      jobId: job.id,
      createdById: recruiter.membership.id,
      refereesWanted: 2,
      status: 'awaiting_referees',
      candidateChannel: channel,
      candidateNextReminderAt: new Date(Date.now() + 86_400_000),
    });
    await sendCandidateLink(t.db, t.config, company.id, check.id);
    await deliverMail(t, mail);
    const to = channel === 'email' ? candidate.email!.toLowerCase() : candidate.phone!;
    const [sent] = await t.db.select().from(messages).where(eq(messages.recipient, to));
    return { company, recruiter, candidate, check, sent };
  }

  const checkOf = async (id: string) =>
    (await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, id)))[0];

  async function assertRecruiterTold(w: Awaited<ReturnType<typeof world>>) {
    const notes = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.companyId, w.company.id), eq(notifications.membershipId, w.recruiter.membership.id)));
    assert.deepEqual(
      notes.map((n) => n.params),
      [{ checkId: w.check.id, attention: 'candidate_unreachable' }],
    );
    const client = await t.signIn(w.recruiter.email);
    assert.equal((await client.get(`/api/reference-checks/${w.check.id}`)).json().attention, 'candidate_unreachable');
    const check = await checkOf(w.check.id);
    assert.equal(check.candidateNextReminderAt, null, 'the candidate is no longer chased by a channel that fails');
  }

  test('a real DSN bounce of the candidate’s email marks it on the check and tells the recruiter; once', async () => {
    const w = await world('email');
    assert.equal(w.sent?.status, 'sent');
    const raw = DSN.replaceAll('MESSAGE_ID', w.sent.id)
      .replaceAll('RECIPIENT', w.candidate.email!)
      .replace(/\n/g, '\r\n');
    const post = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/inbound/bounces',
        headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'message/rfc822' },
        payload: raw,
      });
    assert.equal((await post()).statusCode, 204);
    assert.ok((await checkOf(w.check.id)).candidateEmailBouncedAt, 'the candidate’s email is marked undeliverable');
    await assertRecruiterTold(w);
    assert.equal((await post()).statusCode, 204);
    await assertRecruiterTold(w);
  });

  test('an SMS delivery report of a failed text to the candidate does the same', async () => {
    const w = await world('sms');
    const text = sms.inbox.findLast((m) => m.to === w.candidate.phone);
    assert.ok(text?.whendelivered, 'the candidate was texted');
    const res = await t.app.inject({
      method: 'POST',
      url: new URL(text.whendelivered).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ id: text.id, status: 'failed' }).toString(),
    });
    assert.equal(res.statusCode, 204, res.body);
    assert.ok((await checkOf(w.check.id)).candidateSmsFailedAt, 'the candidate’s phone is marked undeliverable');
    await assertRecruiterTold(w);
  });
});

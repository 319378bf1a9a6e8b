import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { TCandidate } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { placements } from '../src/modules/hiring/hiring.tables.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { notifications } from '../src/modules/notifications/index.ts';
import { runReferenceScheduler, sendCandidateLink } from '../src/modules/references/index.ts';
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
    const { job, steps } = await makeJob(t.db, company.id, { title: 'Head of Sales' });
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
    return { company, recruiter, candidate, job, steps, check, sent };
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

  test('an unreachable candidate counts as needing attention wherever attention is counted', async () => {
    const w = await world('email');
    await t.db
      .insert(placements)
      .values({ companyId: w.company.id, candidateId: w.candidate.id, jobId: w.job.id, stepId: w.steps[1].id });
    await t.db
      .update(referenceChecks)
      .set({ candidateEmailBouncedAt: new Date() })
      .where(eq(referenceChecks.id, w.check.id));
    const client = await t.signIn(w.recruiter.email);
    const summaryOf = async (query: string) =>
      (await client.get(`/api/candidates?limit=50${query}`))
        .json()
        .items.find((c: { id: string }) => c.id === w.candidate.id)?.referenceCheck;
    assert.equal((await summaryOf('')).attention, 'candidate_unreachable', 'the candidate list');
    assert.equal((await summaryOf(`&jobId=${w.job.id}`)).attention, 'candidate_unreachable', 'the pipeline card');
    const cards: { key: string; count: number }[] = (await client.get('/api/dashboard')).json().cards;
    assert.equal(cards.find((c) => c.key === 'checks_attention')?.count, 1, 'the home page');
    const rows = async (query: string) =>
      ((await client.get(`/api/reference-checks${query}`)).json().items as { id: string; attention: string }[]).map(
        (c) => [c.id, c.attention],
      );
    assert.deepEqual(await rows(''), [[w.check.id, 'candidate_unreachable']], 'the checks list');
    assert.deepEqual(await rows('?attention=true'), [[w.check.id, 'candidate_unreachable']], 'its attention filter');
  });

  async function correct(w: Awaited<ReturnType<typeof world>>, change: Partial<TCandidate>) {
    const client = await t.signIn(w.recruiter.email);
    const current: TCandidate = (await client.get(`/api/candidates/${w.candidate.id}`)).json();
    const { firstName, lastName, email, phone, language } = { ...current, ...change };
    const res = await client.put(`/api/candidates/${w.candidate.id}`, { firstName, lastName, email, phone, language });
    assert.equal(res.statusCode, 200, res.body);
    return client;
  }

  test('correcting the candidate’s email clears the bounce and sends the link to the new address', async () => {
    const w = await world('email');
    await t.db
      .update(referenceChecks)
      .set({ candidateEmailBouncedAt: new Date(), candidateSmsFailedAt: new Date() })
      .where(eq(referenceChecks.id, w.check.id));
    // Saving the profile without touching the email changes nothing.
    await correct(w, {});
    assert.ok((await checkOf(w.check.id)).candidateEmailBouncedAt);
    const fixed = `fixed.${Date.now()}@mail.example`;
    const client = await correct(w, { email: fixed });
    const check = await checkOf(w.check.id);
    assert.equal(check.candidateEmailBouncedAt, null, 'the new address is not known to bounce');
    assert.ok(check.candidateSmsFailedAt, 'the phone did not change: its failure stands');
    assert.equal((await client.get(`/api/reference-checks/${w.check.id}`)).json().attention, null);
    await deliverMail(t, mail);
    const [resent] = await t.db.select().from(messages).where(eq(messages.recipient, fixed));
    assert.equal(resent?.template, 'reference_candidate_request', 'the candidate is asked again, at the new address');
  });

  test('correcting a bounced address starts the candidate’s reminders over from the correction', async () => {
    const w = await world('email');
    const day = 86_400_000;
    // Ten days in: every reminder went nowhere, and the recruiter was told the candidate stayed silent.
    await t.db
      .update(referenceChecks)
      .set({
        createdAt: new Date(Date.now() - 10 * day),
        candidateEmailBouncedAt: new Date(Date.now() - 9 * day),
        candidateRemindersSent: 4,
        candidateSilentAt: new Date(Date.now() - 4 * day),
        candidateNextReminderAt: null,
      })
      .where(eq(referenceChecks.id, w.check.id));
    const fixed = `fixed.${Date.now()}@mail.example`;
    const client = await correct(w, { email: fixed });
    const restarted = await checkOf(w.check.id);
    assert.equal(restarted.candidateSilentAt, null, 'no longer silent: they have not been asked at this address');
    assert.equal(restarted.candidateRemindersSent, 0);
    assert.equal((await client.get(`/api/reference-checks/${w.check.id}`)).json().attention, null);
    const toFixed = async () =>
      (await t.db.select().from(messages).where(eq(messages.recipient, fixed))).map((m) => m.template);
    assert.deepEqual(await toFixed(), ['reference_candidate_request'], 'asked again at once');

    // The day after, nothing is due yet: the schedule counts from the correction, not the check's start.
    await runReferenceScheduler({ db: t.db, config: t.config, now: new Date(Date.now() + 60_000) });
    assert.deepEqual(await toFixed(), ['reference_candidate_request']);
    const run = await runReferenceScheduler({ db: t.db, config: t.config, now: new Date(Date.now() + 5 * day) });
    assert.ok(run.candidatesReminded >= 1, 'the candidate is reminded on the schedule again');
    assert.deepEqual(await toFixed(), ['reference_candidate_request', 'reference_candidate_request']);
  });

  test('a check in progress whose candidate has not consented yet is asked again at the corrected address', async () => {
    const w = await world('email');
    await t.db
      .update(referenceChecks)
      .set({ status: 'in_progress', candidateConsentAt: null, candidateEmailBouncedAt: new Date() })
      .where(eq(referenceChecks.id, w.check.id));
    const fixed = `fixed.${Date.now()}@mail.example`;
    await correct(w, { email: fixed });
    await deliverMail(t, mail);
    const [resent] = await t.db.select().from(messages).where(eq(messages.recipient, fixed));
    assert.equal(resent?.template, 'reference_candidate_request');
  });

  test('correcting the candidate’s phone clears a failed text', async () => {
    const w = await world('sms');
    await t.db
      .update(referenceChecks)
      .set({ candidateSmsFailedAt: new Date() })
      .where(eq(referenceChecks.id, w.check.id));
    const before = sms.inbox.length;
    await correct(w, { phone: '+46701112300' });
    assert.equal((await checkOf(w.check.id)).candidateSmsFailedAt, null);
    await deliverMail(t, mail);
    assert.ok(
      sms.inbox.slice(before).some((m) => m.to === '+46701112300'),
      'the candidate is texted again, at the new number',
    );
  });
});

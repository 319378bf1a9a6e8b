import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TCheckChannel, TRefereeStatus } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { runReferenceScheduler, sendRefereeLink } from '../src/modules/references/index.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeMember } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';
import { contentOf } from './helpers/outbox.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';

const HOUR = 3_600_000;
/** Monday 12 January 2026, 11:00 in Stockholm: every whole day after it is daytime there too. */
const MORNING = new Date('2026-01-12T10:00:00Z');
const at = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);
const BOUNCING = 'nobody@bounce.example';

describe('reference reminders, bounces and expiry', () => {
  let t: TestApp;
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher({ reject: [BOUNCING] });
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test' });
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  const run = (now: Date) => runReferenceScheduler({ db: t.db, config: t.config, now });
  const sentTo = async (address: string, template: string) =>
    t.db
      .select()
      .from(messages)
      .where(and(eq(messages.recipient, address), eq(messages.template, template)))
      .orderBy(messages.createdAt);
  const refereeRow = async (id: string) => (await t.db.select().from(referees).where(eq(referees.id, id)))[0];

  /** A running check in a Stockholm company with one referee invited at `invitedAt`. */
  async function invited(
    invitedAt: Date,
    overrides: { candidateChannel?: TCheckChannel; status?: TRefereeStatus } = {},
  ) {
    const company = await makeCompany(t.db, { timeZone: 'Europe/Stockholm' });
    const candidate = await makeCandidate(t.db, company.id, { phone: '+46701234567' });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      status: 'in_progress',
      candidateChannel: overrides.candidateChannel ?? 'email',
    });
    const referee = await makeReferee(t.db, check, { invitedAt, status: overrides.status ?? 'invited' });
    return { company, candidate, check, referee };
  }

  test('reminded at 24, 48 and 72 hours and a last time, then the candidate is told once', async () => {
    const w = await invited(MORNING);
    const reminders = () => sentTo(w.referee.email!, 'reference_referee_invite');

    await run(at(MORNING, 23));
    assert.equal((await reminders()).length, 0, 'nothing before 24 h');

    await run(at(MORNING, 25));
    assert.equal((await reminders()).length, 1, 'the first reminder at 24 h');
    const row = await refereeRow(w.referee.id);
    assert.equal(row.remindersSent, 1);
    assert.equal(row.nextReminderAt?.toISOString(), at(MORNING, 48).toISOString());

    await run(at(MORNING, 25));
    assert.equal((await reminders()).length, 1, 'a second run at the same time sends nothing more');

    await run(at(MORNING, 49));
    await run(at(MORNING, 73));
    assert.equal((await reminders()).length, 3);
    await run(at(MORNING, 95));
    assert.equal((await reminders()).length, 3, 'the last one waits a day after the third');
    await run(at(MORNING, 97));
    const all = await reminders();
    assert.equal(all.length, 4);
    assert.notEqual(all[3].subject, all[2].subject, 'the last reminder says it is the last');
    assert.equal((await refereeRow(w.referee.id)).remindersSent, 4);

    await run(at(MORNING, 119));
    assert.equal((await sentTo(w.candidate.email!, 'reference_candidate_attention')).length, 0);
    await run(at(MORNING, 121));
    const told = await sentTo(w.candidate.email!, 'reference_candidate_attention');
    assert.equal(told.length, 1, 'the candidate is told a day after the last reminder');
    assert.match(contentOf(told[0]).text, /https:\/\/vouch\.test\/c\/[A-Za-z0-9_-]+/);
    assert.ok(told[0].bodyText.includes(w.referee.name), 'admins still read whom it is about');
    assert.ok((await refereeRow(w.referee.id)).candidateToldAt);

    await run(at(MORNING, 200));
    assert.equal((await sentTo(w.candidate.email!, 'reference_candidate_attention')).length, 1, 'told once');
    assert.equal((await reminders()).length, 4, 'no fifth reminder');
  });

  test('the company’s own reminder hours and link days: set by an admin, used by the scheduler', async () => {
    const company = await makeCompany(t.db, { timeZone: 'Europe/Stockholm' });
    const admin = await makeMember(t.db, company.id, 'admin');
    const client = await t.signIn(admin.email);
    const body = (extra: object) => ({
      name: company.name,
      domains: [],
      defaultLanguage: 'en',
      senderName: null,
      replyTo: null,
      timeZone: 'Europe/Stockholm',
      ...extra,
    });
    const saved = await client.put('/api/company', body({ referenceLinkDays: 30, referenceReminderHours: '6, 30' }));
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().referenceLinkDays, 30);
    assert.deepEqual(saved.json().referenceReminderHours, [6, 30]);
    const asList = await client.put('/api/company', body({ referenceReminderHours: [6, 30] }));
    assert.deepEqual(asList.json().referenceReminderHours, [6, 30]);
    for (const [value, field] of [
      ['48, 24', 'referenceReminderHours'],
      ['24, 0', 'referenceReminderHours.1'],
      ['1, 2, 3, 4, 5, 6', 'referenceReminderHours'],
      ['soon', 'referenceReminderHours.0'],
      [[], 'referenceReminderHours'],
    ] as const) {
      const res = await client.put('/api/company', body({ referenceReminderHours: value }));
      assert.equal(res.statusCode, 400, String(value));
      assert.equal(res.json().errors[0].field, field, String(value));
    }
    const days = await client.put('/api/company', body({ referenceLinkDays: 366 }));
    assert.equal(days.json().errors[0].field, 'referenceLinkDays');
    assert.equal((await client.get('/api/company')).json().referenceLinkDays, 30, 'nothing bad was saved');

    const candidate = await makeCandidate(t.db, company.id);
    const check = await makeReferenceCheck(t.db, company.id, { candidateId: candidate.id, status: 'in_progress' });
    const invitedAt = new Date('2026-01-12T08:00:00Z'); // 09:00 in Stockholm
    const referee = await makeReferee(t.db, check, { invitedAt });
    await run(at(invitedAt, 5));
    assert.equal((await sentTo(referee.email!, 'reference_referee_invite')).length, 0);
    await run(at(invitedAt, 7));
    assert.equal((await sentTo(referee.email!, 'reference_referee_invite')).length, 1, 'reminded after 6 h');
  });

  test('a reminder due at night waits for the next morning in the company’s time zone', async () => {
    const evening = new Date('2026-01-12T20:00:00Z'); // 21:00 in Stockholm
    const w = await invited(evening);
    const reminders = () => sentTo(w.referee.email!, 'reference_referee_invite');
    await run(at(evening, 25)); // 22:00 local
    await run(new Date('2026-01-14T05:00:00Z')); // 06:00 local
    assert.equal((await reminders()).length, 0, 'nobody is written to at night');
    await run(new Date('2026-01-14T08:00:00Z')); // 09:00 local
    assert.equal((await reminders()).length, 1);
  });

  test('answered and declined referees, and a check that ended, are not reminded', async () => {
    const answered = await invited(MORNING, { status: 'answered' });
    const declined = await invited(MORNING, { status: 'declined' });
    const cancelled = await invited(MORNING);
    await t.db.update(referenceChecks).set({ status: 'cancelled' }).where(eq(referenceChecks.id, cancelled.check.id));
    await run(at(MORNING, 25));
    await run(at(MORNING, 130));
    for (const w of [answered, declined, cancelled]) {
      assert.equal((await sentTo(w.referee.email!, 'reference_referee_invite')).length, 0);
      assert.equal((await sentTo(w.candidate.email!, 'reference_candidate_attention')).length, 0);
    }
  });

  test('two schedulers at the same moment send each reminder once', async () => {
    const w = await invited(MORNING);
    await Promise.all([run(at(MORNING, 25)), run(at(MORNING, 25)), run(at(MORNING, 25))]);
    assert.equal((await sentTo(w.referee.email!, 'reference_referee_invite')).length, 1);
    assert.equal((await refereeRow(w.referee.id)).remindersSent, 1);
  });

  test('a bounced invitation marks the message and the referee, and the candidate is asked to correct it', async () => {
    const company = await makeCompany(t.db);
    const candidate = await makeCandidate(t.db, company.id);
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      status: 'in_progress',
      refereesWanted: 1,
    });
    const referee = await makeReferee(t.db, check, { email: BOUNCING, invitedAt: null });
    const good = await makeReferee(t.db, check);
    await sendRefereeLink(t.db, t.config, company.id, referee.id);
    await sendRefereeLink(t.db, t.config, company.id, good.id);

    const arrived = await deliverMail(t, mail);
    assert.ok(arrived.some((m) => m.to.includes(good.email!)));
    assert.ok(!arrived.some((m) => m.to.includes(BOUNCING)));
    const [invitation] = await sentTo(BOUNCING, 'reference_referee_invite');
    assert.equal(invitation.status, 'bounced', 'a permanent refusal is not retried');
    assert.equal(invitation.attempts, 1);
    assert.match(invitation.lastError ?? '', /550/);

    const result = await run(new Date());
    assert.ok(result.bounced >= 1);
    const row = await refereeRow(referee.id);
    assert.equal(row.status, 'bounced');
    assert.ok(row.bouncedAt);
    assert.equal((await refereeRow(good.id)).status, 'invited');

    await deliverMail(t, mail);
    const told = mail.lastTo(candidate.email!);
    assert.ok(told, 'the candidate got an email');
    assert.ok(told.mail.text?.includes(BOUNCING), 'it names the address that bounced');
    assert.match(told.mail.text ?? '', /https:\/\/vouch\.test\/c\/[A-Za-z0-9_-]+/);

    await run(new Date());
    assert.equal((await sentTo(candidate.email!, 'reference_candidate_attention')).length, 1, 'told once');
  });

  test('a check past its links’ end expires and its reminders stop', async () => {
    const w = await invited(MORNING);
    await t.db
      .update(referenceChecks)
      .set({ linksExpireAt: at(MORNING, 30) })
      .where(eq(referenceChecks.id, w.check.id));
    await run(at(MORNING, 25));
    assert.equal((await sentTo(w.referee.email!, 'reference_referee_invite')).length, 1);
    const result = await run(at(MORNING, 49));
    assert.ok(result.expired >= 1);
    const [check] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, w.check.id));
    assert.equal(check.status, 'expired');
    assert.equal((await sentTo(w.referee.email!, 'reference_referee_invite')).length, 1, 'no reminder after expiry');
    assert.equal((await refereeRow(w.referee.id)).nextReminderAt, null);
  });
});

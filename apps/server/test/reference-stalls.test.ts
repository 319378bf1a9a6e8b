import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { notifications } from '../src/modules/notifications/index.ts';
import { runReferenceScheduler } from '../src/modules/references/index.ts';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { makeCandidate, makeCompany, makeJob, makeMember } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

/** A check stalls no more: a referee's decline asks the candidate for a replacement and tells the recruiter. */
describe('a stalled reference check is acted on', () => {
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher();
    Object.assign(env, { SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test' });
  });
  const env: Record<string, string> = {};
  const t = useTestApp(env);
  after(async () => {
    await mail.close();
  });

  /** A Swedish-speaking candidate whose one referee has a link; the check was started by a recruiter. */
  async function world(candidateLanguage: 'en' | 'sv') {
    const company = await makeCompany(t.db);
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Rita Recruiter' });
    const { job } = await makeJob(t.db, company.id, { title: 'Head of Sales' });
    const candidate = await makeCandidate(t.db, company.id, {
      firstName: 'Cora',
      lastName: 'Kandidat',
      email: `cora.${candidateLanguage}.${Date.now()}@mail.example`,
      language: candidateLanguage,
    });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      jobId: job.id,
      createdById: recruiter.membership.id,
      refereesWanted: 1,
      status: 'in_progress',
      candidateConsentAt: new Date(),
    });
    const referee = await makeReferee(t.db, check, { name: 'Rolf Referent', addedBy: 'candidate' });
    const token = await issueRefereeToken(t.db, check, referee.id);
    return { company, recruiter, candidate, check, referee, token };
  }

  const decline = (token: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/public/reference-referee/${token}/decline`,
      payload: { reason: 'Too busy' },
    });

  test('a decline asks the candidate in their language, once, and tells the recruiter in the app and by email', async () => {
    const w = await world('sv');
    const res = await decline(w.token);
    assert.equal(res.statusCode, 200, res.body);
    // A second decline (a double click) is refused and sends nothing more.
    assert.equal((await decline(w.token)).statusCode, 409);
    const arrived = await deliverMail(t, mail);

    const toCandidate = arrived.filter((m) => m.to.includes(w.candidate.email!.toLowerCase()));
    assert.equal(toCandidate.length, 1, 'the candidate is asked once');
    assert.match(toCandidate[0].mail.subject ?? '', /Ange en ersättare för Rolf Referent/);
    const link = (toCandidate[0].mail.text ?? '').match(/https:\/\/vouch\.test\/c\/([A-Za-z0-9_-]+)/);
    assert.ok(link, 'the email carries the candidate’s page link');

    // The candidate's page now wants a replacement: the referee is no longer in play.
    const page = await t.app.inject({ method: 'GET', url: `/api/public/reference-candidate/${link[1]}` });
    assert.equal(page.statusCode, 200, page.body);
    assert.equal(page.json().referees[0].status, 'declined');
    assert.equal(page.json().checkOpen, true);

    const notes = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.companyId, w.company.id), eq(notifications.membershipId, w.recruiter.membership.id)));
    assert.equal(notes.length, 1, 'the recruiter is told once');
    assert.equal(notes[0].kind, 'check_attention');
    assert.deepEqual(notes[0].params, { checkId: w.check.id, attention: 'referee_declined' });

    const toRecruiter = arrived.filter((m) => m.to.includes(w.recruiter.email.toLowerCase()));
    assert.equal(toRecruiter.length, 1);
    assert.match(toRecruiter[0].mail.subject ?? '', /The reference check for Cora Kandidat needs attention/);

    // In the bell: the candidate's name, the reason and where to go.
    const client = await t.signIn(w.recruiter.email);
    const list = await client.get('/api/notifications');
    assert.equal(list.statusCode, 200, list.body);
    const [item] = list.json().items;
    assert.equal(item.kind, 'check_attention');
    assert.equal(item.personName, 'Cora Kandidat');
    assert.equal(item.checkId, w.check.id);
    assert.equal(item.candidateId, w.candidate.id);
    assert.equal(item.attention, 'referee_declined');
    assert.equal(list.json().unread, 1);

    // The check needs attention: in the checks list, on the check and on the home page.
    const listed = (await client.get('/api/reference-checks')).json();
    assert.equal(listed.items.find((c: { id: string }) => c.id === w.check.id)?.attention, 'referee_declined');
    const view = await client.get(`/api/reference-checks/${w.check.id}`);
    assert.equal(view.json().attention, 'referee_declined');
    const home = (await client.get('/api/dashboard')).json();
    const card = home.cards.find((c: { key: string }) => c.key === 'checks_attention');
    assert.deepEqual(card, { key: 'checks_attention', count: 1, href: '/references', tone: 'attention' });

    // Another company's recruiter hears nothing of it, and sees neither the check nor a count.
    const strangerClient = await t.signIn((await makeMember(t.db, (await makeCompany(t.db)).id, 'recruiter')).email);
    assert.equal((await strangerClient.get(`/api/reference-checks/${w.check.id}`)).statusCode, 404);
    const theirHome = (await strangerClient.get('/api/dashboard')).json();
    assert.equal(theirHome.cards.find((c: { key: string }) => c.key === 'checks_attention')?.count, 0);

    const other = await makeCompany(t.db);
    const stranger = await makeMember(t.db, other.id, 'recruiter');
    const theirs = await (await t.signIn(stranger.email)).get('/api/notifications');
    assert.equal(theirs.json().items.length, 0);
  });

  test('an English-speaking candidate is asked in English', async () => {
    const w = await world('en');
    assert.equal((await decline(w.token)).statusCode, 200);
    const arrived = await deliverMail(t, mail);
    const toCandidate = arrived.filter((m) => m.to.includes(w.candidate.email!.toLowerCase()));
    assert.equal(toCandidate.length, 1);
    assert.match(toCandidate[0].mail.subject ?? '', /Please name a replacement for Rolf Referent/);
    assert.match(toCandidate[0].mail.text ?? '', /has declined to give a reference/);
    const queued = await t.db
      .select({ template: messages.template })
      .from(messages)
      .where(and(eq(messages.companyId, w.company.id), eq(messages.recipient, w.candidate.email!)));
    assert.deepEqual(
      queued.map((m) => m.template),
      ['reference_candidate_attention'],
    );
  });

  test('a referee silent after every reminder needs attention until they answer or are replaced', async () => {
    const company = await makeCompany(t.db);
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const check = await makeReferenceCheck(t.db, company.id, { status: 'in_progress', refereesWanted: 2 });
    const silent = await makeReferee(t.db, check, { status: 'invited', candidateToldAt: new Date() });
    await makeReferee(t.db, check, { status: 'invited' });
    const client = await t.signIn(recruiter.email);
    const attention = async () => (await client.get(`/api/reference-checks/${check.id}`)).json().attention;
    assert.equal(await attention(), 'referee_silent');
    // A late answer puts them back in play.
    await t.db.update(referees).set({ status: 'answered', answeredAt: new Date() }).where(eq(referees.id, silent.id));
    assert.equal(await attention(), null);
  });

  describe('the candidate is chased on the referees’ daytime schedule', () => {
    const HOUR = 3_600_000;
    /** Monday 12 January 2026, 11:00 in Stockholm. */
    const MORNING = new Date('2026-01-12T10:00:00Z');
    const at = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);
    const run = (now: Date) => runReferenceScheduler({ db: t.db, config: t.config, now });

    async function waiting(startedAt: Date, overrides: Partial<typeof referenceChecks.$inferInsert> = {}) {
      const company = await makeCompany(t.db, { timeZone: 'Europe/Stockholm' });
      const recruiter = await makeMember(t.db, company.id, 'recruiter');
      const candidate = await makeCandidate(t.db, company.id, { firstName: 'Siri', lastName: 'Tyst', language: 'sv' });
      const check = await makeReferenceCheck(t.db, company.id, {
        candidateId: candidate.id,
        createdById: recruiter.membership.id,
        status: 'awaiting_referees',
        createdAt: startedAt,
        linksExpireAt: at(startedAt, 24 * 30),
        ...overrides,
      });
      const reminders = async () =>
        t.db
          .select({ subject: messages.template })
          .from(messages)
          .where(
            and(
              eq(messages.companyId, company.id),
              eq(messages.recipient, candidate.email!),
              eq(messages.template, 'reference_candidate_request'),
            ),
          );
      const told = async () =>
        t.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.companyId, company.id), eq(notifications.membershipId, recruiter.membership.id)));
      const row = async () => (await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, check.id)))[0];
      return { company, recruiter, candidate, check, reminders, told, row };
    }

    test('reminded at 24, 48, 72 hours and a last time, then the recruiter is told once', async () => {
      const w = await waiting(MORNING);
      await run(at(MORNING, 23));
      assert.equal((await w.reminders()).length, 0, 'nothing before 24 h');
      await run(at(MORNING, 25));
      assert.equal((await w.reminders()).length, 1);
      assert.equal((await w.row()).candidateNextReminderAt?.toISOString(), at(MORNING, 48).toISOString());
      // The recruiter sees when the candidate hears from us next.
      const recruiter = await t.signIn(w.recruiter.email);
      const view = (await recruiter.get(`/api/reference-checks/${w.check.id}`)).json();
      assert.equal(view.candidateNextReminderAt, at(MORNING, 48).toISOString());
      assert.equal(view.attention, null);
      await run(at(MORNING, 25));
      assert.equal((await w.reminders()).length, 1, 'a second run at the same time sends nothing more');
      await run(at(MORNING, 49));
      await run(at(MORNING, 73));
      await run(at(MORNING, 97));
      assert.equal((await w.reminders()).length, 4);
      assert.equal((await w.told()).length, 0, 'the recruiter waits a day after the last reminder');
      await run(at(MORNING, 119));
      assert.equal((await w.told()).length, 0);
      await run(at(MORNING, 121));
      await run(at(MORNING, 122));
      const told = await w.told();
      assert.equal(told.length, 1, 'told once');
      assert.deepEqual(told[0].params, { checkId: w.check.id, attention: 'candidate_silent' });
      assert.ok((await w.row()).candidateSilentAt);
      const after = (await recruiter.get('/api/reference-checks')).json();
      assert.equal(after.items.find((c: { id: string }) => c.id === w.check.id)?.attention, 'candidate_silent');
      assert.equal((await w.reminders()).length, 4, 'no more reminders');
    });

    test('a step due at night waits for the company’s morning', async () => {
      // 21:00 in Stockholm: 24 hours later is evening again, so the reminder waits for 09:00 after it.
      const evening = at(MORNING, 10);
      const w = await waiting(evening);
      await run(at(evening, 25));
      assert.equal((await w.reminders()).length, 0);
      await run(at(evening, 35));
      assert.equal((await w.reminders()).length, 0);
      await run(at(evening, 36));
      assert.equal((await w.reminders()).length, 1);
    });

    test('a candidate who consented and named referees is not chased; neither is one the recruiter speaks for', async () => {
      const named = await waiting(MORNING, { status: 'in_progress', candidateConsentAt: MORNING });
      const none = await waiting(MORNING, { candidateChannel: 'none' });
      for (const hours of [25, 49, 73, 97, 121]) await run(at(MORNING, hours));
      assert.equal((await named.reminders()).length, 0);
      assert.equal((await named.told()).length, 0);
      assert.equal((await none.reminders()).length, 0);
      assert.equal((await none.told()).length, 0);
    });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TDomainEvent, TLanguage, TReferralStatus } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { runNotificationDigests } from '../src/modules/notifications/index.ts';
import { moveReferralStatus } from '../src/modules/referrals/referral-status.ts';
import { publish } from '../src/platform/events.ts';
import { notifications } from '../src/schema.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeJob, makeMember, makeReferral, makeTwoTenants } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';

/**
 * The referrer is never left in the dark: every change of a referral's status (as a stage they
 * understand), owner or bonus writes a notification for its referrer only, emailed in their language
 * at once or in the daily digest; a recruiter hears when the colleague they asked answers.
 */
describe('notifications: the bell, and emails each change or once a day', () => {
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

  async function world(options: { referrerLanguage?: TLanguage } = {}) {
    const company = await makeCompany(t.db, { name: 'Nine-Nine', senderName: 'Nine-Nine Talent' });
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Claire Recruiter' });
    const referrer = await makeMember(t.db, company.id, 'employee', {
      name: 'Jake Peralta',
      language: options.referrerLanguage ?? 'en',
    });
    const bystander = await makeMember(t.db, company.id, 'employee', { name: 'Gina Bystander' });
    const { job } = await makeJob(t.db, company.id, { title: 'Detective' });
    const referral = await makeReferral(t.db, company.id, referrer.membership.id, {
      contact: null,
      firstName: 'Raymond',
      lastName: 'Holt',
      jobId: job.id,
      source: 'employee_referral',
      status: 'passed_on',
    });
    const move = (to: TReferralStatus, actor = recruiter.membership.id, note: string | null = null) =>
      t.db.transaction((tx) =>
        moveReferralStatus(tx, { companyId: company.id, referralId: referral.id, to, actorMembershipId: actor, note }),
      );
    return { company, recruiter, referrer, bystander, referral, job, move };
  }

  const rowsOf = (membershipId: string) =>
    t.db.select().from(notifications).where(eq(notifications.membershipId, membershipId));

  test('each status change the referrer would read differently notifies them, and only them; notes never travel', async () => {
    const w = await world();
    await w.move('recruiter_contacted');
    await w.move('candidate_interested'); // the same stage for the referrer: nothing new
    await w.move('interviewing');
    await w.move('not_hired', w.recruiter.membership.id, 'Rude to the panel; salary too high');
    const rows = await rowsOf(w.referrer.membership.id);
    assert.deepEqual(
      rows.map((r) => [r.kind, r.params.stage]),
      [
        ['referral_stage', 'in_touch'],
        ['referral_stage', 'interviewing'],
        ['referral_stage', 'closed'],
      ],
    );
    assert.equal((await rowsOf(w.recruiter.membership.id)).length, 0);
    assert.equal((await rowsOf(w.bystander.membership.id)).length, 0);

    const client = await t.signIn(w.referrer.email);
    const list = await client.get('/api/notifications');
    assert.equal(list.statusCode, 200, list.body);
    assert.equal(list.json().unread, 3);
    assert.equal(list.json().items[0].stage, 'closed');
    assert.equal(list.json().items[0].personName, 'Raymond Holt');
    assert.equal(list.json().items[0].jobTitle, 'Detective');
    assert.ok(!list.body.includes('Rude') && !list.body.includes('not_hired'), 'no note, no internal status');

    const emails = await deliverMail(t, mail);
    const mine = emails.filter((m) => m.to.includes(w.referrer.email.toLowerCase()));
    assert.equal(mine.length, 3, 'each change: an email each');
    const closed = mine.find((m) => m.mail.text?.includes('closed'));
    assert.ok(closed, mine.map((m) => m.mail.text).join('\n---\n'));
    assert.equal(closed.mail.subject, 'News about your referral of Raymond Holt');
    assert.match(
      closed.mail.text ?? '',
      /Your referral of Raymond Holt for Detective is now: closed \(not moving forward\)\./,
    );
    assert.ok(!JSON.stringify(mine.map((m) => [m.mail.text, m.mail.html])).includes('Rude'));
  });

  test('a Swedish referrer is emailed in Swedish; owner and bonus changes are told too', async () => {
    const w = await world({ referrerLanguage: 'sv' });
    const admin = await makeMember(t.db, w.company.id, 'admin');
    await w.move('hired');
    const events: TDomainEvent[] = [
      {
        type: 'referral.bonus_changed',
        companyId: w.company.id,
        referralId: w.referral.id,
        bonusId: w.referral.id,
        state: 'eligible',
        previousState: 'pending',
      },
      {
        type: 'referral.ownership_changed',
        companyId: w.company.id,
        referralId: w.referral.id,
        fromMembershipId: w.referrer.membership.id,
        toMembershipId: w.bystander.membership.id,
        actorMembershipId: admin.membership.id,
      },
    ];
    for (const event of events) await t.db.transaction((tx) => publish(tx, event));
    assert.deepEqual((await rowsOf(w.referrer.membership.id)).map((r) => r.kind).sort(), [
      'referral_bonus',
      'referral_owner_out',
      'referral_stage',
    ]);
    assert.deepEqual(
      (await rowsOf(w.bystander.membership.id)).map((r) => r.kind),
      ['referral_owner_in'],
    );
    assert.equal((await rowsOf(admin.membership.id)).length, 0, 'the admin who moved it is not told');
    const emails = (await deliverMail(t, mail)).filter((m) => m.to.includes(w.referrer.email.toLowerCase()));
    const hired = emails.find((m) => m.mail.text?.includes('anställd'));
    assert.ok(hired, emails.map((m) => m.mail.text).join('\n---\n'));
    assert.equal(hired.mail.subject, 'Nytt om ditt tips om Raymond Holt');
    assert.ok(
      emails.some((m) =>
        m.mail.text?.includes('Bonusen för ditt tips om Raymond Holt till Detective är redo att betalas ut.'),
      ),
    );
    assert.ok(emails.some((m) => m.mail.subject === 'Tipset om Raymond Holt har flyttats till en annan tipsare'));
  });

  test('the recruiter is told in the app when the colleague answers their request; the colleague is not told of their own answer', async () => {
    const company = await makeCompany(t.db);
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const colleague = await makeMember(t.db, company.id, 'employee', { name: 'Amy Santiago' });
    const referral = await makeReferral(t.db, company.id, colleague.membership.id, {
      contact: null,
      source: 'referral_request',
      status: 'refer_request_sent',
      recruiterMembershipId: recruiter.membership.id,
    });
    await t.db.transaction((tx) =>
      moveReferralStatus(tx, {
        companyId: company.id,
        referralId: referral.id,
        to: 'referrer_contacted',
        actorMembershipId: colleague.membership.id,
        onlyFrom: 'refer_request_sent',
        answer: 'will_reach_out',
      }),
    );
    assert.equal((await rowsOf(colleague.membership.id)).length, 0);
    const client = await t.signIn(recruiter.email);
    const [notice] = (await client.get('/api/notifications')).json().items;
    assert.equal(notice.kind, 'request_answered');
    assert.equal(notice.answer, 'will_reach_out');
    assert.equal(notice.colleagueName, 'Amy Santiago');
    const [row] = await rowsOf(recruiter.membership.id);
    assert.ok(row.emailedAt, 'the answer’s own email told them; no second email or digest line');
  });

  test('with the daily digest nothing is emailed at once; one digest lists the unread ones, claimed once across workers', async () => {
    const w = await world({ referrerLanguage: 'sv' });
    const client = await t.signIn(w.referrer.email);
    const saved = await client.put('/api/me/notification-settings', { mode: 'digest' });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal((await client.get('/api/me/notification-settings')).json().mode, 'digest');
    await w.move('applied');
    await w.move('interviewing');
    await w.move('offer');
    const [first] = (await client.get('/api/notifications')).json().items;
    assert.equal(
      (await client.post(`/api/notifications/${first.id}/read`)).statusCode,
      200,
      'read in the app: not in the digest',
    );
    assert.equal(
      (await deliverMail(t, mail)).filter((m) => m.to.includes(w.referrer.email.toLowerCase())).length,
      0,
      'no email per change',
    );
    const now = new Date();
    const runs = await Promise.all([1, 2, 3].map(() => runNotificationDigests({ db: t.db, config: t.config, now })));
    assert.equal(runs.reduce((n, r) => n + r.digests, 0) >= 1, true);
    const digests = (await deliverMail(t, mail)).filter((m) => m.to.includes(w.referrer.email.toLowerCase()));
    assert.equal(digests.length, 1, 'one digest however many workers ran');
    assert.equal(digests[0].mail.subject, '2 uppdateringar om dina tips');
    assert.match(digests[0].mail.text ?? '', /Ditt tips om Raymond Holt till Detective är nu: har sökt\./);
    assert.match(digests[0].mail.text ?? '', /är nu: på intervju\./);
    assert.ok(!(digests[0].mail.text ?? '').includes('erbjudande'), 'the one read in the app is left out');
    await w.move('hired');
    const later = await runNotificationDigests({
      db: t.db,
      config: t.config,
      now: new Date(now.getTime() + 3_600_000),
    });
    assert.equal(later.digests, 0, 'at most one digest a day');
    const nextDay = await runNotificationDigests({
      db: t.db,
      config: t.config,
      now: new Date(now.getTime() + 25 * 3_600_000),
    });
    assert.equal(nextDay.digests, 1);
    assert.equal(nextDay.notifications, 1);
  });

  test('the bell’s routes: unread count, mark one and all read; another member’s or company’s ids are not found; bad input is 400', async () => {
    const w = await world();
    await w.move('recruiter_contacted');
    await w.move('interviewing');
    const client = await t.signIn(w.referrer.email);
    assert.deepEqual((await client.get('/api/notifications/unread-count')).json(), { unread: 2 });
    const page = await client.get('/api/notifications?limit=1');
    assert.equal(page.json().items.length, 1);
    const next = await client.get(`/api/notifications?limit=1&cursor=${page.json().nextCursor}`);
    assert.equal(next.json().items.length, 1);
    assert.notEqual(next.json().items[0].id, page.json().items[0].id);
    assert.equal(next.json().nextCursor, null);
    const id = page.json().items[0].id;

    const { a, b } = await makeTwoTenants(t.db);
    for (const other of [
      await t.signIn(w.bystander.email),
      await t.signIn(b.employee.email),
      await t.signIn(a.admin.email),
    ]) {
      assert.equal((await other.post(`/api/notifications/${id}/read`)).statusCode, 404);
      assert.equal((await other.get('/api/notifications')).json().items.length, 0);
      assert.equal((await other.post('/api/notifications/read-all')).json().marked, 0);
    }
    assert.deepEqual((await client.post(`/api/notifications/${id}/read`)).json(), { unread: 1 });
    assert.deepEqual((await client.post(`/api/notifications/${id}/read`)).json(), { unread: 1 }, 'twice is fine');
    assert.deepEqual((await client.post('/api/notifications/read-all')).json(), { marked: 1 });
    assert.equal((await client.get('/api/notifications/unread-count')).json().unread, 0);

    assert.equal((await client.post('/api/notifications/not-a-uuid/read')).statusCode, 400);
    assert.equal((await client.get('/api/notifications?cursor=%3Cscript%3E')).statusCode, 400);
    assert.equal((await client.get('/api/notifications?limit=1000')).statusCode, 400);
    const mode = await client.put('/api/me/notification-settings', { mode: '<script>alert(1)</script>' });
    assert.equal(mode.statusCode, 400);
    assert.ok(JSON.stringify(mode.json()).includes('mode'));
    assert.equal((await t.anonymous.get('/api/notifications')).statusCode, 401);
    assert.equal((await t.anonymous.put('/api/me/notification-settings', { mode: 'digest' })).statusCode, 401);
  });
});

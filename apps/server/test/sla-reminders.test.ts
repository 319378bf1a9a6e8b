import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { startBackgroundWork } from '../src/background.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { registerReferrals, runIntroductionSlaReminders } from '../src/modules/referrals/index.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import { countIntroductionDeadlines } from '../src/modules/referrals/sla.repo.ts';
import { responsibleFor } from '../src/modules/referrals/sla-reminders.ts';
import { membershipDepartments } from '../src/modules/tenancy/tenancy.tables.ts';
import { createBackgroundJobs } from '../src/platform/background-work.ts';
import type { Config } from '../src/platform/config.ts';
import { createDashboard } from '../src/platform/dashboard.ts';
import type { Db } from '../src/platform/db/db.ts';
import { createDomainEvents } from '../src/platform/events.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeDepartment, makeMember, makeReferral, unique } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';

const HOUR = 3_600_000;

describe('introduction service level: reminders, dashboard and the company setting', () => {
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

  const remind = (now = new Date()) => runIntroductionSlaReminders({ db: t.db, config: t.config, now });
  const recruiterOf = async (companyId: string, departmentIds: string[], overrides = {}) => {
    const member = await makeMember(t.db, companyId, 'recruiter', overrides);
    for (const departmentId of departmentIds)
      await t.db.insert(membershipDepartments).values({ companyId, membershipId: member.membership.id, departmentId });
    return member;
  };
  const introduction = (companyId: string, referrerId: string, fields: Parameters<typeof makeReferral>[3]) =>
    makeReferral(t.db, companyId, referrerId, { contact: null, ...fields });
  const queuedTo = async (emails: string[]) => t.db.select().from(messages).where(inArray(messages.recipient, emails));

  test('each overdue introduction is reminded once, to the recruiters of its department or else all of them', async () => {
    const company = await makeCompany(t.db, { name: unique('Acme '), timeZone: 'Europe/Stockholm' });
    const [sales, support, legal] = [
      await makeDepartment(t.db, company.id),
      await makeDepartment(t.db, company.id),
      await makeDepartment(t.db, company.id),
    ];
    const anna = await recruiterOf(company.id, [sales.id], { name: 'Anna Sales', language: 'sv' });
    const bo = await recruiterOf(company.id, [support.id], { name: 'Bo Support' });
    const cleo = await recruiterOf(company.id, [], { name: 'Cleo Anything' });
    const gone = await recruiterOf(company.id, [sales.id], { status: 'deactivated' });
    const admin = await makeMember(t.db, company.id, 'admin');
    const employee = await makeMember(t.db, company.id, 'employee', { name: 'Eve Employee' });
    const past = new Date(Date.now() - 2 * HOUR);
    const ofSales = await introduction(company.id, employee.membership.id, {
      firstName: 'Sam',
      lastName: 'Sales',
      departmentId: sales.id,
      dueAt: past,
    });
    const unfiled = await introduction(company.id, employee.membership.id, {
      firstName: 'Una',
      lastName: 'Filed',
      dueAt: past,
    });
    const ofLegal = await introduction(company.id, employee.membership.id, {
      firstName: 'Lee',
      lastName: 'Legal',
      departmentId: legal.id,
      dueAt: past,
    });
    // None of these may be reminded: acted on, withdrawn, not due yet, a prospect, already reminded.
    const quiet = [
      await introduction(company.id, employee.membership.id, {
        departmentId: sales.id,
        dueAt: past,
        actedAt: new Date(),
      }),
      await introduction(company.id, employee.membership.id, { departmentId: sales.id, dueAt: past, active: false }),
      await introduction(company.id, employee.membership.id, {
        departmentId: sales.id,
        dueAt: new Date(Date.now() + HOUR),
      }),
      await introduction(company.id, employee.membership.id, { source: 'warm_prospect', dueAt: past }),
      await introduction(company.id, employee.membership.id, {
        dueAt: past,
        slaRemindedAt: new Date(Date.now() - HOUR),
      }),
    ];

    const run = await remind();
    assert.ok(run.reminded >= 3, 'other tests may add their own companies, never fewer');
    const reminded = await t.db
      .select({ id: referrals.id, at: referrals.slaRemindedAt })
      .from(referrals)
      .where(inArray(referrals.id, [ofSales.id, unfiled.id, ofLegal.id, ...quiet.map((q) => q.id)]));
    const remindedIds = reminded.filter((r) => r.at && Date.now() - r.at.getTime() < 60_000).map((r) => r.id);
    assert.deepEqual(remindedIds.sort(), [ofSales.id, unfiled.id, ofLegal.id].sort());

    const delivered = await deliverMail(t, mail);
    const to = (m: { email: string }) => delivered.filter((d) => d.to.includes(m.email));
    assert.equal(to(anna).length, 1, 'one email per recruiter, listing all theirs');
    assert.equal(to(bo).length, 1);
    assert.equal(to(cleo).length, 1);
    assert.equal(to(gone).length, 0, 'a deactivated recruiter is not reminded');
    assert.equal(to(admin).length, 0, 'admins only when there is no recruiter');
    const annaText = to(anna)[0].mail.text ?? '';
    assert.equal(to(anna)[0].mail.subject, '3 introduktioner via mejl är försenade');
    assert.match(annaText, /Sam Sales – tipsad av Eve Employee/);
    assert.match(annaText, /Una Filed/);
    assert.match(annaText, /Lee Legal/);
    // Sales is hers; the other two reached her because nobody else recruits for them.
    assert.match(annaText, /https:\/\/vouch\.test\/referrals\?tab=introductions&overdue=true&scope=all/);
    const boText = to(bo)[0].mail.text ?? '';
    assert.equal(to(bo)[0].mail.subject, '2 email introductions are overdue');
    assert.doesNotMatch(boText, /Sam Sales/, 'a department with its own recruiter keeps it to them');
    assert.match(boText, /Una Filed — passed on by Eve Employee, due/);
    const cleoText = to(cleo)[0].mail.text ?? '';
    assert.match(
      cleoText,
      /https:\/\/vouch\.test\/referrals\?tab=introductions&overdue=true\n/,
      'no departments: the list shows all',
    );

    await remind();
    assert.equal((await queuedTo([anna.email, bo.email, cleo.email])).length, 3, 'a second run sends nothing new');
  });

  test('a company without recruiters reminds its admins; several workers at once remind once', async () => {
    const company = await makeCompany(t.db);
    const admins = [await makeMember(t.db, company.id, 'admin'), await makeMember(t.db, company.id, 'admin')];
    const employee = await makeMember(t.db, company.id, 'employee');
    for (let i = 0; i < 5; i++)
      await introduction(company.id, employee.membership.id, { dueAt: new Date(Date.now() - HOUR - i) });
    await Promise.all([remind(), remind(), remind()]);
    const queued = await queuedTo(admins.map((a) => a.email));
    assert.equal(queued.length, 2, 'one email per admin, however many runs raced');
    for (const message of queued) assert.match(message.subject ?? '', /^5 email introductions are overdue$/);
  });

  test('responsibleFor: department match, then all recruiters, then admins', () => {
    const staff = (id: string, role: 'admin' | 'recruiter', departmentIds: string[] = []) => ({
      membershipId: id,
      role,
      name: id,
      email: `${id}@x.example`,
      language: 'en' as const,
      departmentIds,
    });
    const team = [staff('r1', 'recruiter', ['d1']), staff('r2', 'recruiter', ['d2']), staff('a', 'admin', ['d1'])];
    const ids = (list: { membershipId: string }[]) => list.map((s) => s.membershipId);
    assert.deepEqual(ids(responsibleFor('d1', team)), ['r1']);
    assert.deepEqual(ids(responsibleFor('d3', team)), ['r1', 'r2']);
    assert.deepEqual(ids(responsibleFor(null, team)), ['r1', 'r2']);
    assert.deepEqual(ids(responsibleFor('d1', [staff('a', 'admin')])), ['a']);
    assert.deepEqual(responsibleFor('d1', []), []);
  });

  test('the reminders the module registers run periodically, log a failure instead of throwing, and stop', async () => {
    const company = await makeCompany(t.db);
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const employee = await makeMember(t.db, company.id, 'employee');
    const referral = await introduction(company.id, employee.membership.id, { dueAt: new Date(Date.now() - HOUR) });
    const logged: string[] = [];
    const log = {
      info: (_: object, msg: string) => logged.push(msg),
      error: (_: object, msg: string) => logged.push(msg),
    };
    // The referrals module's own background work, started the one way every process starts it.
    const jobs = createBackgroundJobs<{ db: Db; config: Config; log: typeof log }>();
    registerReferrals({
      events: createDomainEvents(),
      dashboard: createDashboard(),
      config: t.config,
      background: jobs,
    });
    const scheduler = startBackgroundWork({ db: t.db, config: t.config, log }, jobs, { idleMs: 20 });
    for (let i = 0; i < 100 && !(await queuedTo([recruiter.email])).length; i++)
      await new Promise((r) => setTimeout(r, 20));
    await scheduler.stop();
    assert.equal((await queuedTo([recruiter.email])).length, 1);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id));
    assert.ok(row.slaRemindedAt);

    const broken = {
      selectDistinct: () => {
        throw new Error('database down');
      },
    } as unknown as Db;
    const failing = startBackgroundWork({ db: broken, config: t.config, log }, jobs, { idleMs: 10 });
    await new Promise((r) => setTimeout(r, 50));
    await failing.stop();
    assert.ok(logged.some((m) => m.startsWith('introduction reminders failed')));
  });

  test('due today and overdue are counted in the company’s own day', async () => {
    const company = await makeCompany(t.db);
    const employee = await makeMember(t.db, company.id, 'employee');
    const department = await makeDepartment(t.db, company.id);
    const make = (dueAt: string, extra: Parameters<typeof makeReferral>[3] = {}) =>
      introduction(company.id, employee.membership.id, { dueAt: new Date(dueAt), ...extra });
    await make('2026-03-10T09:00:00Z'); // overdue
    await make('2026-03-10T09:30:00Z', { departmentId: department.id }); // overdue, in the department
    await make('2026-03-10T08:00:00Z', { actedAt: new Date('2026-03-10T08:30:00Z') }); // acted on
    await make('2026-03-10T22:59:00Z'); // before midnight in Stockholm (UTC+1)
    await make('2026-03-10T23:01:00Z'); // after midnight in Stockholm, still the 10th in New York
    await make('2026-03-10T12:00:00Z', { source: 'cold_prospect' });
    const now = new Date('2026-03-10T10:00:00Z');
    const count = (timeZone: string, departmentIds: string[] | null = null) =>
      countIntroductionDeadlines(t.db, company.id, { now, timeZone, departmentIds });
    assert.deepEqual(await count('Europe/Stockholm'), { overdue: 2, dueToday: 1 });
    assert.deepEqual(await count('America/New_York'), { overdue: 2, dueToday: 2 });
    assert.deepEqual(await count('Europe/Stockholm', [department.id]), { overdue: 1, dueToday: 0 });
  });

  test('the dashboard shows the cards to admins and recruiters, narrowed to a recruiter’s departments', async () => {
    const company = await makeCompany(t.db);
    const department = await makeDepartment(t.db, company.id);
    const admin = await makeMember(t.db, company.id, 'admin');
    const mine = await recruiterOf(company.id, [department.id]);
    const employee = await makeMember(t.db, company.id, 'employee');
    await introduction(company.id, employee.membership.id, { dueAt: new Date(Date.now() - HOUR) });
    await introduction(company.id, employee.membership.id, {
      dueAt: new Date(Date.now() - HOUR),
      departmentId: department.id,
    });
    await introduction(company.id, employee.membership.id, { dueAt: new Date(Date.now() + 40 * 24 * HOUR) });
    const cards = async (email: string) => {
      const res = await (await t.signIn(email)).get('/api/dashboard');
      assert.equal(res.statusCode, 200);
      return Object.fromEntries(
        res.json().cards.map((c: { key: string; count: number; tone: string; href: string }) => [c.key, c]),
      );
    };
    const forAdmin = await cards(admin.email);
    assert.equal(forAdmin.introductions_overdue.count, 2);
    assert.equal(forAdmin.introductions_overdue.tone, 'attention');
    assert.equal(forAdmin.introductions_overdue.href, '/referrals?tab=introductions&overdue=true');
    assert.equal(forAdmin.introductions_due_today.count, 0);
    assert.equal(forAdmin.introductions_due_today.tone, 'neutral');
    assert.equal((await cards(mine.email)).introductions_overdue.count, 1);
    assert.equal((await cards(employee.email)).introductions_overdue, undefined);
  });

  test('the company setting: 1–720 whole hours, saved and read back; left out, it stays', async () => {
    const company = await makeCompany(t.db);
    const admin = await t.signIn((await makeMember(t.db, company.id, 'admin')).email);
    const current = (await admin.get('/api/company')).json();
    assert.equal(current.introductionSlaHours, 24, 'the default');
    const { id: _, departments: __, signupUrl: ___, ...body } = current;
    for (const value of [0, 721, 'abc', 1.5, null]) {
      const res = await admin.put('/api/company', { ...body, introductionSlaHours: value });
      assert.equal(res.statusCode, 400, `${value}`);
      assert.equal(res.json().errors[0].field, 'introductionSlaHours');
    }
    const saved = await admin.put('/api/company', { ...body, introductionSlaHours: 48 });
    assert.equal(saved.statusCode, 200);
    assert.equal(saved.json().introductionSlaHours, 48);
    const { introductionSlaHours: ____, ...withoutIt } = body;
    assert.equal((await admin.put('/api/company', withoutIt)).json().introductionSlaHours, 48);
    assert.equal(
      (await admin.put('/api/company', { ...body, introductionSlaHours: 720 })).json().introductionSlaHours,
      720,
    );
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { transportsFromConfig } from '../../src/modules/messaging/index.ts';
import { referralEvents, referrals } from '../../src/modules/referrals/referrals.tables.ts';
import { issueLinkToken } from '../../src/modules/tenancy/link-tokens.ts';
import { companies, users } from '../../src/modules/tenancy/tenancy.tables.ts';
import { makeReferral } from '../helpers/factories.ts';
import { type MailCatcher, startMailCatcher } from '../helpers/mail.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  demoMember,
  demoPoster,
  pageProblems,
  runDueMessages,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

describe('introduction requests: the employee’s answer page, the deadline setting and the dashboard', { skip }, () => {
  let world: BrowserWorld;
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher();
    world = await startBrowserWorld({ SMTP_URL: mail.url });
  });
  after(async () => {
    await world?.close();
    await mail?.close();
  });

  test('a Swedish employee confirms from the email on a phone; the link then reads as used', async () => {
    const db = world.database.db;
    const employee = await demoMember(world, 'employee@acme.example');
    await db.update(users).set({ language: 'sv' }).where(eq(users.id, employee.userId));
    const referral = await makeReferral(db, employee.companyId, employee.membershipId, {
      contact: null,
      firstName: 'Raymond',
      lastName: 'Holt',
      position: 'Engineering Manager',
      company: 'Initech',
      dueAt: new Date(Date.now() + 3_600_000),
    });
    const post = await demoPoster(world, 'recruiter@acme.example');
    const asked = await post(`/api/referrals/${referral.id}/request-introduction`, { message: 'Vi söker en chef.' });
    assert.equal(asked.statusCode, 200, asked.body);

    await runDueMessages({ db, transports: transportsFromConfig(world.app.services.config), batchSize: 50 });
    const email = mail.lastTo('employee@acme.example');
    assert.ok(email, 'the request email arrived');
    const link = (email.mail.text ?? '').match(/https?:\/\/\S+\/introductions\/answer\?\S+answer=introduced/)?.[0];
    assert.ok(link, email.mail.text);
    const target = new URL(link);
    const url = `${world.baseUrl}${target.pathname}${target.search}`;

    const answerLines = async () =>
      (await db.select().from(referralEvents).where(eq(referralEvents.referralId, referral.id))).filter(
        (e) => e.answer !== null,
      );
    const statusNow = async () => (await db.select().from(referrals).where(eq(referrals.id, referral.id)))[0].status;

    // A mail scanner's browser opens the link first, as Outlook's Safe Links does: it answers nothing.
    const scanner = await world.browser.newContext({ userAgent: 'Mozilla/5.0 (compatible; Safe Links)' });
    const preview = await scanner.newPage();
    await preview.goto(url);
    await preview.getByTestId('introduction-answer-choice').waitFor();
    await scanner.close();
    assert.equal(await statusNow(), 'introduction_requested', 'opening the link answered nothing');
    assert.deepEqual(await answerLines(), []);

    // Not signed in, on a phone, with an English browser: the page follows the employee's language,
    // shows the choice and waits for a press.
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(url);
    const choice = page.getByTestId('introduction-answer-choice');
    await choice.waitFor();
    assert.match(await choice.innerText(), /Claire Recruiter på Acme har bett dig presentera Raymond Holt/);
    await shot(page, 'introduction-answer-choice');
    assert.equal(await statusNow(), 'introduction_requested', 'still nothing before the press');

    // A double press sends one answer.
    await page.getByRole('button', { name: 'Jag har presenterat dem' }).dblclick();
    await page.getByTestId('introduction-answer-done').waitFor();
    assert.match(await page.getByTestId('introduction-answer-done').innerText(), /presenterat Raymond Holt/);
    await shot(page, 'introduction-answer-phone');
    assert.equal(await statusNow(), 'introduced');
    assert.equal((await answerLines()).length, 1, 'recorded once');

    await page.reload();
    await page.getByTestId('introduction-answer-gone').waitFor();
    assert.match(await page.getByTestId('introduction-answer-gone').innerText(), /redan använts eller har gått ut/);
    await shot(page, 'introduction-answer-used');
    assert.equal((await answerLines()).length, 1, 'a reload adds nothing');
    assert.deepEqual(pageProblems(page), []);
    await context.close();
  });

  test('a late answer: the page says the status stays, and the recruiter’s timeline shows the answer', async () => {
    const db = world.database.db;
    const employee = await demoMember(world, 'employee@acme.example');
    const recruiter = await demoMember(world, 'recruiter@acme.example');
    const referral = await makeReferral(db, employee.companyId, employee.membershipId, {
      contact: null,
      firstName: 'Amy',
      lastName: 'Santiago',
      status: 'candidate_interested',
      recruiterMembershipId: recruiter.membershipId,
    });
    const token = await issueLinkToken(db, {
      purpose: 'introduction_answer',
      companyId: employee.companyId,
      membershipId: employee.membershipId,
      subjectId: referral.id,
      ttlMs: 3_600_000,
    });
    await db.update(users).set({ language: 'en' }).where(eq(users.id, employee.userId));
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${world.baseUrl}/introductions/answer?token=${token}&answer=introduced`);
    await page.getByRole('button', { name: 'I’ve introduced them' }).click();
    const done = page.getByTestId('introduction-answer-done');
    await done.waitFor();
    assert.match(await done.innerText(), /already moved on with Amy Santiago, so the status stays/);
    await shot(page, 'introduction-answer-late');
    await context.close();

    const desk = await signInAs(world, 'recruiter@acme.example');
    await desk.goto(`${world.baseUrl}/referrals?open=${referral.id}`);
    const line = desk.getByRole('dialog').getByTestId('timeline-answer');
    await line.waitFor();
    assert.equal(
      await line.innerText(),
      'Answered from the email: “I’ve introduced them”. The status stayed “Interested”.',
    );
    await shot(desk, 'referral-timeline-late-answer');
    const [row] = await db.select().from(referrals).where(eq(referrals.id, referral.id));
    assert.equal(row.status, 'candidate_interested');
    assert.deepEqual(pageProblems(desk), []);
    await desk.context().close();
  });

  test('the admin sets the deadline in company settings and sees overdue introductions on the dashboard', async () => {
    const db = world.database.db;
    const employee = await demoMember(world, 'employee@acme.example');
    await makeReferral(db, employee.companyId, employee.membershipId, {
      contact: null,
      dueAt: new Date(Date.now() - 3_600_000),
    });
    const page = await signInAs(world, 'admin@acme.example');
    const overdue = page.getByTestId('card-introductions_overdue');
    await overdue.waitFor();
    assert.match(await overdue.innerText(), /Overdue introductions\s+[1-9]/);
    await shot(page, 'dashboard-introductions');

    await page.goto(`${world.baseUrl}/company`);
    const hours = page.getByLabel('Act on email introductions within');
    await hours.fill('0');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.getByText('At least 1 hour').waitFor();
    await shot(page, 'company-introduction-deadline-error');
    await hours.fill('48');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.getByText('Company settings saved').waitFor();
    const [company] = await db
      .select({ hours: companies.introductionSlaHours })
      .from(companies)
      .where(and(eq(companies.id, employee.companyId)));
    assert.equal(company.hours, 48);
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { candidates, jobSteps, placements } from '../../src/modules/hiring/hiring.tables.ts';
import { transportsFromConfig } from '../../src/modules/messaging/transports/index.ts';
import { addDays } from '../../src/modules/referrals/bonus-dates.ts';
import { referralBonuses, referrals, runBonusEligibility } from '../../src/modules/referrals/index.ts';
import { TINY_PDF } from '../helpers/careers.ts';
import { type CaughtMail, type MailCatcher, startMailCatcher } from '../helpers/mail.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  DEMO_PASSWORD,
  pageProblems,
  runDueMessages,
  screenshotDir,
  shot,
  startBrowserWorld,
  trackProblems,
} from './harness.ts';

const skip = browserSkipReason();
const DAY = 24 * 60 * 60_000;
const EMPLOYEE = 'employee@acme.example';
const LIMIT_SENTENCE =
  'You cannot refer this candidate because you have reached your maximum number of referrals for this requisition.';
const PHONE = { width: 390, height: 844 };

/**
 * The referral programme end to end on a phone: an employee refers a friend, a friend applies
 * through the employee's share link, the recruiter hires, the waiting period passes, the admin
 * approves and pays, and the referrer hears of each step by email; then an agent meets the limit.
 */
describe('the referral programme from the referral to the payout, on a phone', { skip }, () => {
  let world: BrowserWorld;
  let mail: MailCatcher;
  const applicant = { name: 'Lina Linkström', email: `lina.linkstrom.${Date.now()}@mail.example` };
  const sharedJob = { id: '', title: '' };

  before(async () => {
    mail = await startMailCatcher();
    world = await startBrowserWorld({ SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test' });
  });
  after(async () => {
    await world?.close();
    await mail?.close();
  });

  const phone = async (email?: string): Promise<Page> => {
    const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    trackProblems(page);
    if (!email) return page;
    await page.goto(`${world.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  };

  /** The messaging worker's rounds until the queue is empty, as the background worker runs them; the new mail to `to`. */
  const deliver = async (to: string): Promise<CaughtMail[]> => {
    const before = mail.inbox.length;
    const transports = transportsFromConfig(world.app.services.config);
    for (let round = 0; round < 20; round++) {
      const result = await runDueMessages({ db: world.database.db, transports, batchSize: 50 });
      if (result.failed || result.dead) throw new Error(`mail delivery failed: ${JSON.stringify(result)}`);
      if (!result.claimed) break;
    }
    return mail.inbox.slice(before).filter((m) => m.to.includes(to));
  };

  const noSidewaysScroll = async (page: Page) => {
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(width <= PHONE.width, `no sideways scrolling on a phone (${width}px)`);
  };

  test('1. the employee refers a friend to two jobs with a CV', async () => {
    const page = await phone(EMPLOYEE);
    await page.goto(`${world.baseUrl}/refer`);
    await page.getByLabel('Jobs').first().click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    const first = (await options.nth(0).innerText()).trim();
    await options.nth(0).click();
    const second = (await options.nth(1).innerText()).trim();
    await options.nth(1).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('First name').fill('Freja');
    await page.getByLabel('Last name').fill('Twojobs');
    await page.getByRole('textbox', { name: /^Email/ }).fill(`freja.twojobs.${Date.now()}@mail.example`);
    const cv = path.join(screenshotDir, 'freja-cv.pdf');
    fs.writeFileSync(cv, TINY_PDF);
    await page.locator('input[type=file]').setInputFiles(cv);
    await page.getByLabel('How do you know them?').fill('We built the payroll system together.');
    await page.getByRole('button', { name: 'Send referral' }).click();
    await page.getByText('Thank you! Your referral was sent.').waitFor();
    const cards = page.getByTestId('my-referral-row').filter({ hasText: 'Freja Twojobs' });
    await cards.nth(1).waitFor();
    assert.equal(await cards.count(), 2, 'one card per job');
    const titles = (await cards.allInnerTexts()).join('\n');
    assert.ok(titles.includes(first) && titles.includes(second), titles);
    await noSidewaysScroll(page);
    await shot(page, 'programme-1-refer-two-jobs');
    const [freja] = await world.database.db.select().from(candidates).where(eq(candidates.lastName, 'Twojobs'));
    assert.ok(freja, 'the friend is a candidate');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('2. a candidate applies through the employee’s share link and becomes their referral', async () => {
    const employee = await phone(EMPLOYEE);
    await employee.goto(`${world.baseUrl}/jobs`);
    const share = employee.getByRole('button', { name: /^Share: / }).first();
    await share.waitFor();
    sharedJob.title = String(await share.getAttribute('aria-label')).replace(/^Share: /, '');
    await share.click();
    const url = await employee.getByRole('textbox', { name: 'Copy link' }).inputValue();
    assert.match(url, /\/j\/[A-Za-z0-9_-]{22}$/);
    await shot(employee, 'programme-2-share-link');
    await employee.keyboard.press('Escape');

    const friend = await phone();
    await friend.goto(url.replace(/^https?:\/\/[^/]+/, world.baseUrl));
    await friend.getByRole('heading', { name: 'Apply for this job' }).waitFor();
    assert.equal((await friend.locator('h1').innerText()).trim(), sharedJob.title);
    await friend.getByRole('textbox', { name: 'Full name' }).fill(applicant.name);
    await friend.getByRole('textbox', { name: 'Email' }).fill(applicant.email);
    await friend.getByRole('checkbox').check();
    await friend.getByRole('button', { name: 'Send application' }).click();
    await friend.getByRole('heading', { name: 'Thank you for applying' }).waitFor();
    await shot(friend, 'programme-2-applied');
    assert.deepEqual(pageProblems(friend), []);
    await friend.context().close();

    await employee.goto(`${world.baseUrl}/refer`);
    const card = employee.getByTestId('my-referral-row').filter({ hasText: applicant.name });
    await card.waitFor();
    assert.match(await card.innerText(), new RegExp(sharedJob.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await shot(employee, 'programme-2-my-referrals');
    assert.deepEqual(pageProblems(employee), []);
    await employee.context().close();
    const [job] = await world.database.db
      .select({ jobId: placements.jobId })
      .from(placements)
      .innerJoin(candidates, eq(candidates.id, placements.candidateId))
      .where(eq(candidates.emailKey, applicant.email));
    sharedJob.id = job.jobId;
  });

  test('3. the recruiter moves the referred candidate to the hired step; the referrer is emailed', async () => {
    // Set-up check with no UI of its own to read: a bonus rule covers the job. The demo company's
    // "Any other hire" tier covers every job (its admin UI is the Company settings' bonus tiers).
    const admin = await phone('admin@acme.example');
    const tiers = (await (await admin.request.get(`${world.baseUrl}/api/company/bonus-tiers`)).json()) as {
      items: { name: string; departmentId: string | null; amount: number | null; waitingDays: number }[];
    };
    assert.ok(
      tiers.items.some((tier) => tier.departmentId === null && tier.amount),
      'a tier covers every job',
    );
    await admin.context().close();

    const recruiter = await phone('recruiter@acme.example');
    await recruiter.goto(`${world.baseUrl}/jobs/${sharedJob.id}`);
    const [hired] = await world.database.db
      .select({ name: jobSteps.name })
      .from(jobSteps)
      .where(and(eq(jobSteps.jobId, sharedJob.id), eq(jobSteps.kind, 'hired')));
    await recruiter.getByRole('button', { name: `Move ${applicant.name}` }).click();
    await recruiter.getByRole('menuitem', { name: hired.name, exact: true }).click();
    await eventually(async () => (await bonusOf(applicant.email))?.state, 'pending');
    await shot(recruiter, 'programme-3-hired');

    // The recruiter records the hire's start date on the candidate's Referrals tab.
    const hiredOn = (await bonusOf(applicant.email))!.startDate;
    const [person] = await world.database.db
      .select({ id: candidates.id })
      .from(candidates)
      .where(eq(candidates.emailKey, applicant.email));
    await recruiter.goto(`${world.baseUrl}/candidates/${person.id}?tab=referrals`);
    const bonusCard = recruiter.getByTestId('referral-bonus').first();
    const startInput = bonusCard.getByTestId('referral-bonus-start-input');
    // Typed as an English user writes a day (dd/mm/yyyy); the API gets the ISO day.
    const typed = (iso: string) => iso.split('-').reverse().join('/');
    await startInput.fill(typed(addDays(hiredOn, 800)));
    await startInput.press('Tab');
    await bonusCard.getByTestId('referral-bonus-start-save').click();
    await bonusCard.getByText(/within a year of the hire/).waitFor();
    await startInput.fill(typed(addDays(hiredOn, 14)));
    await startInput.press('Tab');
    assert.equal(await startInput.inputValue(), typed(addDays(hiredOn, 14)));
    const dueBefore = await bonusCard.getByTestId('referral-bonus-due').innerText();
    // The toast lasts a few seconds, so it is watched for from before the click: on a loaded machine
    // a wait begun after the click can start when it is gone. It is awaited after the save's answer,
    // so a refused save fails on the server's reason rather than on a missing toast.
    const toast = recruiter.getByText(/Start date saved: the bonus is due on/).waitFor();
    toast.catch(() => {});
    const [answer] = await Promise.all([
      recruiter.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/start-date')),
      bonusCard.getByTestId('referral-bonus-start-save').click(),
    ]);
    assert.equal(answer.status(), 200, `the start date was refused: ${await answer.text()}`);
    await toast;
    await eventually(async () => (await bonusOf(applicant.email))?.startDate, addDays(hiredOn, 14));
    // What stays once the toast is gone: the card shows the new day the bonus is due.
    await eventually(async () => (await bonusCard.getByTestId('referral-bonus-due').innerText()) !== dueBefore, true);
    await noSidewaysScroll(recruiter);
    await shot(recruiter, 'programme-3-start-date');
    assert.deepEqual(pageProblems(recruiter), []);
    await recruiter.context().close();

    const emails = await deliver(EMPLOYEE);
    assert.ok(emails.length >= 1, 'the referrer is told of the hire by email');
    assert.ok(
      emails.some((m) => (m.mail.text ?? '').includes(applicant.name)),
      emails.map((m) => m.mail.text).join('\n---\n'),
    );
  });

  test('4. past the waiting period the eligibility job makes the bonus eligible; the referrer is emailed', async () => {
    const bonus = await bonusOf(applicant.email);
    assert.ok(bonus?.eligibleOn, 'the bonus has a day it becomes eligible');
    const later = new Date(new Date(`${bonus.eligibleOn}T00:00:00Z`).getTime() + DAY);
    await runBonusEligibility({ db: world.database.db, now: later });
    assert.equal((await bonusOf(applicant.email))?.state, 'eligible');
    const emails = await deliver(EMPLOYEE);
    assert.ok(
      emails.some((m) => (m.mail.text ?? '').includes(applicant.name)),
      `the eligible bonus is emailed: ${emails.map((m) => m.mail.text).join('\n---\n')}`,
    );
  });

  test('5. the admin approves and pays on the Payouts page; the referrer is emailed each time', async () => {
    const admin = await phone('admin@acme.example');
    await admin.goto(`${world.baseUrl}/payouts`);
    const row = admin.getByTestId('payout-row').filter({ hasText: applicant.name });
    await row.getByRole('button', { name: 'Approve' }).click();
    await admin.getByText('Bonus approved').first().waitFor();
    await shot(admin, 'programme-5-approved');
    assert.equal((await bonusOf(applicant.email))?.state, 'approved');
    const approvedMail = await deliver(EMPLOYEE);
    assert.ok(
      approvedMail.some((m) => (m.mail.text ?? '').includes(applicant.name)),
      'the approval is emailed',
    );

    await row.getByRole('button', { name: 'Mark paid' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByTestId('payroll-reference').fill('PAY-2026-42');
    await dialog.getByRole('button', { name: 'Mark paid' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => (await bonusOf(applicant.email))?.state, 'paid');
    await shot(admin, 'programme-5-paid');
    // Every bonus of the demo, as cards: nothing wider than the phone, the page or a row.
    await admin.getByTestId('payouts-view').getByText('All', { exact: true }).click();
    await admin.getByTestId('payouts-cards').waitFor();
    await eventually(async () => (await admin.getByTestId('payout-row').count()) >= 5, true);
    await noSidewaysScroll(admin);
    const rights = await admin
      .getByTestId('payout-row')
      .evaluateAll((rows) => rows.map((r) => Math.ceil(r.getBoundingClientRect().right)));
    assert.ok(
      rights.every((right) => right <= PHONE.width),
      `every payout card fits the phone: ${rights.join(', ')}`,
    );
    await shot(admin, 'programme-5-payouts-phone');
    assert.deepEqual(pageProblems(admin), []);
    await admin.context().close();
    const paidMail = await deliver(EMPLOYEE);
    assert.ok(
      paidMail.some((m) => (m.mail.text ?? '').includes(applicant.name)),
      'the payment is emailed',
    );
  });

  test('6. My referrals shows the bonus paid; the link is retired for later submissions', async () => {
    const employee = await phone(EMPLOYEE);
    await employee.goto(`${world.baseUrl}/refer`);
    const card = employee.getByTestId('my-referral-row').filter({ hasText: applicant.name });
    await card.getByText('Bonus paid').waitFor();
    await card.getByText('Hired').waitFor();
    await noSidewaysScroll(employee);
    await shot(employee, 'programme-6-paid');
    // The paid bonus's referral: its referrer's link to the candidate is retired.
    const [referral] = await world.database.db
      .select({ linkRetiredAt: referrals.linkRetiredAt })
      .from(referralBonuses)
      .innerJoin(referrals, eq(referrals.id, referralBonuses.referralId))
      .innerJoin(candidates, eq(candidates.id, referrals.candidateId))
      .where(eq(candidates.emailKey, applicant.email));
    assert.ok(referral?.linkRetiredAt, 'the link is retired once the bonus is paid');

    const theirsNow = async () => {
      const mine = (await (await employee.request.get(`${world.baseUrl}/api/my/referrals`)).json()) as {
        items: { firstName: string; lastName: string; job: { id: string } | null; bonusState: string | null }[];
      };
      return mine.items.filter((r) => `${r.firstName} ${r.lastName}` === applicant.name);
    };
    const beforeLater = await theirsNow();

    // The admin lets referrers see their candidates' own applications (Company settings → Referral
    // policy), so only the retired link can keep the later one from the employee.
    const admin = await phone('admin@acme.example');
    await admin.goto(`${world.baseUrl}/company`);
    await admin
      .getByRole('switch', { name: 'Display to the referrer submissions for which candidates applied by themselves' })
      .click({ force: true });
    await admin.getByText('Referral policy saved').waitFor();
    await admin.context().close();

    // The candidate applies again, through the careers page, to another job.
    const friend = await phone();
    await friend.goto(`${world.baseUrl}/careers/acme`);
    await friend.getByRole('heading', { level: 1, name: 'Jobs at Acme' }).waitFor();
    await friend
      .getByRole('link')
      .filter({ hasNotText: 'Acme' })
      .filter({ hasNotText: sharedJob.title })
      .first()
      .click();
    await friend.getByRole('heading', { name: 'Apply for this job' }).waitFor();
    await friend.getByRole('textbox', { name: 'Full name' }).fill(applicant.name);
    await friend.getByRole('textbox', { name: 'Email' }).fill(applicant.email);
    await friend.getByRole('checkbox').check();
    await friend.getByRole('button', { name: 'Send application' }).click();
    await friend.getByRole('heading', { name: 'Thank you for applying' }).waitFor();
    await friend.context().close();
    const placed = await world.database.db
      .select({ jobId: placements.jobId })
      .from(placements)
      .innerJoin(candidates, eq(candidates.id, placements.candidateId))
      .where(eq(candidates.emailKey, applicant.email));
    assert.equal(placed.length, 2, 'the later application is in the pipeline');

    // Checked through the API: the referrer's list is what it was before the later application.
    const afterLater = await theirsNow();
    assert.deepEqual(afterLater, beforeLater, 'the later submission is hidden from the original referrer');
    // Under the demo company's policy the share-link application gives the employee the candidate
    // (the referral that is paid) and a mark on the job's submission.
    assert.deepEqual(
      afterLater.map((r) => r.bonusState ?? 'none').sort(),
      ['none', 'paid'],
      'one paid referral, nothing new',
    );
    assert.deepEqual(pageProblems(employee), []);
    await employee.context().close();
  });

  test('7. the admin sets the agent limit to 1; an agent at the limit sees the exact sentence', async () => {
    const admin = await phone('admin@acme.example');
    await admin.goto(`${world.baseUrl}/company`);
    const max = admin.getByLabel('Maximum submissions per agent per job (0 = unlimited)');
    await max.fill('1');
    await max.blur();
    await admin.getByText('Referral policy saved').waitFor();
    await shot(admin, 'programme-7-policy');
    await admin.context().close();

    const agent = await phone('agent@talentbridge.example');
    await agent.goto(`${world.baseUrl}/refer`);
    await agent.getByLabel('Jobs').first().click();
    await agent
      .getByRole('option', { name: /[1-9]\d* of 1 submissions used/ })
      .first()
      .click();
    await agent.keyboard.press('Escape');
    await agent.getByLabel('First name').fill('Vera');
    await agent.getByLabel('Last name').fill('Overlimit');
    await agent.getByRole('textbox', { name: /^Email/ }).fill(`vera.overlimit.${Date.now()}@mail.example`);
    await agent.getByRole('button', { name: 'Send referral' }).click();
    await agent.getByTestId('refer-refusal').waitFor();
    assert.equal(await agent.getByTestId('refer-refusal').innerText(), LIMIT_SENTENCE);
    await noSidewaysScroll(agent);
    await shot(agent, 'programme-7-agent-limit');
    await agent.context().close();
  });

  async function bonusOf(email: string) {
    const [row] = await world.database.db
      .select({
        state: referralBonuses.state,
        eligibleOn: referralBonuses.eligibleOn,
        startDate: referralBonuses.startDate,
      })
      .from(referralBonuses)
      .innerJoin(referrals, eq(referrals.id, referralBonuses.referralId))
      .innerJoin(candidates, eq(candidates.id, referrals.candidateId))
      .where(eq(candidates.emailKey, email));
    return row;
  }

  async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (value !== expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      value = await read();
    }
    assert.equal(value, expected);
  }
});

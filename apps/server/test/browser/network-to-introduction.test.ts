import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { transportsFromConfig } from '../../src/modules/messaging/index.ts';
import { type MailCatcher, startMailCatcher } from '../helpers/mail.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  pageProblems,
  runDueMessages,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();
const LINKEDIN_FIXTURE = fileURLToPath(
  new URL('../../src/modules/network/import/fixtures/linkedin-connections.csv', import.meta.url),
);
/** The employee of this story: a demo member with no contacts yet. */
const EMPLOYEE = { email: 'lukas.schneider@acme.example', first: 'Lukas', last: 'Schneider' };

/**
 * The whole way of an introduction, through the real UI and a real SMTP server: an employee
 * imports a LinkedIn export and marks two contacts, a recruiter finds them by boolean search, the
 * cold one without its employee, and requests the introduction; the employee's emailed link confirms it.
 */
describe('from an imported network to a confirmed introduction', { skip }, () => {
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

  const cardName = (page: Page) => page.getByTestId('triage-name').innerText();
  const searchFor = (name: string) => `name:"${name.split(' ')[0].toLowerCase()}"`;

  test('import, mark, search, request, confirm by email', async () => {
    // The employee imports and marks: the first card as an email introduction, the next as cold.
    const employee = await signInAs(world, EMPLOYEE.email);
    await employee.getByTestId('nav-network').click();
    await employee.getByTestId('contacts-file-input').setInputFiles(LINKEDIN_FIXTURE);
    await employee.getByTestId('import-start').click();
    await employee.getByTestId('import-summary').waitFor();
    assert.match(await employee.getByTestId('summary-added').innerText(), /^7\s/);
    await employee.goto(`${world.baseUrl}/network/triage`);
    await employee.getByTestId('triage-card').waitFor();
    const introduced = await cardName(employee);
    await employee.keyboard.press('1');
    await employee.getByTestId('triage-name').getByText(introduced, { exact: true }).waitFor({ state: 'detached' });
    const cold = await cardName(employee);
    await employee.keyboard.press('3');
    await employee.getByTestId('triage-name').getByText(cold, { exact: true }).waitFor({ state: 'detached' });
    await employee.context().close();

    // The recruiter finds the introduction by search, with the employee named.
    const recruiter = await signInAs(world, 'recruiter@acme.example');
    await recruiter.goto(`${world.baseUrl}/referrals?tab=introductions&scope=all`);
    await recruiter.getByTestId('referrals-search').fill(searchFor(introduced));
    const introductionRow = recruiter.getByTestId('referral-row').filter({ hasText: introduced });
    await introductionRow.waitFor();
    assert.match(await introductionRow.innerText(), new RegExp(`${EMPLOYEE.first} ${EMPLOYEE.last}`));

    // The cold prospect shows up in a search too, and nothing on the page names the employee.
    await recruiter.goto(`${world.baseUrl}/referrals?tab=prospects&scope=all`);
    await recruiter.getByTestId('referrals-search').fill(searchFor(cold));
    const coldRow = recruiter.getByTestId('referral-row').filter({ hasText: cold });
    await coldRow.waitFor();
    assert.match(await coldRow.innerText(), /Anonymous — cold prospect/);
    await coldRow.click();
    await recruiter.getByRole('dialog').getByText('Anonymous — cold prospect').waitFor();
    await shot(recruiter, 'journey-cold-prospect');
    const html = await recruiter.content();
    for (const trace of [EMPLOYEE.first, EMPLOYEE.last, EMPLOYEE.email]) {
      assert.ok(!html.includes(trace), `the cold prospect's page mentions ${trace}`);
    }

    // The recruiter requests the introduction from its drawer.
    await recruiter.goto(`${world.baseUrl}/referrals?tab=introductions&scope=all`);
    await recruiter.getByTestId('referrals-search').fill(searchFor(introduced));
    await recruiter.getByTestId('referral-row').filter({ hasText: introduced }).click();
    const drawer = recruiter.getByRole('dialog');
    await drawer.getByTestId('request-message').fill('We have a platform role that fits them');
    await drawer.getByTestId('request-introduction-button').click();
    await drawer.getByText('Introduction requested. The employee has been emailed.').waitFor();

    // The email reaches the employee over SMTP, with Reply-To the recruiter and a one-click link.
    const db = world.database.db;
    await runDueMessages({ db, transports: transportsFromConfig(world.app.services.config), batchSize: 50 });
    const email = mail.lastTo(EMPLOYEE.email);
    assert.ok(email, 'the introduction request arrived');
    assert.equal(email.mail.replyTo?.value[0]?.address, 'recruiter@acme.example');
    assert.match(email.mail.text ?? '', new RegExp(introduced));
    assert.match(email.mail.text ?? '', /We have a platform role that fits them/);
    const link = (email.mail.text ?? '').match(/https?:\/\/\S+\/introductions\/answer\?\S+answer=introduced/)?.[0];
    assert.ok(link, 'the email has the "introduced" link');
    const target = new URL(link);

    // Opened signed out, one press: the introduction is confirmed.
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
    const answer = await context.newPage();
    await answer.goto(`${world.baseUrl}${target.pathname}${target.search}`);
    await answer.getByRole('button', { name: 'I’ve introduced them' }).click();
    await answer.getByTestId('introduction-answer-done').waitFor();
    assert.deepEqual(pageProblems(answer), []);
    await context.close();

    // The recruiter's timeline shows who confirmed.
    await recruiter.reload();
    const timeline = recruiter.getByRole('dialog').getByTestId('referral-timeline');
    await timeline.getByText('Introduced', { exact: true }).first().waitFor();
    assert.match(await timeline.innerText(), new RegExp(`Introduced[\\s\\S]*${EMPLOYEE.first} ${EMPLOYEE.last}`));
    await shot(recruiter, 'journey-introduced');
    assert.deepEqual(pageProblems(recruiter), []);
    await recruiter.context().close();
  });
});

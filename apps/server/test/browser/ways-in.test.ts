import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { transportsFromConfig } from '../../src/modules/messaging/index.ts';
import { companies } from '../../src/modules/tenancy/tenancy.tables.ts';
import { type MailCatcher, startMailCatcher, tokenFrom } from '../helpers/mail.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  pageProblems,
  runDueMessages,
  shot,
  startBrowserWorld,
  trackProblems,
} from './harness.ts';

const skip = browserSkipReason();
const PASSWORD = 'a-good-long-passphrase';

async function newPage(world: BrowserWorld): Promise<Page> {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  trackProblems(page);
  return page;
}

/** Sends what the app queued through the world's SMTP server and returns the token of the link in it. */
async function confirmationToken(world: BrowserWorld, mail: MailCatcher, email: string) {
  await runDueMessages({ db: world.database.db, transports: transportsFromConfig(world.app.services.config) });
  return tokenFrom(mail.lastTo(email), '/verify-email');
}

async function fillCompanyForm(page: Page, values: { company: string; name: string; email: string }) {
  await page.getByLabel('Company name').fill(values.company);
  await page.getByLabel('Your name').fill(values.name);
  await page.getByLabel('Email').fill(values.email);
  await page.getByLabel('Password').fill(PASSWORD);
}

describe('a fresh install: the first person creates the company', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld({ SEED_DEMO: 'never' }, { seedDemo: false });
  });
  after(() => world?.close());

  test('the sign-in page leads to "Create your company"; afterwards the page is gone', async () => {
    const page = await newPage(world);
    await page.goto(`${world.baseUrl}/`);
    await page.getByRole('heading', { name: 'Create your company' }).waitFor();
    assert.match(page.url(), /\/setup$/);
    await shot(page, 'setup-empty');

    await page.getByRole('button', { name: 'Create company' }).click();
    await page.getByText('At least 10 characters').first().waitFor();
    await fillCompanyForm(page, { company: 'Initech', name: 'Ada Admin', email: 'ada@initech.example' });
    await page.getByRole('button', { name: 'Create company' }).click();
    await page.getByTestId('nav-home').waitFor();
    await shot(page, 'setup-done-dashboard');
    const [company] = await world.database.db.select().from(companies).where(eq(companies.name, 'Initech'));
    assert.ok(company, 'the company exists');

    // Someone else arriving now meets the sign-in page, never the setup form.
    const other = await newPage(world);
    await other.goto(`${world.baseUrl}/setup`);
    await other.getByRole('heading', { name: 'Sign in to Vouch' }).waitFor();
    assert.match(other.url(), /\/sign-in$/);
    assert.deepEqual(pageProblems(page), []);
  });
});

describe('joining by the sign-up link and open sign-up confirm the address first', { skip }, () => {
  let world: BrowserWorld;
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher();
    world = await startBrowserWorld({ SMTP_URL: mail.url, SIGNUP: 'open' });
  });
  after(async () => {
    await world?.close();
    await mail?.close();
  });

  test('the join form says "check your inbox"; the emailed link and the chosen password sign the person in', async () => {
    const [acme] = await world.database.db.select().from(companies).where(eq(companies.name, 'Acme'));
    const page = await newPage(world);
    await page.goto(`${world.baseUrl}/join/${acme.signupCode}`);
    await page.getByLabel('Email').fill('nina.new@acme.example');
    await page.getByLabel('Your name').fill('Nina New');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('check-inbox').waitFor();
    assert.match(await page.getByTestId('check-inbox').innerText(), /nina\.new@acme\.example/);
    await shot(page, 'join-check-inbox');

    const token = await confirmationToken(world, mail, 'nina.new@acme.example');
    await page.goto(`${world.baseUrl}/verify-email?token=${token}`);
    await page.getByText('Finish joining Acme as nina.new@acme.example').waitFor();
    await shot(page, 'join-confirm-email');
    await page.getByLabel('Password').fill('not-what-i-chose');
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByText('Enter the password you chose when you asked').waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByTestId('nav-home').waitFor();
    await shot(page, 'join-done-dashboard');
    assert.deepEqual(pageProblems(page), []);
  });

  test('with SIGNUP=open the sign-in page offers "Create a new company", verified by email', async () => {
    const page = await newPage(world);
    await page.goto(`${world.baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Create a new company' }).click();
    await page.getByRole('heading', { name: 'Create a new company' }).waitFor();
    await fillCompanyForm(page, { company: 'Globex', name: 'Hank Founder', email: 'hank@globex.example' });
    await shot(page, 'open-signup-form');
    await page.getByRole('button', { name: 'Create company' }).click();
    await page.getByTestId('check-inbox').waitFor();
    await shot(page, 'open-signup-check-inbox');

    const token = await confirmationToken(world, mail, 'hank@globex.example');
    await page.goto(`${world.baseUrl}/verify-email?token=${token}`);
    await page.getByText('Finish creating Globex as hank@globex.example').waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByTestId('nav-home').waitFor();
    await shot(page, 'open-signup-dashboard');
    const [globex] = await world.database.db.select().from(companies).where(eq(companies.name, 'Globex'));
    assert.ok(globex);
    assert.deepEqual(pageProblems(page), []);
  });
});

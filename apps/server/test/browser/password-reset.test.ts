import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { transportsFromConfig } from '../../src/modules/messaging/index.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  DEMO_PASSWORD,
  pageProblems,
  runDueMessages,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

describe('forgot password in the demo (no email provider)', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  test('the "check your inbox" step shows the link, which resets the password; admins see it hidden', async () => {
    const context = await world.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${world.baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill('manager@acme.example');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText('If an account exists for that email, a reset link is on its way.').waitFor();
    const demo = page.getByTestId('demo-reset-link');
    await demo.getByText('Demo: no email is sent from this server').waitFor();
    await shot(page, 'forgot-password-demo-link');
    const href = (await demo.getByRole('link', { name: 'Choose a new password' }).getAttribute('href')) ?? '';
    const token = new URLSearchParams(href.split('?')[1]).get('token') ?? '';
    assert.ok(token.length >= 40, `a reset link: ${href}`);

    await demo.getByRole('link', { name: 'Choose a new password' }).click();
    await page.getByLabel('New password').fill('a-fresh-demo-password');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is changed. Sign in with the new one.').waitFor();
    await page.goto(`${world.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill('manager@acme.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Password').fill('a-fresh-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('nav-home').waitFor();
    assert.deepEqual(pageProblems(page), []);
    await context.close();

    // The email was "delivered" in the app: the admin's Messages page lists it with the link hidden.
    const config = world.app.services.config;
    await runDueMessages({ db: world.database.db, transports: transportsFromConfig(config) });
    const admin = await signInAs(world, 'admin@acme.example');
    await admin.goto(`${world.baseUrl}/messages`);
    await admin.getByText('manager@acme.example').first().click();
    await admin.getByTestId('message-links-hidden').waitFor();
    await shot(admin, 'messages-reset-link-hidden-html');
    await admin.getByRole('tab', { name: 'Text' }).click();
    await admin.getByText('[link hidden: sent only to the recipient]').waitFor();
    await shot(admin, 'messages-reset-link-hidden');
    assert.ok(!(await admin.content()).includes(token), 'the token is nowhere on the admin’s page');
    assert.deepEqual(pageProblems(admin), []);
    await admin.context().close();
  });
});
